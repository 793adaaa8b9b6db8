// A host's own form (README, "A form of your own"), in the engine ENGINE names: the intake form
// of issue 15, defined in the element's JSON block. Its questions, rules, document, drafts,
// import, prefill links and accessibility follow the definition; a definition with a mistake
// falls back to the one-pager and says what is wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useEngine, futureDate, initScript } from './driver.mjs';
import { axe, paste, saved } from './steps.mjs';

const env = useEngine();

const INTAKE = '/fixtures/intake.html';
const CHECK = { button: 'Check your intake request' };
const report = (violations) => JSON.stringify(violations, null, 2);
const said = (page) => page.run((h) => h.root().textContent);

async function open(path = INTAKE) {
  const page = await env.engine.open(env.server.url(path), { wait: false });
  await page.until((h) => h.has({ css: '.form button[type=submit]' }));
  return page;
}

/** Answers every intake question as a visitor would. */
async function fillIntake(page, { service = 'Billing API' } = {}) {
  await page.fill({ label: 'Service name' }, service);
  await page.fill({ label: 'Owner email' }, 'ada@corp.example');
  await page.fill({ label: 'What do you need?' }, 'Read access to **two** datasets.');
  await page.fill({ label: 'Datasets' }, 'Invoices\nRefunds');
  await page.check({ label: 'High' });
  await page.fill({ label: 'Team size' }, '12');
  await page.typeDate({ label: 'Start date' }, futureDate());
  const boxes = await page.run((h) => h.all({ css: 'input[type=checkbox]' }).length);
  for (let i = 0; i < boxes; i++) await page.check({ css: 'input[type=checkbox]', nth: i });
}

test("a host's form shows its own questions, and none of the one-pager's", async () => {
  const page = await open();
  const shown = await page.run((h) => h.all({ css: 'form label, form legend' }).map((l) => l.textContent.trim()));
  for (const label of ['Service name', 'Owner email', 'What do you need?', 'Datasets', 'Priority', 'Low', 'High', 'Other', 'Team size (optional)', 'Start date (optional)', 'Expectations']) {
    assert.ok(shown.includes(label), `${label} in ${shown}`);
  }
  for (const label of ['Team name', 'Point of contact', 'Problem', 'Retro cadence', 'Additional notes']) {
    assert.ok(!shown.some((l) => l === label || l.startsWith(`${label} (`)), `${label} is not asked`);
  }
  // Guidance between the questions, rendered safely (a mail link stays a link).
  assert.ok((await said(page)).includes('We reply within a week.'));
  assert.equal(await page.run((h) => h.find({ link: 'the data team' }).getAttribute('href')), 'mailto:data@corp.example');
  // "Other" reveals its own question.
  await page.check({ label: 'Other' });
  await page.until((h) => h.has({ label: 'Describe the priority' }));
  await page.close();
});

test("a host's form names its own document everywhere: no word of the one-pager is left", async () => {
  const page = await open();
  const seen = await page.run((h) => ({
    headings: h.all({ css: 'h2, h3, h4' }).map((e) => h.norm(e.textContent)),
    lead: h.all({ css: '.lead' }).some((e) => h.norm(e.textContent).includes('and send us an intake request.')),
    link: h.has({ link: 'Write your intake request' }),
    print: h.has({ button: 'Print intake request' }),
  }));
  assert.ok(seen.headings.includes('Write your intake request'), seen.headings.join(' | '));
  assert.ok(seen.headings.includes('Your intake request'), seen.headings.join(' | '));
  assert.deepEqual([seen.lead, seen.link, seen.print], [true, true, true]);
  assert.ok((await said(page)).includes('The intake request fills in as you write.'));
  await page.click({ text: 'Import an intake request' });
  assert.ok((await said(page)).includes('Paste an intake request made with this form'));
  // A box that holds something else says what it wants.
  await paste(page, { label: 'Paste an intake request' }, '# Something else');
  await page.click({ button: 'Import' });
  await page.until((h) => h.has({ css: '.error-message', text: 'This does not look like an intake request made with this form.' }));
  // Past the soft word limit (500 words), the warning names it too.
  await paste(page, { label: 'What do you need?' }, 'word '.repeat(501));
  await page.until((h) => h.root().textContent.includes('Your intake request is 501 words long. An intake request reads best under 500 words.'));
  assert.doesNotMatch(await said(page), /one-pager/i);
  // Importing over answers asks first, in the same words.
  await page.fill({ label: 'Service name' }, 'Billing API');
  const md = await page.run((h) => h.markdown());
  await page.fill({ label: 'Service name' }, 'Search API');
  await paste(page, { label: 'Paste an intake request' }, md);
  await page.click({ button: 'Import' });
  await page.until((h) => h.root().textContent.includes('Replace your answers with the imported intake request?'));
  assert.doesNotMatch(await said(page), /one-pager/i);
  await page.close();
});

test("the revealed Other question is a text box of its own: its label, its summary link and its id are not the Other option's", async () => {
  const page = await open();
  await page.check({ label: 'Other' });
  await page.until((h) => h.has({ label: 'Describe the priority' }));
  const seen = await page.run((h) => {
    const ids = h.all({ css: '[id]' }).map((e) => e.id);
    return { controls: h.all({ label: 'Describe the priority' }).map((e) => e.type), duplicates: ids.filter((id, n) => ids.indexOf(id) !== n) };
  });
  assert.deepEqual(seen, { controls: ['text'], duplicates: [] }, 'the label names one text box; no id twice in the widget');
  await page.click({ button: 'Check your intake request' });
  await page.click({ css: '.error-summary a', text: 'Describe the priority' });
  assert.equal(await page.run((h) => h.root().activeElement.type), 'text');
  assert.equal(await page.run((h) => h.value({ label: 'Other' })), true, 'clicking the link leaves the choice alone');
  await page.close();
});

test('the error summary lists each required question, and each limit is enforced with a message', async () => {
  const page = await open();
  await page.click(CHECK);
  await page.until((h) => h.has({ css: '.error-summary-title', text: 'There is a problem' }));
  const listed = await page.run((h) => h.all({ css: '.error-summary a' }).map((a) => h.norm(a.textContent)));
  assert.deepEqual(listed.slice(0, 5), ['Enter service name', 'Enter owner email', 'Answer \u201cWhat do you need?\u201d', 'Enter datasets, one per line', 'Select priority']);
  assert.equal(listed.length, 9, 'and one box per expectation');
  // A summary link moves focus to its question.
  await page.click({ css: '.error-summary a', text: 'Enter owner email' });
  assert.equal(await page.run((h) => h.root().activeElement.id.endsWith('-owner')), true);

  await page.fill({ label: 'Service name' }, 'x'.repeat(41));
  await page.fill({ label: 'Owner email' }, 'not an address');
  await paste(page, { label: 'What do you need?' }, 'word '.repeat(51));
  await page.fill({ label: 'Datasets' }, 'a\nb\nc\nd');
  await page.fill({ label: 'Team size' }, '501');
  await page.typeDate({ label: 'Start date' }, '2020-01-01');
  await page.click(CHECK);
  for (const message of [
    'Service name must be 40 characters or fewer',
    'Enter an email address in the correct format, like name@example.com',
    'Your answer to \u201cWhat do you need?\u201d must be 50 words or fewer',
    'Enter 3 datasets or fewer, one per line',
    'Team size must be between 1 and 500',
    'Start date must be today or in the future',
  ]) {
    // In the summary, and at the question itself.
    await page.until((h, m) => h.has({ css: '.error-summary a', text: m }) && h.has({ css: '.error-message', text: m }), message);
  }
  await page.close();
});

test('the Markdown follows the definition, and the host hears the answers by key', async () => {
  initScript(() => {
    globalThis.__events = [];
    document.addEventListener('engagement-generated', (e) => globalThis.__events.push({ type: e.type, detail: e.detail }));
  });
  const page = await open();
  await fillIntake(page);
  await page.click(CHECK);
  await page.until((h) => h.has({ css: '.result-banner', text: 'Your intake request is ready' }));
  const md = await page.run((h) => h.markdown());
  assert.ok(md.startsWith('# Intake: Billing API\n\n- **Service name:** Billing API\n- **Owner email:** <ada@corp.example>\n- **Priority:** High\n- **Team size:** 12 people\n'), md);
  assert.match(md, /\n## What do you need\?\n\nRead access to \*\*two\*\* datasets\.\n/);
  assert.match(md, /\n## Datasets\n\n- Invoices\n- Refunds\n/);
  assert.match(md, /\n## Expectations\n\n- \[x\] We understand that the aux engineer will not do the hard work for us\n/);
  assert.ok(!md.includes('We reply within a week'), 'guidance is not part of the document');
  const generated = await page.until(() => globalThis.__events.findLast((e) => e.type === 'engagement-generated'));
  assert.equal(generated.detail.markdown, md);
  assert.deepEqual([generated.detail.values.service, generated.detail.values.priority, generated.detail.values['acks-2']], ['Billing API', 'high', 'yes']);
  await page.close();
});

test('reload restores the draft; Start over then import brings the answers back', async () => {
  const page = await open();
  await fillIntake(page);
  await saved(page);
  const md = await page.run((h) => h.markdown());
  await page.reload({ wait: false });
  await page.until((h, md) => h.markdown() === md, md);
  assert.deepEqual(await page.run((h) => [h.value({ label: 'Service name' }), h.value({ label: 'Datasets' })]), ['Billing API', 'Invoices\nRefunds']);

  await page.click({ button: 'Start over' });
  await page.until((h) => h.has({ button: 'Undo' }));
  assert.equal(await page.run((h) => h.value({ label: 'Service name' })), '');
  await page.click({ text: 'Import an intake request' });
  await paste(page, { label: 'Paste an intake request' }, md);
  await page.click({ button: 'Import' });
  await page.until((h) => h.status().includes('Imported the intake request into the form.'));
  assert.deepEqual(await page.run((h) => [h.value({ label: 'Service name' }), h.value({ label: 'High' })]), ['Billing API', true]);
  assert.equal(await page.run((h) => h.markdown()), md, 'generate -> import -> generate');
  await page.close();
});

test("a link's #ew-<key>= answers fill the host's own questions", async () => {
  const page = await open(`${INTAKE}#ew-service=Search%20API&ew-priority=low&ew-team=ignored`);
  assert.deepEqual(await page.run((h) => [h.value({ label: 'Service name' }), h.value({ label: 'Low' })]), ['Search API', true]);
  assert.ok((await page.run((h) => h.markdown())).startsWith('# Intake: Search API\n'));
  await page.close();
});

test("answers a host's changed form no longer asks for are kept, shown and dismissed", async () => {
  // A draft saved when the form asked for a "Budget" too (written by another page of the same
  // site, before the widget's page opens).
  const page = await env.engine.open(env.server.url('/fixtures/blank.html'), { wait: false });
  await page.run(() => {
    localStorage.setItem(
      'engagement-widget:v2:intake',
      JSON.stringify({ app: 'engagement-widget', version: 2, savedAt: Date.now(), values: { service: 'Billing API', budget: '40k a year' } })
    );
  });
  await page.goto(env.server.url(INTAKE), { wait: false });
  const PANEL = { css: '[role=region]', text: 'Some of your saved answers are not part of this form any more' };
  await page.until((h, panel) => h.has(panel), PANEL);
  assert.equal(await page.run((h) => h.value({ label: 'Saved answers' })), 'budget: 40k a year');
  assert.equal(await page.run((h) => h.value({ label: 'Service name' })), 'Billing API');
  // Kept in the draft while shown.
  await page.fill({ label: 'Owner email' }, 'ada@corp.example');
  await page.until(() => JSON.parse(localStorage.getItem('engagement-widget:v2:intake')).values.owner === 'ada@corp.example');
  assert.equal(await page.run(() => JSON.parse(localStorage.getItem('engagement-widget:v2:intake')).values.budget), '40k a year');
  // Dismissed from the keyboard: focus lands on the form's heading, not on the page, and the
  // visitor hears what happened.
  await page.run((h) => h.find({ button: 'Dismiss them' }).focus());
  await page.press('Enter');
  await page.until((h, panel) => !h.has(panel), PANEL);
  assert.equal(await page.run((h) => h.norm(h.root().activeElement?.textContent)), 'Write your intake request');
  await page.until((h) => h.status().includes('The saved answers were dismissed.'));
  await page.until(() => !('budget' in JSON.parse(localStorage.getItem('engagement-widget:v2:intake')).values));
  await page.close();
});

test('a definition with an unknown field type falls back to the one-pager and names the problem', async () => {
  initScript(() => {
    globalThis.__errors = [];
    document.addEventListener('engagement-error', (e) => globalThis.__errors.push(e.detail.message));
  });
  const page = await env.engine.open(env.server.url('/fixtures/bad-form.html'));
  const notice = await page.run((h) => h.text({ css: '.notice-warning' }));
  assert.ok(
    notice.includes('form.sections[0].fields[1].type: "slider" is not a field type; use text, email, textarea, list, date, number, choice, checkboxes, acknowledgements, markdown (the field "mood")'),
    notice
  );
  assert.ok(notice.includes('The form definition was not used; the built-in one-pager is shown.'), notice);
  assert.equal(await page.run((h) => h.has({ label: 'Team name' })), true);
  const errors = await page.run(() => globalThis.__errors);
  assert.ok(errors.some((m) => m.includes('"slider" is not a field type')), errors.join('\n'));
  await page.close();
});

test("no WCAG violations on a host's form: fresh, with errors, complete, light and dark", async () => {
  for (const theme of ['light', 'dark']) {
    const page = await open();
    await page.run((h, theme) => h.widget().setAttribute('theme', theme), theme);
    let violations = await axe(page);
    assert.deepEqual(violations, [], `fresh (${theme}):\n${report(violations)}`);
    await page.click(CHECK);
    await page.until((h) => h.has({ css: '.error-summary' }));
    await page.check({ label: 'Other' });
    violations = await axe(page);
    assert.deepEqual(violations, [], `errors (${theme}):\n${report(violations)}`);
    await fillIntake(page);
    await page.click(CHECK);
    await page.until((h) => h.has({ css: '.result-banner', text: 'Your intake request is ready' }));
    violations = await axe(page);
    assert.deepEqual(violations, [], `complete (${theme}):\n${report(violations)}`);
    await page.close();
  }
});
