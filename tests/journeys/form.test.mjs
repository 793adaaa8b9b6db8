// The visitor's journeys through the widget, in the engine ENGINE names (driver.mjs): reading
// it, checking an empty form, filling it in and generating, coming back to a saved draft,
// typing a date, and the dark theme.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useEngine, futureDate, ENGINE } from './driver.mjs';
import { REQUIRED, fillComplete, answers, saved, axe } from './steps.mjs';

const env = useEngine();

test('render: the demo page shows the widget, its four expectations and five pitch steps', async () => {
  const page = await env.engine.open(env.server.url('/'));
  const seen = await page.run((h) => ({
    mode: h.widget().shadowRoot.mode,
    heading: h.has({ css: 'h2', text: 'Working with Developer Experience' }),
    expectations: h.all({ css: '.expectation-title' }).map((e) => h.norm(e.textContent).replace(/^\d+\s*/, '')),
    steps: h.all({ css: '.pitch-title' }).map((e) => h.norm(e.textContent)),
  }));
  assert.deepEqual(seen, {
    mode: 'open',
    heading: true,
    expectations: [
      'The aux engineer will not do the hard work',
      'Diffusion is the primary goal; project success is the secondary one',
      'Weekly retros and schedules matter, and critical feedback is strongly encouraged',
      'If failure modes persist, the engagement ends early',
    ],
    steps: ['What is AuxEng?', 'What is Developer Experience?', 'Why AuxEng?', 'What does an embed do?', 'How do we get started?'],
  });
  // An expectation opens when clicked.
  const open = (h) => h.find({ css: '.expectation-body' }).closest('details').open;
  assert.equal(await page.run(open), false, 'closed at first');
  await page.click({ css: '.expectation-title' });
  await page.until(open);
  await page.until((h) => h.find({ css: '.expectation-body' }).getBoundingClientRect().height > 0);
  assert.match(await page.run((h) => h.text({ css: '.expectation-body' })), /Aux engineers help with what they are able to help with/);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('"Write your one-pager" takes the visitor to the form, and leaves the address alone', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await page.click({ link: 'Write your one-pager' });
  await page.until((h) => h.norm(h.root().activeElement?.textContent) === 'Write your one-pager');
  assert.equal(await page.run(() => location.hash), '');
  await page.close();
});

test('the empty check lists every required answer, and each link takes focus to its field', async () => {
  const page = await env.engine.open(env.server.url('/'));
  assert.equal(await page.run((h) => h.all({ css: '[aria-invalid="true"]' }).length), 0, 'nothing red before asking');
  await page.click({ button: 'Check your one-pager' });
  await page.until((h) => h.has({ css: '.error-summary-title', text: 'There is a problem' }));
  assert.equal(await page.run((h) => h.focused()), 'error-summary', 'focus moves to the summary');
  const links = await page.run((h) => h.all({ css: '.error-summary a' }).map((a) => h.norm(a.textContent)));
  assert.deepEqual(links, REQUIRED.map(([message]) => message));
  for (const [i, [, label]] of REQUIRED.entries()) {
    await page.click({ css: '.error-summary a', nth: i });
    await page.until((h, label) => h.focused() === label, label);
  }
  const tied = await page.run((h) => {
    const team = h.find({ label: 'Team name' });
    const id = team.getAttribute('aria-describedby').split(' ').find((x) => x.endsWith('_error'));
    return [team.getAttribute('aria-invalid'), h.norm(h.root().getElementById(id).textContent)];
  });
  assert.deepEqual(tied, ['true', 'Error: Enter the team name']);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('filling in every answer and checking gives the one-pager, with focus on the result', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await fillComplete(page);
  await page.click({ button: 'Check your one-pager' });
  await page.until((h) => h.has({ css: '.result-banner', text: 'Your one-pager is ready' }));
  assert.equal(await page.run((h) => h.focused()), 'result-banner');
  assert.equal(await page.run((h) => h.all({ css: '.error-summary' }).length), 0);
  const md = await page.run((h) => h.markdown());
  assert.match(md, /^# One-pager: Payments Platform\n/);
  assert.match(md, /- \*\*Email:\*\* <ada@payments\.example>\n/);
  assert.match(md, /- \*\*Retro cadence:\*\* Weekly\n/);
  assert.match(md, /- Lead time under 1 hour\n- Change failure rate under 5%\n/);
  assert.equal((md.match(/- \[x\]/g) ?? []).length, 4);
  assert.doesNotMatch(md, /Not provided yet/);
  // The preview shows the same document.
  assert.equal(await page.run((h) => h.text({ css: '.preview h1' })), 'One-pager: Payments Platform');
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('a reload brings back every answer from the saved draft', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await fillComplete(page);
  await page.fill({ label: 'Additional notes' }, 'Line one\nline two');
  await saved(page);
  const before = await answers(page);
  assert.equal(before['Proposed start date'], futureDate());
  await page.reload();
  assert.deepEqual(await answers(page), before);
  assert.equal(await page.run((h) => h.value({ label: 'Additional notes' })), 'Line one\nline two');
  assert.match(await page.run((h) => h.text({ css: '.draft-status' })), /Draft from \d\d:\d\d restored/);
  // Start over clears the draft too: the bar no longer says one was restored.
  await page.click({ button: 'Start over' });
  await page.until((h) => h.text({ css: '.draft-status' }) === 'Your answers are saved in this browser as you type.');
  await page.close();
});

test('a date typed part by part, with a / between the parts as the hint says, is the answer', async () => {
  const page = await env.engine.open(env.server.url('/'));
  const date = { label: 'Proposed start date' };
  // The field says how to type a date (WebKit's date box does not move on by itself).
  const hint = await page.run((h) => {
    const input = h.find({ label: 'Proposed start date' });
    const ids = input.getAttribute('aria-describedby').split(' ');
    return ids.map((id) => h.root().getElementById(id)).filter((e) => e?.classList.contains('hint')).map((e) => h.norm(e.textContent));
  });
  assert.deepEqual(hint, ['Type a / between the parts of the date, in the order the box shows them.']);
  const [year, month, day] = futureDate().split('-');
  const order = await page.run(() =>
    new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2000, 0, 2)).map((p) => p.type).filter((t) => t !== 'literal')
  );
  await page.click({ ...date, dx: 12 });
  await page.type(order.map((part) => ({ year, month, day })[part]).join('/'));
  await page.click({ label: 'Length in weeks' });
  assert.equal(await page.run((h, date) => h.value(date), date), futureDate());
  assert.equal(await page.run((h, date) => h.find(date).getAttribute('aria-invalid'), date), null);
  const md = await page.run((h) => h.markdown());
  assert.doesNotMatch(md, /Proposed start date:\*\* _Not provided yet_/);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('an empty date does not look answered, and a part typed is called out on leaving', async () => {
  const page = await env.engine.open(env.server.url('/'));
  const date = { label: 'Proposed start date' };
  // WebKit draws today's date in grey into an empty date box: the widget draws none of it
  // until the visitor is in the box. Chromium and Firefox draw the format (mm/dd/yyyy).
  const ink = () => page.ink({ ...date, inset: 4 });
  if (ENGINE === 'webkit') assert.equal(await ink(), 0, 'the empty date box is blank');
  else assert.ok((await ink()) > 0, 'the format shows');
  await page.click({ ...date, dx: 12 });
  await page.type('03');
  await page.click({ label: 'Length in weeks' });
  await page.until((h, date) => h.find(date).getAttribute('aria-invalid') === 'true', date);
  assert.equal(
    await page.run((h) => h.text({ css: '.field:has(.input-date) .error-message' })),
    'Error: Proposed start date must be a real date, including the day, month and year'
  );
  // A whole date shows, in every engine.
  await page.typeDate(date, futureDate());
  await page.click({ label: 'Length in weeks' });
  assert.equal(await page.run((h, date) => h.value(date), date), futureDate());
  assert.ok((await ink()) > 0, 'the date shows');
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('dark theme: theme="dark" turns the widget dark, and axe finds no WCAG violation in it', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await page.run((h) => h.widget().setAttribute('theme', 'dark'));
  await page.until((h) => getComputedStyle(h.find({ css: '.ew' })).backgroundColor === 'rgb(22, 24, 28)');
  const text = await page.run((h) => getComputedStyle(h.find({ label: 'Team name' })).color);
  assert.notEqual(text, 'rgb(0, 0, 0)', 'text is light');
  await page.click({ button: 'Check your one-pager' });
  await page.until((h) => h.has({ css: '.error-summary' }));
  const violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  await page.close();
});

