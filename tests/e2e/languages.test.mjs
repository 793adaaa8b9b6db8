// Every word in the host's language (README, "Languages"): a German page gets no English word
// anywhere in the widget through a whole journey; a Welsh page's own strings take the plural
// form of each count; an Arabic page runs right to left; a page that changes its language is
// followed. The English words looked for are the catalogue's own (the README's table, which a
// native test holds to it), less those German shares (loanwords such as "Team" or "Markdown").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useBrowser, openPage, axe, markdown, futureDate, recordLinksAndEvents, status, root } from './harness.mjs';

const env = useBrowser();
const report = (violations) => JSON.stringify(violations, null, 2);
const CLIPBOARD = ['clipboard-read', 'clipboard-write'];

const readme = await readFile(join(root, 'README.md'), 'utf8');
const german = JSON.parse(await readFile(join(root, 'crates/engagement-core/src/strings/de.json'), 'utf8'));
const words = (text) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
const allText = (value) =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(allText) : [];

/** English words the catalogue writes that German does not use: any of them in a German widget
 * is an untranslated string. */
const ENGLISH = (() => {
  const table = readme.slice(readme.indexOf('<!-- strings -->'), readme.indexOf('<!-- /strings -->'));
  const english = new Set();
  for (const row of table.split('\n').filter((l) => l.startsWith('| `'))) {
    const text = row.split(' | ')[1].replace(/%\{\w+\}/g, ' ');
    for (const word of words(text)) if (word.length > 1) english.add(word);
  }
  for (const word of allText(german).flatMap((t) => words(t.replace(/%\{\w+\}/g, ' ')))) english.delete(word);
  // Names the widget writes in any language, and "br" from the table's line breaks.
  for (const word of ['auxeng', 'github', 'gitlab', 'chrome', 'edge', 'firefox', 'safari', 'br']) english.delete(word);
  return english;
})();

/** Everything the widget says: its text (hidden text and live regions included), accessible
 * names, titles and the text boxes it fills (the Generated Markdown, the handout). */
async function widgetText(page) {
  return page.locator('engagement-widget').evaluate((el) => {
    const root = el.shadowRoot;
    const parts = [root.textContent];
    for (const node of root.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        if (node.hasAttribute(name)) parts.push(node.getAttribute(name));
      }
      if (node.localName === 'textarea' && node.readOnly) parts.push(node.value);
    }
    return parts.join('\n');
  });
}

/** Every run of three words or more between the placeholders of an English string: one of
 * them in the German widget is that string, untranslated, whatever words German shares. */
const FRAGMENTS = (() => {
  const table = readme.slice(readme.indexOf('<!-- strings -->'), readme.indexOf('<!-- /strings -->'));
  const fragments = new Set();
  for (const row of table.split('\n').filter((l) => l.startsWith('| `'))) {
    for (const form of row.split(' | ')[1].split('<br>')) {
      for (const piece of form.replace(/^(one|other): /, '').split(/%\{\w+\}/)) {
        const fragment = piece.trim();
        if (fragment.split(/\s+/).length >= 3) fragments.add(fragment);
      }
    }
  }
  return [...fragments];
})();

function englishIn(text) {
  const found = [...new Set(words(text))].filter((w) => ENGLISH.has(w));
  return [...found, ...FRAGMENTS.filter((fragment) => text.includes(fragment))];
}

async function noEnglish(page, when) {
  const found = englishIn(await widgetText(page));
  assert.deepEqual(found, [], `English in the German widget (${when})`);
}

async function open(t, path, options = {}) {
  const opened = await openPage(env.browser, env.server.url(path), { waitFor: false, ...options });
  t.after(async () => {
    assert.deepEqual(opened.problems, [], 'no page or console error');
    await opened.context.close();
  });
  await opened.page.locator('engagement-widget .form button[type=submit]').waitFor();
  // The host's words are all taken: no configuration problem.
  assert.equal(await opened.page.locator('engagement-widget .notice-warning').count(), 0, 'no configuration problem');
  return opened.page;
}

const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

test('a German page shows no English word through a whole journey, and its document imports back', async (t) => {
  assert.ok(ENGLISH.size > 300, `${ENGLISH.size} English words looked for`);
  assert.ok(FRAGMENTS.length > 150, `${FRAGMENTS.length} English phrases looked for`);
  for (const word of ['the', 'your', 'enter', 'copy', 'draft', 'saved', 'words']) {
    assert.ok(ENGLISH.has(word), word);
  }
  const page = await open(t, '/fixtures/de.html', { permissions: CLIPBOARD, init: recordLinksAndEvents, acceptDownloads: true });
  const widget = page.locator('engagement-widget');
  assert.equal(await widget.locator('.app').getAttribute('lang'), 'de');
  assert.equal(await widget.locator('.app').getAttribute('dir'), 'ltr');
  await widget.getByRole('heading', { name: 'Zusammenarbeit mit Zahlungsverkehr' }).waitFor();
  await noEnglish(page, 'fresh');
  assert.deepEqual(await axe(page), [], 'fresh');

  // The empty check.
  await page.getByRole('button', { name: 'One-Pager prüfen' }).click();
  await widget.locator('.error-summary').getByText('Es gibt ein Problem').waitFor();
  const links = await widget.locator('.error-summary').getByRole('link').allTextContents();
  assert.equal(links[0], 'Geben Sie den Teamnamen ein');
  assert.ok(links.includes('Bestätigen Sie, dass Ihr Team der Erwartung „Der Aux-Engineer übernimmt nicht die schwere Arbeit“ zustimmt'), links.join('\n'));
  await noEnglish(page, 'with errors');
  assert.deepEqual(await axe(page), [], 'with errors');

  // Filled in, in German.
  await page.getByLabel('Teamname').fill('Zahlungsverkehr');
  await page.getByLabel('Ansprechperson').fill('Ada Lovelace');
  await page.getByLabel('Kontakt-E-Mail').fill('ada@zahlung.example');
  await page.getByLabel('Problem', { exact: true }).fill('Auslieferungen dauern einen Tag und scheitern oft.');
  await page.getByLabel('Lösungsvorschlag').fill('Mit einem Aux-Engineer an der Pipeline arbeiten.');
  await page.getByLabel('Engagement-Ziel').fill('Auslieferung in unter einer Stunde.');
  await page.getByLabel('Verbreitungsziel').fill('Jedes Team betreut seine Pipeline.');
  await page.getByLabel('Erfolgskriterien').fill('Durchlaufzeit unter einer Stunde');
  await page.getByLabel('Vorgeschlagenes Startdatum').fill(futureDate());
  await page.getByLabel('Dauer in Wochen').fill('1');
  await page.getByLabel('Wöchentlich (empfohlen)').check();
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await page.getByRole('button', { name: 'One-Pager prüfen' }).click();
  await widget.getByText('Ihr Dokument ist fertig').waitFor();
  const document = await page.getByLabel('Erzeugtes Markdown').inputValue();
  const [y, m, d] = futureDate().split('-').map(Number);
  for (const line of [
    '# One-Pager: Zahlungsverkehr\n',
    `- **Vorgeschlagenes Startdatum:** ${d}. ${MONATE[m - 1]} ${y}\n`,
    '- **Dauer:** 1 Woche\n',
    '- **Retro-Rhythmus:** Wöchentlich\n',
    '- [x] Wir verstehen, dass der Aux-Engineer nicht die schwere Arbeit für uns übernimmt\n',
  ]) {
    assert.ok(document.includes(line), `${line} in\n${document}`);
  }
  assert.deepEqual(englishIn(document), [], 'the document');
  await noEnglish(page, 'complete');
  assert.deepEqual(await axe(page), [], 'complete');

  // Copy, the mail link, the hand-off and the handout, each said in German.
  await page.getByRole('button', { name: 'Für E-Mail kopieren', exact: true }).click();
  await widget.getByText('One-Pager formatiert in die Zwischenablage kopiert.').waitFor();
  await page.getByRole('button', { name: 'In E-Mail öffnen' }).click();
  const [href] = await page.evaluate(() => globalThis.__mailto);
  const mail = new URL(href);
  const subject = decodeURIComponent(mail.searchParams.get('subject') ?? '');
  assert.equal(subject, 'Engagement-One-Pager: Zahlungsverkehr');
  assert.equal(decodeURIComponent(mail.searchParams.get('body') ?? '').replaceAll('\r\n', '\n'), document);
  assert.match(await status(page), /^Ihr E-Mail-Programm wird geöffnet/);
  const handoff = widget.getByRole('link', { name: 'Als neues Issue in GitHub öffnen, auf github.com' });
  assert.equal(await handoff.getAttribute('title'), 'Öffnet github.com in einem neuen Tab');
  await page.getByRole('button', { name: 'Handout als Markdown kopieren' }).click();
  await widget.getByText('Erwartungen und Pitch wurden als Markdown kopiert.').waitFor();
  await widget.getByText('Handout als Markdown anzeigen').click();
  assert.match(await page.getByLabel('Das Handout als Markdown').inputValue(), /^# Zusammenarbeit mit Zahlungsverkehr\n\n## Eine gemeinsame Grundlage schaffen\n/);
  // Downloads, named in German.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '.md herunterladen' }).click()]);
  assert.equal(download.suggestedFilename(), `one-pager-zahlungsverkehr-${futureDate()}.md`);
  assert.equal(await status(page), `one-pager-zahlungsverkehr-${futureDate()}.md wird heruntergeladen.`);
  const [handout] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Handout herunterladen' }).click()]);
  assert.equal(handout.suggestedFilename(), 'engagement-leitfaden-zahlungsverkehr.md');
  await noEnglish(page, 'after copying, mailing, the downloads and the handout');

  // A document too long for a mail link goes on the clipboard, said in German.
  const long = Array.from({ length: 240 }, (_, i) => `Wort${i}`).join(' ');
  await page.getByLabel('Problem', { exact: true }).fill(long);
  await page.getByLabel('Lösungsvorschlag').fill(long);
  await page.getByRole('button', { name: 'In E-Mail öffnen' }).click();
  await widget.getByText('Das Dokument ist für einen E-Mail-Link zu lang und wurde deshalb kopiert: Fügen Sie es in die E-Mail ein, die sich gerade öffnet.').waitFor();
  const longDocument = await page.getByLabel('Erzeugtes Markdown').inputValue();
  await noEnglish(page, 'after a long document went on the clipboard');

  // Start over, then the document imports back exactly.
  await page.getByRole('button', { name: 'Neu beginnen' }).click();
  await widget.getByText('Alles, was Sie eingegeben hatten, wurde gelöscht.').waitFor();
  await noEnglish(page, 'after Start over');
  await widget.getByText('One-Pager importieren').click();
  await page.getByLabel('One-Pager einfügen').fill(longDocument);
  await page.getByRole('button', { name: 'Importieren', exact: true }).click();
  await widget.locator('.status').getByText('Ins Formular importiert: One-Pager.').waitFor();
  assert.equal(await page.getByLabel('Erzeugtes Markdown').inputValue(), longDocument);
  await noEnglish(page, 'after the import');
});

test('a Welsh page with its own strings shows the plural form of each count: 0, 1, 2, 3, 6 and 11', async (t) => {
  const page = await open(t, '/fixtures/cy.html');
  const widget = page.locator('engagement-widget');
  assert.equal(await widget.locator('.app').getAttribute('lang'), 'cy');
  const need = page.getByLabel('Beth sydd ei angen arnoch?');
  // The limit, said to screen readers: 12 is "other" in Welsh.
  const described = await need.getAttribute('aria-describedby');
  const hidden = await widget.evaluate((el, ids) => ids.split(' ').map((id) => el.shadowRoot.getElementById(id).textContent).join(' | '), described);
  assert.match(hidden, /disgrifiad other 12/);
  // The counter under it: words left, then words over.
  const counter = widget.locator('.count');
  for (const [typed, said] of [
    [9, 'ar ôl few 3'],
    [10, 'ar ôl two 2'],
    [11, 'ar ôl one 1'],
    [13, 'gormod one 1'],
    [14, 'gormod two 2'],
    [15, 'gormod few 3'],
    [18, 'gormod many 6'],
    [23, 'gormod other 11'],
  ]) {
    await need.fill(Array.from({ length: typed }, (_, i) => `gair${i}`).join(' '));
    assert.equal((await counter.textContent()).trim(), said, `${typed} words`);
  }
  // A number's unit in the document, for 0 as for the rest.
  for (const [n, unit] of [
    [0, 'cath (zero)'],
    [1, 'gath (one)'],
    [2, 'gath (two)'],
    [3, 'cath (few)'],
    [6, 'chath (many)'],
    [11, 'cath (other)'],
  ]) {
    await page.getByLabel('Cathod (optional)').fill(String(n));
    const document = await markdown(page);
    assert.ok(document.includes(`- **Cathod:** ${n} ${unit}\n`), `${n}: ${document}`);
  }
});

test('a plural object without a form the language uses reads "other" for it and warns once in the console', async (t) => {
  const html = (await readFile(join(root, 'tests/e2e/fixtures/cy.html'), 'utf8')).replace(
    /"wordsOverLimit": \{[\s\S]*?"other": "gormod other %\{count\}"\s*\}/,
    '"wordsOverLimit": { "one": "gormod un %{count}", "other": "gormod %{count}" }'
  );
  const { page, context, problems } = await openPage(env.browser, env.server.url('/fixtures/cy.html'), {
    waitFor: false,
    init: () => {
      globalThis.__warnings = [];
      const warn = console.warn;
      console.warn = (...args) => {
        globalThis.__warnings.push(args.join(' '));
        warn(...args);
      };
    },
  });
  t.after(() => context.close());
  await page.route('**/fixtures/cy.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.reload();
  await page.locator('engagement-widget .form button[type=submit]').waitFor();
  const need = page.getByLabel('Beth sydd ei angen arnoch?');
  await need.fill(Array.from({ length: 14 }, (_, i) => `gair${i}`).join(' '));
  assert.equal((await page.locator('engagement-widget .count').textContent()).trim(), 'gormod 2', '"two" reads "other"');
  await need.fill(Array.from({ length: 13 }, (_, i) => `gair${i}`).join(' '));
  assert.equal((await page.locator('engagement-widget .count').textContent()).trim(), 'gormod un 1');
  // Said again on a change of attribute: still once.
  await page.locator('engagement-widget').evaluate((el) => el.setAttribute('team-name', 'Tîm Arall'));
  await page.locator('engagement-widget').getByRole('heading', { name: 'Working with Tîm Arall' }).waitFor();
  const warnings = (await page.evaluate(() => globalThis.__warnings)).filter((w) => w.includes('wordsOverLimit'));
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /has no zero, two, few, many form/);
  assert.deepEqual(problems, []);
});

test('an Arabic page runs right to left: the error summary and the counters sit on the right', async (t) => {
  const page = await open(t, '/fixtures/ar.html');
  const widget = page.locator('engagement-widget');
  const app = widget.locator('.app');
  assert.equal(await app.getAttribute('lang'), 'ar');
  assert.equal(await app.getAttribute('dir'), 'rtl');
  assert.deepEqual(await axe(page), [], 'fresh');
  await page.getByRole('button', { name: 'تحقق من طلب' }).click();
  await widget.locator('.error-summary').getByText('هناك مشكلة').waitFor();
  assert.deepEqual(await axe(page), [], 'with errors');
  await page.getByLabel('ماذا تحتاج؟').fill(Array.from({ length: 10 }, (_, i) => `كلمة${i}`).join(' '));
  await widget.locator('.count').waitFor();
  // Where the text of the summary's title and of the counter is drawn, in its box.
  const placed = await widget.evaluate((el) => {
    const root = el.shadowRoot;
    const text = (node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect();
    };
    const summary = root.querySelector('.error-summary');
    const box = summary.getBoundingClientRect();
    const title = text(root.querySelector('.error-summary-title'));
    const field = root.querySelector('.count').closest('.field').querySelector('textarea').getBoundingClientRect();
    const count = text(root.querySelector('.count'));
    const style = getComputedStyle(root.querySelector('.field-error'));
    return {
      box: [box.left, box.right],
      title: [title.left, title.right],
      field: [field.left, field.right],
      count: [count.left, count.right],
      errorBorder: [style.borderLeftWidth, style.borderRightWidth],
    };
  });
  const middle = ([l, r]) => (l + r) / 2;
  assert.ok(placed.title[1] > middle(placed.box) && placed.title[0] > middle(placed.box), `the summary's title is on the right: ${JSON.stringify(placed)}`);
  assert.ok(placed.box[1] - placed.title[1] < 60, `and starts at its right edge: ${JSON.stringify(placed)}`);
  assert.ok(placed.count[0] > middle(placed.field), `the counter is on the right: ${JSON.stringify(placed)}`);
  assert.ok(Math.abs(placed.field[1] - placed.count[1]) < 4, `under the box's right edge: ${JSON.stringify(placed)}`);
  assert.deepEqual(placed.errorBorder, ['0px', '5px'], 'the error bar is on the right');
  assert.equal((await widget.locator('.count').textContent()).trim(), 'بقيت لديك كلمتان');
  // The document is the same Markdown, whatever the direction.
  assert.match(await page.getByLabel('Markdown المُنشأ').inputValue(), /^# طلب: _لم يُقدَّم بعد_\n\n- \*\*اسم الفريق:\*\* _لم يُقدَّم بعد_\n\n## ماذا تحتاج؟\n\nكلمة0 /);
  await mkdir(join(root, 'target', 'screenshots'), { recursive: true });
  await widget.screenshot({ path: join(root, 'target', 'screenshots', 'arabic-rtl.png') });
});

test('a page that changes its language is followed, the answers kept', async (t) => {
  const page = await open(t, '/fixtures/clean.html');
  await page.getByLabel('Team name').fill('Payments');
  await page.evaluate(() => document.documentElement.setAttribute('lang', 'de-AT'));
  const widget = page.locator('engagement-widget');
  await widget.getByRole('button', { name: 'One-Pager prüfen' }).waitFor();
  assert.equal(await widget.locator('.app').getAttribute('lang'), 'de-AT');
  assert.equal(await page.getByLabel('Teamname').inputValue(), 'Payments');
  await noEnglish(page, 'after the page turned German');
  // The element's own lang wins over the page's.
  await widget.evaluate((el) => el.setAttribute('lang', 'en'));
  await widget.getByRole('button', { name: 'Check your one-pager' }).waitFor();
  assert.equal(await page.getByLabel('Team name').inputValue(), 'Payments');
});
