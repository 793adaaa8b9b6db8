// The one-pager's checks, in the engine ENGINE names, used as a person would: by mouse and by
// keyboard alone. Errors when a changed field is left, live fixes, partial and impossible
// dates, a message that appears as a field is left never taking the click that left it,
// right-to-left answers, and a complete form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useEngine, futureDate } from './driver.mjs';
import { REQUIRED, fillComplete } from './steps.mjs';

const env = useEngine();

const invalid = (page, label) => page.run((h, label) => h.find({ label }).getAttribute('aria-invalid'), label);
const summaryLinks = (page) => page.run((h) => h.all({ css: '.error-summary a' }).map((a) => h.norm(a.textContent)));
const inView = (el) => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= innerHeight;
};
/** The error message under the field labelled `label`. */
const errorOf = (page, label) =>
  page.run((h, label) => h.norm(h.find({ label }).closest('.field').querySelector('.error-message')?.textContent) || null, label);
const DATE = { label: 'Proposed start date' };
const DATE_MESSAGE = 'Error: Proposed start date must be a real date, including the day, month and year';

test('the empty check ties each message to its field, and leaves the address alone', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await page.click({ button: 'Check your one-pager' });
  await page.until((h) => h.has({ css: '.error-summary-title', text: 'There is a problem' }));
  assert.equal(await invalid(page, 'Team name'), 'true');
  const message = await page.run((h) => {
    const ids = h.find({ label: 'Team name' }).getAttribute('aria-describedby').split(' ');
    return h.root().getElementById(ids.find((id) => id.endsWith('_error'))).textContent;
  });
  assert.equal(message, 'Error: Enter the team name');
  // The last link (an expectation) shows the question and its message, not just the box.
  const [text, label] = REQUIRED.at(-1);
  await page.click({ css: '.error-summary a', text });
  assert.equal(await page.run((h) => h.focused()), label);
  const seen = await page.run(
    (h, label, inView) => {
      const visible = (0, eval)(`(${inView})`);
      const box = h.find({ label });
      return { message: visible(box.closest('.field').querySelector('.error-message')), box: visible(box) };
    },
    label,
    inView.toString()
  );
  assert.deepEqual(seen, { message: true, box: true });
  assert.equal(await page.run(() => location.hash), '');
  await page.close();
});

test('fixing a field clears its error live, and every value survives every step', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await page.fill({ label: 'Problem' }, 'Keep  my\nspacing, please.');
  await page.click({ button: 'Check your one-pager' });
  await page.until((h) => h.has({ css: '.error-summary' }));
  const before = (await summaryLinks(page)).length;
  await page.fill({ label: 'Team name' }, 'Payments');
  await page.until((h, n) => h.all({ css: '.error-summary a' }).length === n, before - 1);
  assert.equal(await invalid(page, 'Team name'), null);
  // A different problem with a listed field: the field says so at once; the summary (an
  // alert) keeps the check's words until the next check, so typing is not read out.
  await page.fill({ label: 'Contact email' }, 'not an email');
  const format = 'Enter an email address in the correct format, like name@example.com';
  await page.until((h, format) => h.has({ css: '.error-message', text: format }), format);
  assert.ok((await summaryLinks(page)).includes('Enter the contact email address'));
  await page.click({ button: 'Check your one-pager' });
  await page.until((h, format) => h.has({ css: '.error-summary a', text: format }), format);
  const listed = (await summaryLinks(page)).length;
  // A fixed field does not come back to the list before the next check.
  await page.fill({ label: 'Team name' }, 'x'.repeat(81));
  assert.equal((await summaryLinks(page)).length, listed);
  await page.fill({ label: 'Team name' }, 'Payments');
  await page.click({ label: 'Other' });
  await page.fill({ label: 'Describe your retro cadence' }, 'Every three weeks');
  await page.click({ label: 'Weekly (recommended)' });
  await page.click({ button: 'Check your one-pager' });
  const values = await page.run((h) => [h.value({ label: 'Problem' }), h.value({ label: 'Team name' }), h.value({ label: 'Contact email' })]);
  assert.deepEqual(values, ['Keep  my\nspacing, please.', 'Payments', 'not an email']);
  await page.click({ label: 'Other' });
  assert.equal(await page.run((h) => h.value({ label: 'Describe your retro cadence' })), 'Every three weeks');
  await page.close();
});

test('an error shows when the user leaves a field they changed, not before', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await page.fill({ label: 'Contact email' }, 'nope');
  assert.equal(await invalid(page, 'Contact email'), null, 'not while typing');
  await page.press('Tab');
  await page.until((h) => h.find({ label: 'Contact email' }).getAttribute('aria-invalid') === 'true');
  await page.click({ label: 'Point of contact' });
  await page.press('Tab');
  assert.equal(await invalid(page, 'Point of contact'), null, 'an untouched field stays quiet');
  await page.fill({ label: 'Contact email' }, 'ada@example.com');
  assert.equal(await invalid(page, 'Contact email'), null, 'the fix clears it at once');
  await page.close();
});

test('a date typed in part, or one that does not exist, is called out; what is typed stays', async () => {
  const page = await env.engine.open(env.server.url('/'));
  // Part of a date: the control's value stays empty, and no input event fires.
  await page.click({ ...DATE, dx: 12 });
  await page.type('03');
  await page.click({ label: 'Length in weeks' }); // (Tab would only move to the date's next part)
  // The message waits until the click is over, then shows.
  await page.until((h) => h.find({ label: 'Proposed start date' }).getAttribute('aria-invalid') === 'true');
  assert.equal(await errorOf(page, 'Proposed start date'), DATE_MESSAGE);
  assert.match(await page.run((h) => h.markdown()), /^- \*\*Proposed start date:\*\* _Not provided yet_$/m);
  // A real date clears it at once.
  const real = futureDate();
  await page.typeDate(DATE, real);
  await page.until((h) => h.find({ label: 'Proposed start date' }).getAttribute('aria-invalid') === null);
  // Clearing one part of a real date: the message is back, and the other parts are kept, so
  // typing that part again gives a whole date.
  await page.click({ ...DATE, dx: 12 });
  await page.press('Backspace');
  await page.until((h) => h.value({ label: 'Proposed start date' }) === '');
  assert.equal(await errorOf(page, 'Proposed start date'), DATE_MESSAGE);
  const first = await page.run(() =>
    new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2000, 0, 2)).find((p) => p.type !== 'literal').type
  );
  const [year, month, day] = real.split('-');
  await page.type({ year, month, day }[first]);
  await page.click({ label: 'Length in weeks' });
  await page.until((h, real) => h.value({ label: 'Proposed start date' }) === real, real);
  await page.until((h) => h.find({ label: 'Proposed start date' }).getAttribute('aria-invalid') === null);
  await page.close();
});

test('a message that appears as the user leaves a field never takes their click', async () => {
  // Leaving a field by pressing something below it shows the field's message, which moves
  // everything below down: the press would end somewhere else, and the click would be lost.
  const page = await env.engine.open(env.server.url('/'));
  // Scroll anchoring can hide the move (when the message appears above the part of the page it
  // anchors on); without it the page moves as it does in every engine.
  await page.run(() => {
    const style = document.createElement('style');
    style.textContent = '* { overflow-anchor: none !important; }';
    document.head.append(style);
  });
  await page.fill({ label: 'Length in weeks' }, '0');
  const fortnightly = { label: 'Every two weeks' };
  const top = () => page.run((h, spec) => h.find(spec).getBoundingClientRect().top + scrollY, fortnightly);
  await page.run((h, spec) => h.find(spec).scrollIntoView({ block: 'center' }), fortnightly);
  const before = await top();
  await page.click(fortnightly);
  await page.until((h) => h.find({ label: 'Length in weeks' }).getAttribute('aria-invalid') === 'true');
  assert.equal(await page.run((h, spec) => h.value(spec), fortnightly), true, 'one click picks the radio button');
  assert.ok((await top()) > before, 'the message did appear above it, after the click');

  // The same for the main button, with a too-long answer just above it.
  await fillComplete(page);
  await page.fill({ label: 'Length in weeks' }, '10');
  await page.run(
    (h, text) => {
      const notes = h.find({ label: 'Additional notes' });
      notes.value = text;
      notes.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    },
    Array.from({ length: 260 }, () => 'word').join(' ')
  );
  await page.click({ label: 'Additional notes' });
  await page.click({ button: 'Check your one-pager' });
  await page.until((h) => h.has({ css: '.error-summary' }));
  assert.equal(await page.run((h) => h.all({ css: '.error-summary li' }).length), 1, 'the check ran on the first click');
  // What a field holds is taken at once, though: a press that replaces every answer (Start
  // over) is not followed by an old part of a date.
  await page.run((h) => {
    const date = h.find({ label: 'Proposed start date' });
    date.value = '';
    date.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  });
  await page.click({ ...DATE, dx: 12 });
  await page.type('03');
  await page.click({ button: 'Start over' });
  await page.until((h) => h.has({ button: 'Undo' }));
  assert.match(await page.run((h) => h.markdown()), /^- \*\*Proposed start date:\*\* _Not provided yet_$/m);
  assert.equal(await page.run((h) => h.all({ css: '[aria-invalid="true"]' }).length), 0, 'a fresh form shows no errors');
  await page.click({ button: 'Undo' });
  // By keyboard the message shows at once: focus has already moved on.
  await page.fill({ label: 'Team name' }, '');
  await page.press('Tab');
  await page.until((h) => h.find({ label: 'Team name' }).getAttribute('aria-invalid') === 'true');
  await page.close();
});

test('right-to-left answers read right to left, in the field and in the preview', async () => {
  const page = await env.engine.open(env.server.url('/'));
  const arabic = 'المشكلة هي أن البناء بطيء جدًا.';
  await page.fill({ label: 'Problem' }, `${arabic}\n\nAn English paragraph.`);
  await page.fill({ label: 'Team name' }, 'فريق المنصة');
  const directions = await page.until(
    (h, arabic) => {
      const of = (el) => el && getComputedStyle(el).direction;
      const paragraph = (text) => h.all({ css: '.preview p', text })[0];
      const found = {
        problem: of(h.find({ label: 'Problem' })),
        team: of(h.find({ label: 'Team name' })),
        arabic: of(paragraph(arabic)),
        english: of(paragraph('An English paragraph.')),
      };
      return found.arabic && found.english && found;
    },
    arabic
  );
  assert.deepEqual(directions, { problem: 'rtl', team: 'rtl', arabic: 'rtl', english: 'ltr' });
  await page.close();
});

test('the whole form can be completed with the keyboard alone', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await page.click({ label: 'Team name' });
  const type = async (text) => {
    await page.type(text);
    await page.press('Tab');
  };
  await type('Payments Platform');
  await type('Ada Lovelace');
  await type('ada@payments.example');
  await type('Deploys take a day.');
  await type('Pair on the pipeline.');
  await type('Deploy in an hour.');
  await type('Every team owns its pipeline.');
  await page.type('Lead time under 1 hour');
  await page.press('Enter');
  await page.type('Change failure rate under 5%');
  await page.press('Tab');
  // The date: its parts in the field's own order, with a / between them as its hint says (a
  // date box may not move to the next part by itself).
  const [y, m, d] = futureDate().split('-');
  const order = await page.run(() =>
    new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2000, 0, 2)).map((p) => p.type).filter((t) => t !== 'literal')
  );
  await page.type(order.map((part) => ({ year: y, month: m, day: d })[part]).join('/'));
  // A date box may keep focus for a Tab or two more (its own parts).
  for (let i = 0; i < 3 && (await page.run((h) => h.focused())) === 'Proposed start date'; i++) await page.press('Tab');
  // (Where the date is not there, what took the keys: WebKit once left it empty, in one run of
  // hundreds.)
  const typed = await page.run((h) => ({
    date: h.value({ label: 'Proposed start date' }),
    focused: h.focused(),
    measures: h.value({ label: 'Success measures' }),
  }));
  assert.equal(typed.date, futureDate(), JSON.stringify(typed));
  assert.equal(await page.run((h) => h.focused()), 'Length in weeks');
  await page.press('Tab');
  assert.equal(await page.run((h) => h.focused()), 'Weekly (recommended)');
  await page.press('Space');
  await page.press('Tab');
  for (let i = 0; i < 4; i++) {
    await page.press('Space');
    await page.press('Tab');
  }
  await page.press('Tab'); // past Additional notes
  assert.equal(await page.run((h) => h.norm(h.root().activeElement?.textContent)), 'Check your one-pager');
  await page.press('Enter');
  await page.until((h) => h.has({ css: '.result-banner', text: 'Your one-pager is ready' }));
  assert.equal(await page.run((h) => h.has({ css: '.error-summary' })), false);
  const md = await page.run((h) => h.markdown());
  assert.match(md, /^# One-pager: Payments Platform\n/);
  assert.match(md, /- \*\*Retro cadence:\*\* Weekly\n/);
  assert.match(md, /- Lead time under 1 hour\n- Change failure rate under 5%\n/);
  assert.equal((md.match(/- \[x\]/g) ?? []).length, 4);
  assert.doesNotMatch(md, /Not provided yet/);
  // The result says where the one-pager goes: the host's contact address.
  assert.match(await page.run((h) => h.text({ css: '.result-banner' })), /Send it to devex@corp\.example: copy it into an email/);
  assert.equal(await page.run((h) => h.root().activeElement?.className), 'result-banner', 'focus moves to the result');
  await page.close();
});
