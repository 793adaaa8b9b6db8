// The one-pager form, used as a person would: by label, by mouse and by keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, launch, openPage, fillComplete, markdown, futureDate, REQUIRED } from './harness.mjs';

const env = useBrowser();

const focusedLabel = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('engagement-widget').shadowRoot;
    const el = root.activeElement;
    return el ? root.querySelector(`label[for="${el.id}"]`)?.textContent ?? el.className : null;
  });

test('submitting empty lists every required field; each link focuses its field', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url('/'));
  assert.equal(await page.locator('[aria-invalid="true"]').count(), 0, 'nothing red before asking');
  await page.getByRole('button', { name: 'Check your one-pager' }).click();
  const summary = page.locator('.error-summary');
  await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('engagement-widget').shadowRoot.activeElement?.className), 'error-summary');
  const links = summary.getByRole('link');
  assert.deepEqual(await links.allInnerTexts(), REQUIRED.map(([message]) => message));
  for (const [i, [, label]] of REQUIRED.entries()) {
    await links.nth(i).click();
    assert.equal(await focusedLabel(page), label, `link ${i + 1} focuses ${label}`);
  }
  // Inline messages are tied to their fields.
  const team = page.getByLabel('Team name');
  assert.equal(await team.getAttribute('aria-invalid'), 'true');
  const describedBy = (await team.getAttribute('aria-describedby')).split(' ');
  const messageId = describedBy.find((id) => id.endsWith('_error'));
  assert.equal(await page.locator(`[id="${messageId}"]`).textContent(), "Error: Enter the team name");
  assert.equal(new URL(page.url()).hash, '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a summary link to an expectation shows the question and its message, not just the box', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'));
  await page.getByRole('button', { name: 'Check your one-pager' }).click();
  const last = REQUIRED.at(-1);
  await page.locator('.error-summary').getByRole('link', { name: last[0] }).click();
  assert.equal(await focusedLabel(page), last[1]);
  const inView = (locator) =>
    locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
  const field = page.locator('.field-checkbox', { has: page.getByLabel(last[1]) });
  assert.ok(await inView(field.locator('.error-message')), 'its error message is on screen');
  assert.ok(await inView(page.getByLabel(last[1])), 'and so is the box');
  await context.close();
});

test('fixing a field clears its error live, and every value survives every step', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'));
  await page.getByLabel('Problem', { exact: true }).fill('Keep  my\nspacing, please.');
  await page.getByRole('button', { name: 'Check your one-pager' }).click();
  const summaryLinks = page.locator('.error-summary a');
  const before = await summaryLinks.count();
  await page.getByLabel('Team name').fill('Payments');
  assert.equal(await summaryLinks.count(), before - 1);
  assert.equal(await page.getByLabel('Team name').getAttribute('aria-invalid'), null);
  // A different problem with a listed field: the field says so at once; the summary (an
  // alert) keeps the check's words until the next check, so typing is not read out.
  await page.getByLabel('Contact email').fill('not an email');
  const format = 'Enter an email address in the correct format, like name@example.com';
  assert.match(await page.getByText(`Error: ${format}`).textContent(), /correct format/);
  assert.equal(await page.locator('.error-summary a', { hasText: 'Enter the contact email address' }).count(), 1);
  await page.getByRole('button', { name: 'Check your one-pager' }).click();
  assert.equal(await page.locator('.error-summary a', { hasText: format }).count(), 1);
  const listed = await summaryLinks.count();
  // A fixed field does not come back to the list before the next check.
  await page.getByLabel('Team name').fill('x'.repeat(81));
  assert.equal(await summaryLinks.count(), listed);
  await page.getByLabel('Team name').fill('Payments');
  await page.getByLabel('Other').check();
  await page.getByLabel('Describe your retro cadence').fill('Every three weeks');
  await page.getByLabel('Weekly (recommended)').check();
  await page.getByRole('button', { name: 'Check your one-pager' }).click();
  assert.equal(await page.getByLabel('Problem', { exact: true }).inputValue(), 'Keep  my\nspacing, please.');
  assert.equal(await page.getByLabel('Team name').inputValue(), 'Payments');
  assert.equal(await page.getByLabel('Contact email').inputValue(), 'not an email');
  await page.getByLabel('Other').check();
  assert.equal(await page.getByLabel('Describe your retro cadence').inputValue(), 'Every three weeks');
  await context.close();
});

test('an error shows when the user leaves a field they changed, not before', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'));
  const email = page.getByLabel('Contact email');
  await email.fill('nope');
  assert.equal(await email.getAttribute('aria-invalid'), null, 'not while typing');
  await page.keyboard.press('Tab');
  assert.equal(await email.getAttribute('aria-invalid'), 'true');
  await page.getByLabel('Point of contact').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.getByLabel('Point of contact').getAttribute('aria-invalid'), null, 'untouched field stays quiet');
  await email.fill('ada@example.com');
  assert.equal(await email.getAttribute('aria-invalid'), null, 'the fix clears it at once');
  await context.close();
});

test('a date typed in part, or one that does not exist, is called out; what is typed stays', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url('/'));
  const date = page.getByLabel('Proposed start date');
  const message = 'Proposed start date must be a real date, including the day, month and year';
  const error = page.locator('.field', { has: date }).locator('.error-message');
  // Part of a date: the control's value stays empty, and no input event fires.
  const weeks = page.getByLabel('Length in weeks');
  await date.click();
  await page.keyboard.type('03');
  await weeks.click(); // (Tab would only move to the date's next part)
  // The message waits until the click is over (see the next test), then shows.
  await page.locator('input[aria-invalid="true"][type="date"]').waitFor();
  assert.equal(await date.getAttribute('aria-invalid'), 'true');
  assert.equal(await error.textContent(), `Error: ${message}`);
  assert.match(await markdown(page), /^- \*\*Proposed start date:\*\* _Not provided yet_$/m);
  // A real date clears it at once.
  const real = futureDate();
  await date.fill(real);
  assert.equal(await date.getAttribute('aria-invalid'), null);
  // Clearing one part of a real date: the message is back, and the other parts are kept, so
  // typing that part again gives a whole date.
  await date.click({ position: { x: 12, y: 12 } });
  await page.keyboard.press('Backspace');
  assert.equal(await date.inputValue(), '');
  assert.equal(await error.textContent(), `Error: ${message}`);
  const first = await date.evaluate((el) => new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2000, 0, 2)).find((p) => p.type !== 'literal').type);
  const [year, month, day] = real.split('-');
  await page.keyboard.type(first === 'month' ? month : first === 'day' ? day : year);
  await weeks.click();
  await page.locator('input:not([aria-invalid])[type="date"]').waitFor();
  assert.equal(await date.inputValue(), real);
  assert.equal(await date.getAttribute('aria-invalid'), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a message that appears as the user leaves a field never takes their click', async () => {
  // Leaving a field by pressing something below it shows the field's message, which moves
  // everything below down: the press would end somewhere else, and the click would be lost.
  const { page, context, problems } = await openPage(env.browser, env.server.url('/'));
  // Chromium's scroll anchoring sometimes hides the move (when the message appears above
  // the part of the page it anchors on); without it the page moves as it does elsewhere.
  await page.addStyleTag({ content: '* { overflow-anchor: none !important; }' });
  const weeks = page.getByLabel('Length in weeks');
  await weeks.fill('0');
  const fortnightly = page.getByLabel('Every two weeks');
  const top = () => fortnightly.evaluate((el) => el.getBoundingClientRect().top + scrollY);
  await fortnightly.scrollIntoViewIfNeeded();
  const before = await top();
  await fortnightly.click();
  assert.equal(await fortnightly.isChecked(), true, 'one click picks the radio button');
  await page.locator('input[aria-invalid="true"][id$="-length-weeks"]').waitFor();
  assert.ok((await top()) > before, 'the message did appear above it, after the click');

  // The same for the main button, with a too-long answer just above it.
  await fillComplete(page);
  await page.getByLabel('Length in weeks').fill('10');
  const notes = page.getByLabel('Additional notes');
  await notes.fill(Array.from({ length: 260 }, () => 'word').join(' '));
  await page.getByRole('button', { name: 'Check your one-pager' }).click();
  await page.getByText('There is a problem').waitFor();
  assert.equal(await page.locator('.error-summary li').count(), 1, 'the check ran on the first click');
  // What a field holds is taken at once, though: a press that replaces every answer (Start
  // over) is not followed by an old part of a date.
  const date = page.getByLabel('Proposed start date');
  await date.fill('');
  await date.click();
  await page.keyboard.type('03');
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  assert.match(await markdown(page), /^- \*\*Proposed start date:\*\* _Not provided yet_$/m);
  assert.equal(await page.locator('[aria-invalid="true"]').count(), 0, 'a fresh form shows no errors');
  await page.getByRole('button', { name: 'Undo' }).click();
  // By keyboard the message shows at once: focus has already moved on.
  await page.getByLabel('Team name').fill('');
  await page.keyboard.press('Tab');
  assert.equal(await page.getByLabel('Team name').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(problems, []);
  await context.close();
});

test('right-to-left answers read right to left, in the field and in the preview', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'));
  const arabic = 'المشكلة هي أن البناء بطيء جدًا.';
  const problem = page.getByLabel('Problem', { exact: true });
  await problem.fill(`${arabic}\n\nAn English paragraph.`);
  await page.getByLabel('Team name').fill('فريق المنصة');
  const direction = (locator) => locator.evaluate((el) => getComputedStyle(el).direction);
  assert.equal(await direction(problem), 'rtl');
  assert.equal(await direction(page.getByLabel('Team name')), 'rtl');
  const preview = page.getByRole('region', { name: 'Preview' });
  assert.equal(await direction(preview.locator('p', { hasText: arabic })), 'rtl');
  assert.equal(await direction(preview.locator('p', { hasText: 'An English paragraph.' })), 'ltr');
  await context.close();
});

test('the whole form can be completed with the keyboard alone', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url('/'));
  await page.getByLabel('Team name').focus();
  const type = async (text) => {
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
  };
  await type('Payments Platform');
  await type('Ada Lovelace');
  await type('ada@payments.example');
  await type('Deploys take a day.');
  await type('Pair on the pipeline.');
  await type('Deploy in an hour.');
  await type('Every team owns its pipeline.');
  await page.keyboard.type('Lead time under 1 hour');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Change failure rate under 5%');
  await page.keyboard.press('Tab');
  // Date input: type the digits of a future date in the field's own order.
  const [y, m, d] = futureDate().split('-');
  const order = await page.evaluate(() => new Intl.DateTimeFormat().formatToParts(new Date()).map((p) => p.type).filter((t) => t !== 'literal'));
  for (const part of order) await page.keyboard.type({ year: y, month: m, day: d }[part]);
  // Chromium's date field may keep focus for one more Tab (its own segments).
  for (let i = 0; i < 3 && (await focusedLabel(page)) === 'Proposed start date'; i++) await page.keyboard.press('Tab');
  assert.equal(await page.getByLabel('Proposed start date').inputValue(), futureDate());
  assert.equal(await focusedLabel(page), 'Length in weeks');
  await page.keyboard.press('Tab');
  assert.equal(await focusedLabel(page), 'Weekly (recommended)');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Tab'); // past Additional notes
  assert.equal(await page.evaluate(() => document.querySelector('engagement-widget').shadowRoot.activeElement?.textContent), 'Check your one-pager');
  await page.keyboard.press('Enter');
  await page.getByText('Your one-pager is ready').waitFor();
  assert.equal(await page.locator('.error-summary').count(), 0);
  const md = await markdown(page);
  assert.match(md, /^# One-pager: Payments Platform\n/);
  assert.match(md, /- \*\*Retro cadence:\*\* Weekly\n/);
  assert.match(md, /- Lead time under 1 hour\n- Change failure rate under 5%\n/);
  assert.equal((md.match(/- \[x\]/g) ?? []).length, 4);
  assert.doesNotMatch(md, /Not provided yet/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a complete form is marked ready and focus moves to the result', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'));
  await fillComplete(page);
  await page.getByRole('button', { name: 'Check your one-pager' }).click();
  await page.getByText('Your one-pager is ready').waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('engagement-widget').shadowRoot.activeElement?.className), 'result-banner');
  // It says where the one-pager goes: the host's contact address.
  assert.match(await page.locator('.result-banner').textContent(), /Send it to devex@corp\.example: copy it into an email/);
  await context.close();
});
