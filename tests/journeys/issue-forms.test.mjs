// Real teams' GitHub issue forms (tests/issue-forms/, each naming its source), brought as they
// are, in the engine ENGINE names: `engagement-form from-issue-form` made each definition
// (tests/fixtures/issue-forms/, held to the tool's output by
// crates/engagement-form/tests/convert.rs). Each renders every question, its empty check lists
// every required one, and a filled form makes a document with every answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useEngine } from './driver.mjs';
import { axe } from './steps.mjs';
import { fixtures } from '../../lib/server.mjs';

const env = useEngine();
const folder = join(fixtures, 'issue-forms');
const forms = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f.replace(/\.json$/, ''), definition: JSON.parse(readFileSync(join(folder, f), 'utf8')) }));

const questions = (definition) => definition.sections.flatMap((s) => s.fields).filter((f) => f.type !== 'markdown');

/** The element of a question (or of one of its options) in the widget, by its key. */
const control = (key, option) => ({ css: option ? `[id$="-q-${key}_o-${option}"]` : `[id$="-q-${key}"]` });

/** An option whose words read the same in the document (no Markdown characters to escape). */
const plainOption = (field) => field.options.find((o) => /^[\w .()/,+-]+$/.test(o.label)) ?? field.options[0];
const SUBMIT = { css: '.form button[type=submit]' };

test('at least five real issue forms are brought as they are', () => {
  assert.ok(forms.length >= 5, forms.map((f) => f.name).join(', '));
});

for (const { name, definition } of forms) {
  test(`${name}: renders every question, lists every required one, and makes a document with every answer`, async () => {
    const page = await env.engine.open(env.server.url(`/fixtures/issue-form.html?form=${name}`), { wait: false });
    await page.until((h, submit) => h.has(submit), SUBMIT);
    const asked = questions(definition);
    // Renders: each question, by its key, with its label.
    for (const field of asked) {
      const id = field.type === 'checkboxes' || (field.type === 'choice' && field.control !== 'dropdown') ? field.options[0].key : null;
      assert.equal(await page.run((h, spec) => h.all(spec).length, control(field.key, id)), 1, `${field.key} is on the page`);
    }
    const shown = await page.run((h) => h.all({ css: 'form label, form legend' }).map((l) => l.textContent.trim()));
    for (const field of asked) {
      const label = field.label.split(/\s+/).join(' ').trim();
      assert.ok(shown.some((s) => s.startsWith(label)), `${label} in ${JSON.stringify(shown)}`);
    }
    // The empty check: one link per required question (a default is an answer, as in GitHub).
    const required = asked.filter((f) => (f.required || (f.options ?? []).some((o) => o.required)) && f.default === undefined);
    await page.click(SUBMIT);
    if (required.length) await page.until((h) => h.has({ css: '.error-summary' }));
    const links = await page.run((h) => h.all({ css: '.error-summary a' }).length);
    assert.equal(links, required.length);
    // Every answer, then the document.
    const answers = [];
    for (const [n, field] of asked.entries()) {
      const answer = `Answer ${n} of ${name}`;
      if (field.type === 'text' || field.type === 'textarea') {
        await page.fill(control(field.key), answer);
        answers.push(answer);
      } else if (field.type === 'choice') {
        const option = plainOption(field);
        if (field.control === 'dropdown') {
          // As picking it in the browser's own list does (the list is outside the page).
          await page.run(
            (h, spec, value) => {
              const select = h.find(spec);
              select.value = value;
              select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
              select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
            },
            control(field.key),
            option.key
          );
        } else await page.check(control(field.key, option.key));
        answers.push(option.label);
      } else if (field.type === 'checkboxes') {
        const ticks = field.options.filter((o) => o.required);
        if (!ticks.length) ticks.push(plainOption(field));
        for (const option of ticks) await page.check(control(field.key, option.key));
        answers.push(...ticks.map((o) => o.label).filter((l) => /^[\w .()/,+-]+$/.test(l)));
      }
    }
    await page.click(SUBMIT);
    await page.until((h) => h.has({ css: '.result-banner' }));
    const md = await page.run((h) => h.markdown());
    for (const answer of answers) assert.ok(md.includes(answer), `${answer} in\n${md}`);
    assert.match(md, new RegExp(`^# .*Answer 0 of ${name}$`, 'm'), 'the title carries the first answer');
    const violations = await axe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await page.close();
  });
}
