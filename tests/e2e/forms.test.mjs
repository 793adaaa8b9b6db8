// The forms teams already run (README, "A form of your own"): a bug report that uses every key
// a GitHub issue form has and more: a multi-select with limits, a dropdown of 30 options,
// placeholders shown as examples, defaults, a code answer with backticks in it, labels that end
// with a colon, and a question that appears only for one answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, axe, markdown } from './harness.mjs';

const env = useBrowser();
const PAGE = '/fixtures/bug-report.html';
const report = (violations) => JSON.stringify(violations, null, 2);
const inWidget = (page, fn, arg) =>
  page.locator('engagement-widget').evaluate((el, [source, a]) => new Function('root', 'arg', source)(el.shadowRoot, a), [
    `return (${fn})(root, arg);`,
    arg,
  ]);

async function open(t) {
  const opened = await openPage(env.browser, env.server.url(PAGE));
  t.after(async () => {
    assert.deepEqual(opened.problems, [], 'no page or console error');
    await opened.context.close();
  });
  return opened.page;
}

/** Answers every question on show, as a visitor would. */
async function fillAll(page) {
  await page.getByLabel('Title').fill('Crash when saving');
  await page.getByLabel('A wrong result').check();
  await page.getByLabel('What did you expect?').fill('The file saved.');
  await page.getByLabel('3.12').check();
  await page.getByLabel('Operating system:').selectOption({ label: 'FreeBSD' });
  await page.getByLabel('I have searched the existing issues').check();
}

async function summaryLinks(page) {
  const summary = page.locator('.error-summary');
  await summary.getByText('There is a problem').waitFor();
  return summary.getByRole('link').allTextContents();
}

test('every new control is there: a dropdown of 30 options with nothing chosen, checkboxes, a code box, examples, defaults', async (t) => {
  const page = await open(t);
  const os = page.getByLabel('Operating system:');
  assert.equal(await os.evaluate((s) => s.tagName), 'SELECT');
  assert.equal(await os.evaluate((s) => s.options.length), 31, '"Select one" and 30 systems');
  assert.equal(await os.inputValue(), '', 'a required dropdown starts with nothing chosen');
  assert.equal(await os.evaluate((s) => s.options[0].textContent), 'Select one');
  // Checkboxes under their question, which says it is one question (a fieldset and legend).
  for (const version of ['3.12', '3.13', '3.14, the beta']) {
    assert.equal(await page.getByRole('checkbox', { name: version }).isChecked(), false);
  }
  assert.equal(await page.getByRole('group', { name: 'Versions tested on:' }).count(), 1);
  // A code answer: a monospace box with its default, not spell-checked.
  const code = page.getByLabel('Code that shows it (optional)');
  assert.equal(await code.inputValue(), 'cargo run --release\n# ```then``` what happened');
  assert.equal(await code.getAttribute('spellcheck'), 'false');
  assert.match(await code.evaluate((e) => getComputedStyle(e).fontFamily), /mono/i);
  // Defaults: the number and the radio start answered.
  assert.equal(await page.getByLabel('CPU cores (optional)').inputValue(), '8');
  assert.equal(await page.getByLabel('Normal').isChecked(), true);
  // A placeholder is an example under the hint, described by it, never inside the box.
  const title = page.getByLabel('Title');
  assert.equal(await title.inputValue(), '');
  assert.equal(await title.getAttribute('placeholder'), null);
  const described = await title.getAttribute('aria-describedby');
  const example = await inWidget(page, (root, ids) => ids.split(' ').map((id) => root.getElementById(id)?.textContent).join(' | '), described);
  assert.equal(example, 'For example: Crash when saving a file with an emoji in its name');
  // The guidance's "##" heading sits directly under the section's h4, and is drawn no larger.
  const heading = await inWidget(page, (root) => {
    const h = [...root.querySelectorAll('.guidance h2')][0];
    const section = h.closest('.form-section').querySelector('.form-section-title');
    return { level: h.getAttribute('aria-level'), size: parseFloat(getComputedStyle(h).fontSize), sectionSize: parseFloat(getComputedStyle(section).fontSize) };
  });
  assert.equal(heading.level, '5');
  assert.ok(heading.size <= heading.sectionSize, JSON.stringify(heading));
  // The crash log is not asked until a crash is chosen.
  assert.equal(await page.getByLabel('Crash log').count(), 0);
});

test('placeholders are read as hint text with the contrast WCAG AA asks for, in light and dark', async (t) => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context, problems } = await openPage(env.browser, env.server.url(PAGE), { colorScheme });
    const ratios = await inWidget(page, (root) => {
      const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
      const lum = ([r, g, b]) => {
        const ch = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
      };
      const background = (el) => {
        for (let e = el; e; e = e.parentElement ?? e.getRootNode().host) {
          const c = getComputedStyle(e).backgroundColor;
          if (!/rgba\(.*, 0\)$/.test(c) && c !== 'transparent') return c;
        }
        return 'rgb(255, 255, 255)';
      };
      return [...root.querySelectorAll('.hint-example')].map((el) => {
        const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(background(el)))];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
    });
    assert.equal(ratios.length, 4, 'every placeholder is shown');
    for (const ratio of ratios) assert.ok(ratio >= 4.5, `${colorScheme}: contrast ${ratio.toFixed(2)}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the empty check lists each required question in its own words, and no hidden one', async (t) => {
  const page = await open(t);
  await page.getByRole('button', { name: 'Check your bug report' }).click();
  assert.deepEqual(await summaryLinks(page), [
    'Enter title',
    'Answer \u201cWhat kind of problem is it?\u201d',
    'Answer \u201cWhat did you expect?\u201d',
    'Select at least one version',
    'Select operating system:',
    'Confirm \u201cI have searched the existing issues\u201d',
  ]);
  // Each link takes focus to its question: the dropdown, the first box, the box to tick.
  const focused = () => inWidget(page, (root) => root.activeElement?.id ?? '');
  await page.locator('.error-summary').getByRole('link', { name: 'Select operating system:' }).click();
  assert.match(await focused(), /-q-os$/);
  await page.locator('.error-summary').getByRole('link', { name: 'Select at least one version' }).click();
  assert.match(await focused(), /-q-versions_o-v3-12$/);
  await page.locator('.error-summary').getByRole('link', { name: /I have searched/ }).click();
  assert.match(await focused(), /-q-checks_o-searched$/);
  const violations = await axe(page);
  assert.deepEqual(violations, [], report(violations));
});

test('a multi-select keeps to its limits and says so in GOV.UK\'s voice', async (t) => {
  const page = await open(t);
  await fillAll(page);
  await page.getByLabel('3.13').check();
  await page.getByLabel('3.14, the beta').check();
  await page.getByLabel('Chrome').check();
  await page.getByRole('button', { name: 'Check your bug report' }).click();
  assert.deepEqual(await summaryLinks(page), ['Select 2 versions or fewer', 'Select at least 2 browsers']);
  // The message at the question follows the ticks.
  await page.getByLabel('3.14, the beta').uncheck();
  await page.getByLabel('Safari').check();
  await page.getByRole('button', { name: 'Check your bug report' }).click();
  await page.getByText('Your bug report is ready').waitFor();
  const md = await markdown(page);
  assert.match(md, /^- \*\*Versions tested on::\*\* 3\.12, 3\.13$/m);
  assert.match(md, /^- \*\*Browsers:\*\* Chrome, Safari$/m);
  assert.match(md, /^- \*\*Operating system::\*\* FreeBSD$/m);
});

test('a question that depends on an answer appears with it, is checked, is left out when hidden, and its answer comes back', async (t) => {
  const page = await open(t);
  await fillAll(page);
  await page.getByLabel('A crash').check();
  const log = page.getByLabel('Crash log');
  await log.waitFor();
  // The option points at the question it shows, and assistive technology is told.
  const controls = await page.getByLabel('A crash').getAttribute('aria-controls');
  const box = await inWidget(page, (root, id) => root.getElementById(id)?.contains(root.querySelector('textarea.textarea-code')), controls);
  assert.equal(box, true, 'aria-controls names the crash log\'s box');
  await page.locator('[aria-live="polite"]').getByText('New question below: \u201cCrash log\u201d.').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Check your bug report' }).click();
  assert.deepEqual(await summaryLinks(page), ['Enter crash log']);
  await log.fill('Segmentation fault (core dumped)\n$ echo $?\n139');
  await page.getByRole('button', { name: 'Check your bug report' }).click();
  await page.getByText('Your bug report is ready').waitFor();
  assert.match(await markdown(page), /## Crash log\n\n```shell\nSegmentation fault \(core dumped\)\n\$ echo \$\?\n139\n```/);
  // Another answer hides it: not asked, not in the document.
  await page.getByLabel('A wrong result').check();
  await log.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Check your bug report' }).click();
  await page.getByText('Your bug report is ready').waitFor();
  assert.doesNotMatch(await markdown(page), /Crash log|Segmentation/);
  // The crash again: the answer is still there, and the question is named again (a new
  // message, which a screen reader reads even though its words are the same).
  const live = page.locator('[aria-live="polite"]').filter({ hasText: 'New question below' });
  await live.evaluate((region) => { region.querySelector('p').dataset.seen = 'yes'; });
  await page.getByLabel('A crash').check();
  await page.waitForFunction(() => {
    const region = [...document.querySelector('engagement-widget').shadowRoot.querySelectorAll('[aria-live="polite"]')]
      .find((r) => r.textContent.includes('New question below'));
    const said = region?.querySelector('p');
    return said && !said.dataset.seen && said.textContent === 'New question below: \u201cCrash log\u201d.';
  });
  assert.equal(await page.getByLabel('Crash log').inputValue(), 'Segmentation fault (core dumped)\n$ echo $?\n139');
  assert.match(await markdown(page), /## Crash log\n\n```shell\nSegmentation fault/);
});

test('a code answer with backticks in it is fenced by a longer fence and imports back exactly', async (t) => {
  const page = await open(t);
  await fillAll(page);
  const code = 'let s = "```";\n````\nnot *markdown* <b>at all</b>';
  await page.getByLabel('Code that shows it (optional)').fill(code);
  await page.getByRole('button', { name: 'Check your bug report' }).click();
  await page.getByText('Your bug report is ready').waitFor();
  const md = await markdown(page);
  assert.ok(md.includes(`## Code that shows it\n\n\`\`\`\`\`shell\n${code}\n\`\`\`\`\`\n`), md);
  // Shown as code in the preview.
  assert.equal(await page.locator('.preview pre[data-language="shell"]').last().textContent(), `${code}\n`);
  // Start over returns to the defaults; importing the document brings every answer back.
  await page.getByRole('button', { name: 'Start over' }).click();
  assert.equal(await page.getByLabel('Code that shows it (optional)').inputValue(), 'cargo run --release\n# ```then``` what happened');
  assert.equal(await page.getByLabel('CPU cores (optional)').inputValue(), '8');
  await page.getByText('Import a bug report').click();
  await page.getByLabel('Paste a bug report').fill(md);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText('Imported the bug report into the form.').waitFor();
  assert.equal(await page.getByLabel('Code that shows it (optional)').inputValue(), code);
  assert.equal(await page.getByLabel('Operating system:').inputValue(), 'freebsd');
  assert.equal(await markdown(page), md);
});

test('the whole bug report can be written with the keyboard alone', async (t) => {
  const page = await open(t);
  const focused = () =>
    inWidget(page, (root) => {
      const el = root.activeElement;
      if (!el) return null;
      const label = el.labels?.[0]?.textContent ?? el.textContent;
      return { tag: el.tagName, type: el.type ?? '', label: label.trim(), value: el.value ?? '', checked: el.checked ?? false };
    });
  // Into the form: Tab from the page until the first question has focus.
  await page.locator('body').focus();
  for (let n = 0; n < 40; n += 1) {
    await page.keyboard.press('Tab');
    if ((await focused())?.label === 'Title') break;
  }
  const answers = {
    Title: 'Crash on save',
    'What did you expect?': 'A saved file.',
    'Steps to reproduce (optional)': 'Open\nSave',
  };
  for (let n = 0; n < 80; n += 1) {
    const el = await focused();
    assert.ok(el, 'focus stays in the widget');
    if (el.tag === 'BUTTON' && /^Check your/.test(el.label)) break;
    if (el.tag === 'INPUT' && el.type === 'text' && answers[el.label]) await page.keyboard.type(answers[el.label]);
    if (el.tag === 'TEXTAREA' && answers[el.label]) await page.keyboard.type(answers[el.label]);
    // Radios: the arrow keys choose; "A crash" is first, "A wrong result" next.
    if (el.tag === 'INPUT' && el.type === 'radio' && el.label === 'A crash') await page.keyboard.press('ArrowDown');
    if (el.tag === 'SELECT') {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
    }
    if (el.tag === 'INPUT' && el.type === 'checkbox' && ['3.12', 'I have searched the existing issues'].includes(el.label)) {
      await page.keyboard.press('Space');
    }
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.getByText('Your bug report is ready').waitFor();
  const md = await markdown(page);
  assert.match(md, /^# \\\[Bug\]: Crash on save$/m);
  assert.match(md, /^- \*\*What kind of problem is it\?:\*\* A wrong result$/m);
  assert.match(md, /^- \*\*Operating system::\*\* /m);
  assert.match(md, /^- \*\*Checks:\*\* I have searched the existing issues$/m);
});

test('axe-core finds no WCAG 2.2 A/AA violation fresh, with errors, with a question revealed and complete', async (t) => {
  const page = await open(t);
  const clean = async (state) => {
    const violations = await axe(page);
    assert.deepEqual(violations, [], `${state}: ${report(violations)}`);
  };
  await clean('fresh');
  await page.getByLabel('A crash').check();
  await page.getByLabel('Chrome').check();
  await page.getByLabel('Other').check();
  await page.getByRole('button', { name: 'Check your bug report' }).click();
  await page.locator('.error-summary').waitFor();
  await clean('errors');
  await fillAll(page);
  await page.getByLabel('A crash').check();
  await page.getByLabel('Crash log').fill('trace');
  await page.getByLabel('Firefox').check();
  await page.getByLabel('Name the other browser').fill('Arc');
  await page.getByRole('button', { name: 'Check your bug report' }).click();
  await page.getByText('Your bug report is ready').waitFor();
  assert.match(await markdown(page), /^- \*\*Browsers:\*\* Chrome, Firefox, Arc$/m);
  await clean('complete');
});
