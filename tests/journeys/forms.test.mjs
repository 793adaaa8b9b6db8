// The forms teams already run (README, "A form of your own"), in the engine ENGINE names: a bug
// report that uses every key a GitHub issue form has and more: a multi-select with limits, a
// dropdown of 30 options, placeholders shown as examples, defaults, a code answer with backticks
// in it, labels that end with a colon, and a question that appears only for one answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useEngine } from './driver.mjs';
import { axe, paste } from './steps.mjs';

const env = useEngine();
const PAGE = '/fixtures/bug-report.html';
const report = (violations) => JSON.stringify(violations, null, 2);
const CHECK = { button: 'Check your bug report' };
const READY = (h) => h.has({ css: '.result-banner', text: 'Your bug report is ready' });

async function open() {
  const page = await env.engine.open(env.server.url(PAGE), { wait: false });
  await page.until((h, check) => h.has(check), CHECK);
  return page;
}

/** Chooses the option showing `text` in the dropdown `spec` names, as picking it in the
 * browser's list does (the list itself is the browser's, outside the page). */
const choose = (page, spec, text) =>
  page.run(
    (h, spec, text) => {
      const select = h.find(spec);
      const option = [...select.options].find((o) => o.textContent.trim() === text);
      if (!option) throw new Error(`no option ${text}`);
      select.value = option.value;
      select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    },
    spec,
    text
  );

/** Answers every question on show, as a visitor would. */
async function fillAll(page) {
  await page.fill({ label: 'Title' }, 'Crash when saving');
  await page.check({ label: 'A wrong result' });
  await page.fill({ label: 'What did you expect?' }, 'The file saved.');
  await page.check({ label: '3.12' });
  await choose(page, { label: 'Operating system:' }, 'FreeBSD');
  await page.check({ label: 'I have searched the existing issues' });
}

async function summaryLinks(page) {
  await page.until((h) => h.has({ css: '.error-summary-title', text: 'There is a problem' }));
  return page.run((h) => h.all({ css: '.error-summary a' }).map((a) => h.norm(a.textContent)));
}

const uncheck = async (page, spec) => {
  if (await page.run((h, spec) => h.find(spec).checked, spec)) await page.click(spec);
};

test('every new control is there: a dropdown of 30 options with nothing chosen, checkboxes, a code box, examples, defaults', async () => {
  const page = await open();
  const seen = await page.run((h) => {
    const os = h.find({ label: 'Operating system:' });
    const code = h.find({ label: 'Code that shows it (optional)' });
    const title = h.find({ label: 'Title' });
    const guidance = h.all({ css: '.guidance h2' })[0];
    const section = guidance.closest('.form-section').querySelector('.form-section-title');
    return {
      os: [os.tagName, os.options.length, os.value, os.options[0].textContent],
      versions: ['3.12', '3.13', '3.14, the beta'].map((label) => h.value({ label })),
      group: h.all({ css: 'fieldset' }).some((f) => h.norm(f.querySelector('legend')?.textContent) === 'Versions tested on:'),
      code: [code.value, code.getAttribute('spellcheck'), /mono/i.test(getComputedStyle(code).fontFamily)],
      defaults: [h.value({ label: 'CPU cores (optional)' }), h.value({ label: 'Normal' })],
      title: [title.value, title.getAttribute('placeholder')],
      example: title
        .getAttribute('aria-describedby')
        .split(' ')
        .map((id) => h.root().getElementById(id)?.textContent)
        .join(' | '),
      heading: [guidance.getAttribute('aria-level'), parseFloat(getComputedStyle(guidance).fontSize) <= parseFloat(getComputedStyle(section).fontSize)],
      crashLog: h.all({ label: 'Crash log' }).length,
    };
  });
  assert.deepEqual(seen, {
    // A required dropdown starts with nothing chosen: "Select one" and 30 systems.
    os: ['SELECT', 31, '', 'Select one'],
    versions: [false, false, false],
    // Checkboxes under their question, which says it is one question (a fieldset and legend).
    group: true,
    // A code answer: a monospace box with its default, not spell-checked.
    code: ['cargo run --release\n# ```then``` what happened', 'false', true],
    // Defaults: the number and the radio start answered.
    defaults: ['8', true],
    // A placeholder is an example under the hint, described by it, never inside the box.
    title: ['', null],
    example: 'For example: Crash when saving a file with an emoji in its name',
    // The guidance's "##" heading sits directly under the section's h4, drawn no larger.
    heading: ['5', true],
    // The crash log is not asked until a crash is chosen.
    crashLog: 0,
  });
  await page.close();
});

test('placeholders are read as hint text with the contrast WCAG AA asks for, light and dark', async () => {
  for (const theme of ['light', 'dark']) {
    const page = await open();
    await page.run((h, theme) => h.widget().setAttribute('theme', theme), theme);
    await page.until((h, theme) => (getComputedStyle(h.find({ css: '.ew' })).backgroundColor === 'rgb(22, 24, 28)') === (theme === 'dark'), theme);
    const ratios = await page.run((h) => {
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
      return h.all({ css: '.hint-example' }).map((el) => {
        const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(background(el)))];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
    });
    assert.equal(ratios.length, 4, 'every placeholder is shown');
    for (const ratio of ratios) assert.ok(ratio >= 4.5, `${theme}: contrast ${ratio.toFixed(2)}`);
    await page.close();
  }
});

test('the empty check lists each required question in its own words, and no hidden one', async () => {
  const page = await open();
  await page.click(CHECK);
  assert.deepEqual(await summaryLinks(page), [
    'Enter title',
    'Answer \u201cWhat kind of problem is it?\u201d',
    'Answer \u201cWhat did you expect?\u201d',
    'Select at least one version',
    'Select operating system:',
    'Confirm \u201cI have searched the existing issues\u201d',
  ]);
  // Each link takes focus to its question: the dropdown, the first box, the box to tick.
  const focused = () => page.run((h) => h.root().activeElement?.id ?? '');
  await page.click({ css: '.error-summary a', text: 'Select operating system:' });
  assert.match(await focused(), /-q-os$/);
  await page.click({ css: '.error-summary a', text: 'Select at least one version' });
  assert.match(await focused(), /-q-versions_o-v3-12$/);
  await page.click({ css: '.error-summary a', text: 'I have searched' });
  assert.match(await focused(), /-q-checks_o-searched$/);
  const violations = await axe(page);
  assert.deepEqual(violations, [], report(violations));
  await page.close();
});

test("a multi-select keeps to its limits and says so in GOV.UK's voice", async () => {
  const page = await open();
  await fillAll(page);
  await page.check({ label: '3.13' });
  await page.check({ label: '3.14, the beta' });
  await page.check({ label: 'Chrome' });
  await page.click(CHECK);
  assert.deepEqual(await summaryLinks(page), ['Select 2 versions or fewer', 'Select at least 2 browsers']);
  // The message at the question follows the ticks.
  await uncheck(page, { label: '3.14, the beta' });
  await page.check({ label: 'Safari' });
  await page.click(CHECK);
  await page.until(READY);
  const md = await page.run((h) => h.markdown());
  assert.match(md, /^- \*\*Versions tested on::\*\* 3\.12, 3\.13$/m);
  assert.match(md, /^- \*\*Browsers:\*\* Chrome, Safari$/m);
  assert.match(md, /^- \*\*Operating system::\*\* FreeBSD$/m);
  await page.close();
});

test('a question that depends on an answer appears with it, is checked, is left out when hidden, and its answer comes back', async () => {
  const page = await open();
  await fillAll(page);
  await page.check({ label: 'A crash' });
  await page.until((h) => h.has({ label: 'Crash log' }));
  // The option points at the question it shows, and assistive technology is told.
  const pointed = await page.run((h) => {
    const id = h.find({ label: 'A crash' }).getAttribute('aria-controls');
    return h.root().getElementById(id)?.contains(h.find({ label: 'Crash log' }));
  });
  assert.equal(pointed, true, "aria-controls names the crash log's box");
  const said = (h) => h.all({ css: '[aria-live="polite"]' }).find((r) => r.textContent.includes('New question below'))?.querySelector('p');
  await page.until(
    (h, said) => (0, eval)(`(${said})`)(h)?.textContent === 'New question below: \u201cCrash log\u201d.',
    said.toString()
  );
  await page.click(CHECK);
  assert.deepEqual(await summaryLinks(page), ['Enter crash log']);
  await page.fill({ label: 'Crash log' }, 'Segmentation fault (core dumped)\n$ echo $?\n139');
  await page.click(CHECK);
  await page.until(READY);
  assert.match(await page.run((h) => h.markdown()), /## Crash log\n\n```shell\nSegmentation fault \(core dumped\)\n\$ echo \$\?\n139\n```/);
  // Another answer hides it: not asked, not in the document.
  await page.check({ label: 'A wrong result' });
  await page.until((h) => !h.has({ label: 'Crash log' }));
  await page.click(CHECK);
  await page.until(READY);
  assert.doesNotMatch(await page.run((h) => h.markdown()), /Crash log|Segmentation/);
  // The crash again: the answer is still there, and the question is named again (a new
  // message, which a screen reader reads even though its words are the same).
  await page.run((h, said) => {
    (0, eval)(`(${said})`)(h).dataset.seen = 'yes';
  }, said.toString());
  await page.check({ label: 'A crash' });
  await page.until(
    (h, said) => {
      const p = (0, eval)(`(${said})`)(h);
      return p && !p.dataset.seen && p.textContent === 'New question below: \u201cCrash log\u201d.';
    },
    said.toString()
  );
  assert.equal(await page.run((h) => h.value({ label: 'Crash log' })), 'Segmentation fault (core dumped)\n$ echo $?\n139');
  assert.match(await page.until((h) => h.markdown()), /## Crash log\n\n```shell\nSegmentation fault/);
  await page.close();
});

test('a code answer with backticks in it is fenced by a longer fence and imports back exactly', async () => {
  const page = await open();
  await fillAll(page);
  const code = 'let s = "```";\n````\nnot *markdown* <b>at all</b>';
  await page.fill({ label: 'Code that shows it (optional)' }, code);
  await page.click(CHECK);
  await page.until(READY);
  const md = await page.run((h) => h.markdown());
  assert.ok(md.includes(`## Code that shows it\n\n\`\`\`\`\`shell\n${code}\n\`\`\`\`\`\n`), md);
  // Shown as code in the preview.
  assert.equal(await page.run((h) => h.all({ css: '.preview pre[data-language="shell"]' }).at(-1).textContent), `${code}\n`);
  // Start over returns to the defaults; importing the document brings every answer back.
  await page.click({ button: 'Start over' });
  await page.until((h) => h.value({ label: 'Code that shows it (optional)' }) === 'cargo run --release\n# ```then``` what happened');
  assert.equal(await page.run((h) => h.value({ label: 'CPU cores (optional)' })), '8');
  await page.click({ text: 'Import a bug report' });
  await paste(page, { label: 'Paste a bug report' }, md);
  await page.click({ button: 'Import' });
  await page.until((h) => h.status().includes('Imported the bug report into the form.'));
  assert.equal(await page.run((h) => h.value({ label: 'Code that shows it (optional)' })), code);
  assert.equal(await page.run((h) => h.value({ label: 'Operating system:' })), 'freebsd');
  assert.equal(await page.until((h) => h.markdown()), md);
  await page.close();
});

test('the whole bug report can be written with the keyboard alone', async () => {
  const page = await open();
  const focused = () =>
    page.run((h) => {
      const el = h.widget().shadowRoot.activeElement;
      if (!el) return null;
      const label = el.labels?.[0]?.textContent ?? el.textContent;
      return { tag: el.tagName, type: el.type ?? '', label: label.trim() };
    });
  // Into the form: Tab from the top of the page until the first question has focus.
  await page.run(() => document.activeElement?.blur());
  for (let n = 0; n < 40; n += 1) {
    await page.press('Tab');
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
    if ((el.tag === 'TEXTAREA' || (el.tag === 'INPUT' && el.type === 'text')) && answers[el.label]) {
      const [first, ...rest] = answers[el.label].split('\n');
      await page.type(first);
      for (const line of rest) {
        await page.press('Enter');
        await page.type(line);
      }
    }
    // Radios: the arrow keys choose; "A crash" is first, "A wrong result" next.
    if (el.tag === 'INPUT' && el.type === 'radio' && el.label === 'A crash') await page.press('ArrowDown');
    if (el.tag === 'SELECT') {
      await page.press('ArrowDown');
      await page.press('ArrowDown');
    }
    if (el.tag === 'INPUT' && el.type === 'checkbox' && ['3.12', 'I have searched the existing issues'].includes(el.label)) {
      await page.press('Space');
    }
    await page.press('Tab');
  }
  await page.press('Enter');
  await page.until(READY);
  const md = await page.run((h) => h.markdown());
  assert.match(md, /^# \\\[Bug\]: Crash on save$/m);
  assert.match(md, /^- \*\*What kind of problem is it\?:\*\* A wrong result$/m);
  assert.match(md, /^- \*\*Operating system::\*\* /m);
  assert.match(md, /^- \*\*Checks:\*\* I have searched the existing issues$/m);
  await page.close();
});

test('axe-core finds no WCAG 2.2 A/AA violation fresh, with errors, with a question revealed and complete', async () => {
  const page = await open();
  const clean = async (state) => {
    const violations = await axe(page);
    assert.deepEqual(violations, [], `${state}: ${report(violations)}`);
  };
  await clean('fresh');
  await page.check({ label: 'A crash' });
  await page.check({ label: 'Chrome' });
  await page.check({ label: 'Other' });
  await page.click(CHECK);
  await page.until((h) => h.has({ css: '.error-summary' }));
  await clean('errors');
  await fillAll(page);
  await page.check({ label: 'A crash' });
  await page.fill({ label: 'Crash log' }, 'trace');
  await page.check({ label: 'Firefox' });
  await page.fill({ label: 'Name the other browser' }, 'Arc');
  await page.click(CHECK);
  await page.until(READY);
  assert.match(await page.run((h) => h.markdown()), /^- \*\*Browsers:\*\* Chrome, Firefox, Arc$/m);
  await clean('complete');
  await page.close();
});
