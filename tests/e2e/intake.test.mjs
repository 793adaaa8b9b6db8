// A host's own form (README, "A form of your own"): the intake form of issue 15, defined in the
// element's JSON block. Its questions, rules, document, drafts, import, prefill links and
// accessibility follow the definition; a definition with a mistake falls back to the one-pager
// and says what is wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, axe, markdown, futureDate, recordLinksAndEvents } from './harness.mjs';

const env = useBrowser();

const INTAKE = '/fixtures/intake.html';
const report = (violations) => JSON.stringify(violations, null, 2);

/** The page's form labels, as a visitor's screen reader lists them. */
async function labels(page) {
  return page.locator('engagement-widget').evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('form label, form legend')].map((l) => l.textContent.trim())
  );
}

/** Answers every intake question as a visitor would. */
async function fillIntake(page, { service = 'Billing API' } = {}) {
  await page.getByLabel('Service name').fill(service);
  await page.getByLabel('Owner email').fill('ada@corp.example');
  await page.getByLabel('What do you need?').fill('Read access to **two** datasets.');
  await page.getByLabel('Datasets').fill('Invoices\nRefunds');
  await page.getByLabel('High').check();
  await page.getByLabel('Team size').fill('12');
  await page.getByLabel('Start date').fill(futureDate());
  for (const checkbox of await page.getByRole('checkbox').all()) await checkbox.check();
}

test("a host's form shows its own questions, and none of the one-pager's", async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url(INTAKE));
  const shown = await labels(page);
  for (const label of ['Service name', 'Owner email', 'What do you need?', 'Datasets', 'Priority', 'Low', 'High', 'Other', 'Team size (optional)', 'Start date (optional)', 'Expectations']) {
    assert.ok(shown.includes(label), `${label} in ${shown}`);
  }
  for (const label of ['Team name', 'Point of contact', 'Problem', 'Retro cadence', 'Additional notes']) {
    assert.equal(await page.getByLabel(label, { exact: true }).count(), 0, `${label} is not asked`);
  }
  // Guidance between the questions, rendered safely (a mail link stays a link).
  await page.getByText('We reply within a week.').waitFor();
  assert.equal(await page.getByRole('link', { name: 'the data team' }).getAttribute('href'), 'mailto:data@corp.example');
  // "Other" reveals its own question.
  await page.getByLabel('Other').check();
  await page.getByLabel('Describe the priority').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("a host's form names its own document everywhere: no word of the one-pager is left", async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url(INTAKE));
  const words = () => page.locator('engagement-widget').evaluate((el) => el.shadowRoot.textContent);
  await page.getByRole('heading', { name: 'Write your intake request' }).waitFor();
  await page.locator('.lead').getByText('and send us an intake request.').waitFor();
  await page.getByRole('link', { name: 'Write your intake request' }).waitFor();
  await page.getByRole('heading', { name: 'Your intake request', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Print intake request' }).waitFor();
  await page.getByText('The intake request fills in as you write.').waitFor();
  await page.getByText('Import an intake request').click();
  await page.getByText('Paste an intake request made with this form').waitFor();
  // A box that holds something else says what it wants.
  await page.getByLabel('Paste an intake request').fill('# Something else');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.locator('.error-message').getByText('This does not look like an intake request made with this form.').waitFor();
  // Past the soft word limit (500 words), the warning names it too.
  await page.getByLabel('What do you need?').fill('word '.repeat(501));
  await page.getByText('Your intake request is 501 words long. An intake request reads best under 500 words.').waitFor();
  assert.doesNotMatch(await words(), /one-pager/i);
  // Importing over answers asks first, in the same words.
  await page.getByLabel('Service name').fill('Billing API');
  const md = await markdown(page);
  await page.getByLabel('Service name').fill('Search API');
  await page.getByLabel('Paste an intake request').fill(md);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText('Replace your answers with the imported intake request?').waitFor();
  assert.doesNotMatch(await words(), /one-pager/i);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the revealed Other question is a text box of its own: its label, its summary link and its id are not the Other option\'s', async () => {
  const { page, context } = await openPage(env.browser, env.server.url(INTAKE));
  await page.getByRole('radio', { name: 'Other' }).check();
  const box = page.getByRole('textbox', { name: 'Describe the priority' });
  await box.waitFor();
  assert.equal(await page.getByLabel('Describe the priority').count(), 1, 'the label names one control');
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelector('engagement-widget').shadowRoot.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, n) => ids.indexOf(id) !== n);
  });
  assert.deepEqual(duplicates, [], 'no id twice in the widget');
  await page.getByRole('button', { name: 'Check your intake request' }).click();
  await page.locator('.error-summary').getByRole('link', { name: 'Describe the priority' }).click();
  assert.equal(await page.evaluate(() => document.querySelector('engagement-widget').shadowRoot.activeElement.type), 'text');
  assert.equal(await page.getByRole('radio', { name: 'Other' }).isChecked(), true, 'clicking the link leaves the choice alone');
  await context.close();
});

test("the error summary lists each required question, and each limit is enforced with a message", async () => {
  const { page, context } = await openPage(env.browser, env.server.url(INTAKE));
  await page.getByRole('button', { name: 'Check your intake request' }).click();
  const summary = page.locator('.error-summary');
  await summary.getByText('There is a problem').waitFor();
  const listed = await summary.getByRole('link').allTextContents();
  assert.deepEqual(listed.slice(0, 5), [
    'Enter service name',
    'Enter owner email',
    'Answer \u201cWhat do you need?\u201d',
    'Enter datasets, one per line',
    'Select priority',
  ]);
  assert.equal(listed.length, 9, 'and one box per expectation');
  // A summary link moves focus to its question.
  await summary.getByRole('link', { name: 'Enter owner email' }).click();
  assert.equal(await page.evaluate(() => document.querySelector('engagement-widget').shadowRoot.activeElement.id.endsWith('-owner')), true);

  await page.getByLabel('Service name').fill('x'.repeat(41));
  await page.getByLabel('Owner email').fill('not an address');
  await page.getByLabel('What do you need?').fill('word '.repeat(51));
  await page.getByLabel('Datasets').fill('a\nb\nc\nd');
  await page.getByLabel('Team size').fill('501');
  await page.getByLabel('Start date').fill('2020-01-01');
  await page.getByRole('button', { name: 'Check your intake request' }).click();
  for (const message of [
    'Service name must be 40 characters or fewer',
    'Enter an email address in the correct format, like name@example.com',
    'Your answer to \u201cWhat do you need?\u201d must be 50 words or fewer',
    'Enter 3 datasets or fewer, one per line',
    'Team size must be between 1 and 500',
    'Start date must be today or in the future',
  ]) {
    await summary.getByRole('link', { name: message }).waitFor();
    // And at the question itself.
    assert.ok((await page.locator('.error-message').allTextContents()).some((t) => t.includes(message)), message);
  }
  await context.close();
});

test('the Markdown follows the definition, and the host hears the answers by key', async () => {
  const { page, context } = await openPage(env.browser, env.server.url(INTAKE), { init: recordLinksAndEvents });
  await fillIntake(page);
  await page.getByRole('button', { name: 'Check your intake request' }).click();
  await page.getByText('Your intake request is ready').waitFor();
  const md = await markdown(page);
  assert.ok(md.startsWith('# Intake: Billing API\n\n- **Service name:** Billing API\n- **Owner email:** <ada@corp.example>\n- **Priority:** High\n- **Team size:** 12 people\n'), md);
  assert.match(md, /\n## What do you need\?\n\nRead access to \*\*two\*\* datasets\.\n/);
  assert.match(md, /\n## Datasets\n\n- Invoices\n- Refunds\n/);
  assert.match(md, /\n## Expectations\n\n- \[x\] We understand that the aux engineer will not do the hard work for us\n/);
  assert.ok(!md.includes('We reply within a week'), 'guidance is not part of the document');
  const generated = await page.evaluate(() => globalThis.__events.find((e) => e.type === 'engagement-generated'));
  assert.equal(generated.detail.markdown, md);
  assert.equal(generated.detail.values.service, 'Billing API');
  assert.equal(generated.detail.values.priority, 'high');
  assert.equal(generated.detail.values['acks-2'], 'yes');
  await context.close();
});

test('reload restores the draft; Start over then import brings the answers back', async () => {
  const { page, context } = await openPage(env.browser, env.server.url(INTAKE));
  await fillIntake(page);
  await page.getByText(/Draft saved \d\d:\d\d/).waitFor();
  const md = await markdown(page);
  await page.reload();
  await page.getByLabel('Service name').waitFor();
  assert.equal(await page.getByLabel('Service name').inputValue(), 'Billing API');
  assert.equal(await page.getByLabel('Datasets').inputValue(), 'Invoices\nRefunds');
  assert.equal(await markdown(page), md, 'every answer is back');

  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  assert.equal(await page.getByLabel('Service name').inputValue(), '');
  await page.getByText('Import an intake request').click();
  await page.getByLabel('Paste an intake request').fill(md);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText('Imported the intake request into the form.').waitFor();
  assert.equal(await page.getByLabel('Service name').inputValue(), 'Billing API');
  assert.equal(await page.getByLabel('High').isChecked(), true);
  assert.equal(await markdown(page), md, 'generate -> import -> generate');
  await context.close();
});

test("a link's #ew-<key>= answers fill the host's own questions", async () => {
  const { page, context } = await openPage(env.browser, env.server.url(`${INTAKE}#ew-service=Search%20API&ew-priority=low&ew-team=ignored`));
  assert.equal(await page.getByLabel('Service name').inputValue(), 'Search API');
  assert.equal(await page.getByLabel('Low').isChecked(), true);
  assert.ok((await markdown(page)).startsWith('# Intake: Search API\n'));
  await context.close();
});

test("answers a host's changed form no longer asks for are kept, shown and dismissed", async () => {
  // A draft saved when the form asked for a "Budget" too (written from another page of the
  // same site, before the widget's page opens).
  const { page, context } = await openPage(env.browser, env.server.url('/fixtures/blank.html'), { waitFor: false });
  await page.evaluate(() => {
    localStorage.setItem('engagement-widget:v2:intake', JSON.stringify({
      app: 'engagement-widget', version: 2, savedAt: Date.now(),
      values: { service: 'Billing API', budget: '40k a year' },
    }));
  });
  await page.goto(env.server.url(INTAKE));
  const panel = page.getByRole('region', { name: 'Some of your saved answers are not part of this form any more' });
  await panel.waitFor();
  assert.equal(await panel.getByLabel('Saved answers').inputValue(), 'budget: 40k a year');
  assert.equal(await page.getByLabel('Service name').inputValue(), 'Billing API');
  // Kept in the draft while shown.
  await page.getByLabel('Owner email').fill('ada@corp.example');
  await page.getByText(/Draft saved/).waitFor();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('engagement-widget:v2:intake')).values);
  assert.equal(saved.budget, '40k a year');
  // Dismissed from the keyboard: focus lands on the form's heading, not on the page, and
  // the visitor hears what happened.
  await panel.getByRole('button', { name: 'Dismiss them' }).focus();
  await page.keyboard.press('Enter');
  await panel.waitFor({ state: 'detached' });
  assert.equal(
    await page.evaluate(() => document.querySelector('engagement-widget').shadowRoot.activeElement?.textContent),
    'Write your intake request'
  );
  await page.getByRole('status').getByText('The saved answers were dismissed.').waitFor();
  await page.waitForFunction(() => !('budget' in JSON.parse(localStorage.getItem('engagement-widget:v2:intake')).values));
  await context.close();
});

test('a definition with an unknown field type falls back to the one-pager and names the problem', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/fixtures/bad-form.html'), { init: recordLinksAndEvents });
  const notice = page.locator('.notice-warning');
  await notice.getByText('form.sections[0].fields[1].type: "slider" is not a field type; use text, email, textarea, list, date, number, choice, checkboxes, acknowledgements, markdown (the field "mood")').waitFor();
  await notice.getByText('The form definition was not used; the built-in one-pager is shown.').waitFor();
  await page.getByLabel('Team name').waitFor();
  const errors = await page.evaluate(() => globalThis.__events.filter((e) => e.type === 'engagement-error').map((e) => e.detail.message));
  assert.ok(errors.some((m) => m.includes('"slider" is not a field type')), errors.join('\n'));
  await context.close();
});

test("no WCAG violations on a host's form: fresh, with errors, complete", async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openPage(env.browser, env.server.url(INTAKE), { colorScheme });
    let violations = await axe(page);
    assert.deepEqual(violations, [], `fresh (${colorScheme}):\n${report(violations)}`);
    await page.getByRole('button', { name: 'Check your intake request' }).click();
    await page.getByText('There is a problem').waitFor();
    await page.getByLabel('Other').check();
    violations = await axe(page);
    assert.deepEqual(violations, [], `errors (${colorScheme}):\n${report(violations)}`);
    await fillIntake(page);
    await page.getByRole('button', { name: 'Check your intake request' }).click();
    await page.getByText('Your intake request is ready').waitFor();
    violations = await axe(page);
    assert.deepEqual(violations, [], `complete (${colorScheme}):\n${report(violations)}`);
    await context.close();
  }
});
