// Real teams' GitHub issue forms (tests/issue-forms/, each naming its source), brought as they
// are: `engagement-form from-issue-form` made each definition (tests/e2e/fixtures/issue-forms/,
// held to the tool's output by crates/engagement-form/tests/convert.rs). Each renders every
// question, its empty check lists every required one, and a filled form makes a document with
// every answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, openPage, fixtures, markdown, axe } from './harness.mjs';

const env = useBrowser();
const folder = join(fixtures, 'issue-forms');
const forms = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f.replace(/\.json$/, ''), definition: JSON.parse(readFileSync(join(folder, f), 'utf8')) }));

const questions = (definition) =>
  definition.sections.flatMap((s) => s.fields).filter((f) => f.type !== 'markdown');

/** The element of a question (or of one of its options) in the widget, by its key. */
const control = (page, key, option) =>
  page.locator(option ? `[id$="-q-${key}_o-${option}"]` : `[id$="-q-${key}"]`).first();

/** An option whose words read the same in the document (no Markdown characters to escape). */
const plainOption = (field) => field.options.find((o) => /^[\w .()/,+-]+$/.test(o.label)) ?? field.options[0];

test('at least five real issue forms are brought as they are', () => {
  assert.ok(forms.length >= 5, forms.map((f) => f.name).join(', '));
});

for (const { name, definition } of forms) {
  test(`${name}: renders every question, lists every required one, and makes a document with every answer`, async (t) => {
    const { page, context, problems } = await openPage(env.browser, env.server.url(`/fixtures/issue-form.html?form=${name}`));
    t.after(() => context.close());
    const asked = questions(definition);
    // Renders: each question, by its key, with its label.
    for (const field of asked) {
      const id = field.type === 'checkboxes' || (field.type === 'choice' && field.control !== 'dropdown') ? field.options[0].key : null;
      assert.equal(await control(page, field.key, id).count(), 1, `${field.key} is on the page`);
    }
    const shown = await page.locator('engagement-widget').evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('form label, form legend')].map((l) => l.textContent.trim()));
    for (const field of asked) {
      const label = field.label.split(/\s+/).join(' ').trim();
      assert.ok(shown.some((s) => s.startsWith(label)), `${label} in ${JSON.stringify(shown)}`);
    }
    // The empty check: one link per required question (a default is an answer, as in GitHub).
    const required = asked.filter((f) => (f.required || (f.options ?? []).some((o) => o.required)) && f.default === undefined);
    await page.getByRole('button', { name: /^Check your / }).click();
    const links = required.length
      ? await page.locator('.error-summary').getByRole('link').allTextContents()
      : [];
    assert.equal(links.length, required.length, JSON.stringify(links));
    // Every answer, then the document.
    const answers = [];
    for (const [n, field] of asked.entries()) {
      const answer = `Answer ${n} of ${name}`;
      if (field.type === 'text' || field.type === 'textarea') {
        await control(page, field.key).fill(answer);
        answers.push(answer);
      } else if (field.type === 'choice') {
        const option = plainOption(field);
        if (field.control === 'dropdown') await control(page, field.key).selectOption(option.key);
        else await control(page, field.key, option.key).check();
        answers.push(option.label);
      } else if (field.type === 'checkboxes') {
        const ticks = field.options.filter((o) => o.required);
        if (!ticks.length) ticks.push(plainOption(field));
        for (const option of ticks) await control(page, field.key, option.key).check();
        answers.push(...ticks.map((o) => o.label).filter((l) => /^[\w .()/,+-]+$/.test(l)));
      }
    }
    await page.getByRole('button', { name: /^Check your / }).click();
    await page.locator('.result-banner').waitFor();
    const md = await markdown(page);
    for (const answer of answers) assert.ok(md.includes(answer), `${answer} in\n${md}`);
    assert.match(md, new RegExp(`^# .*Answer 0 of ${name}$`, 'm'), 'the title carries the first answer');
    const violations = await axe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    assert.deepEqual(problems, []);
  });
}
