// Every word in the host's language (README, "Languages"), in the engine ENGINE names: a German
// page gets no English word anywhere in the widget through a whole journey; a Welsh page's own
// strings take the plural form of each count (the engine's Intl.PluralRules picks it), and a
// plural object without a form the language uses warns once; an Arabic page runs right to
// left; a page that changes its language is followed. The English words looked for are the
// catalogue's own (lib/english.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useEngine, initScript, futureDate, downloaded, ENGINE } from './driver.mjs';
import { axe, saidIn, paste, recordLinksAndEvents } from './steps.mjs';
import { root } from '../../lib/server.mjs';
import { ENGLISH, FRAGMENTS, englishIn } from '../../lib/english.mjs';

const env = useEngine();
const words = (n, word) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

/** Opens a fixture page and waits for its form; the host's words are all taken. */
async function open(path) {
  const page = await env.engine.open(env.server.url(path), { wait: false });
  await page.until((h) => h.has({ css: '.form button[type=submit]' }));
  assert.equal(await page.run((h) => h.has({ css: '.notice-warning' })), false, 'no configuration problem');
  return page;
}

test('a Welsh page with its own strings shows the plural form of each count: 0, 1, 2, 3, 6 and 11', async () => {
  const page = await open('/fixtures/cy.html');
  assert.equal(await page.run((h) => h.find({ css: '.app' }).lang), 'cy');
  const need = { label: 'Beth sydd ei angen arnoch?' };
  // The limit, said to screen readers: 12 is "other" in Welsh.
  const hidden = await page.run((h, need) => {
    const ids = h.find(need).getAttribute('aria-describedby').split(' ');
    return ids.map((id) => h.root().getElementById(id).textContent).join(' | ');
  }, need);
  assert.match(hidden, /disgrifiad other 12/);
  // The counter under it, as the visitor types: words left, then words over.
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
    await paste(page, need, words(typed, 'gair'));
    await page.until((h, said) => h.text({ css: '.count' }) === said, said);
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
    await page.fill({ label: 'Cathod (optional)' }, String(n));
    const line = `- **Cathod:** ${n} ${unit}\n`;
    await page.until((h, line) => h.markdown().includes(line), line);
  }
  await page.close();
});

test('an Arabic page runs right to left: the error summary and the counters sit on the right', async () => {
  const page = await open('/fixtures/ar.html');
  assert.deepEqual(await page.run((h) => [h.find({ css: '.app' }).lang, h.find({ css: '.app' }).dir]), ['ar', 'rtl']);
  assert.deepEqual(await axe(page), [], 'fresh');
  await page.click({ button: 'تحقق من طلب' });
  await page.until((h) => h.has({ css: '.error-summary-title', text: 'هناك مشكلة' }));
  assert.deepEqual(await axe(page), [], 'with errors');
  await page.fill({ label: 'ماذا تحتاج؟' }, words(10, 'كلمة'));
  await page.until((h) => h.text({ css: '.count' }) === 'بقيت لديك كلمتان');
  // Where the text of the summary's title and of the counter is drawn, in its box.
  const placed = await page.run((h) => {
    const root = h.root();
    const text = (node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect();
    };
    const box = root.querySelector('.error-summary').getBoundingClientRect();
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
  const all = JSON.stringify(placed);
  assert.ok(placed.title[1] > middle(placed.box) && placed.title[0] > middle(placed.box), `the summary's title is on the right: ${all}`);
  assert.ok(placed.box[1] - placed.title[1] < 60, `and starts at its right edge: ${all}`);
  assert.ok(placed.count[0] > middle(placed.field), `the counter is on the right: ${all}`);
  assert.ok(Math.abs(placed.field[1] - placed.count[1]) < 4, `under the box's right edge: ${all}`);
  assert.deepEqual(placed.errorBorder, ['0px', '5px'], 'the error bar is on the right');
  // The document is the same Markdown, whatever the direction.
  assert.match(
    await page.run((h) => h.value({ label: 'Markdown المُنشأ' })),
    /^# طلب: _لم يُقدَّم بعد_\n\n- \*\*اسم الفريق:\*\* _لم يُقدَّم بعد_\n\n## ماذا تحتاج؟\n\nكلمة0 /
  );
  await mkdir(join(root, 'target', 'screenshots'), { recursive: true });
  await page.run((h) => h.find({ css: '.error-summary' }).scrollIntoView({ block: 'start' }));
  await page.screenshot(join(root, 'target', 'screenshots', `arabic-rtl-${ENGINE}.png`));
  await page.close();
});

test('a page that changes its language is followed, the answers kept', async () => {
  const page = await open('/fixtures/clean.html');
  await page.fill({ label: 'Team name' }, 'Payments');
  await page.run(() => document.documentElement.setAttribute('lang', 'de-AT'));
  await page.until((h) => h.has({ button: 'One-Pager prüfen' }));
  assert.equal(await page.run((h) => h.find({ css: '.app' }).lang), 'de-AT');
  assert.equal(await page.run((h) => h.value({ label: 'Teamname' })), 'Payments');
  assert.deepEqual(englishIn(await saidIn(page)), [], 'no English once the page turned German');
  // The element's own lang wins over the page's.
  await page.run((h) => h.widget().setAttribute('lang', 'en'));
  await page.until((h) => h.has({ button: 'Check your one-pager' }));
  assert.equal(await page.run((h) => h.value({ label: 'Team name' })), 'Payments');
  await page.close();
});

const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

async function noEnglish(page, when) {
  assert.deepEqual(englishIn(await saidIn(page)), [], `English in the German widget (${when})`);
}

test('a German page shows no English word through a whole journey, and its document imports back', async () => {
  assert.ok(ENGLISH.size > 300, `${ENGLISH.size} English words looked for`);
  assert.ok(FRAGMENTS.length > 150, `${FRAGMENTS.length} English phrases looked for`);
  for (const word of ['the', 'your', 'enter', 'copy', 'draft', 'saved', 'words']) assert.ok(ENGLISH.has(word), word);
  const page = await open('/fixtures/de.html');
  await recordLinksAndEvents(page);
  assert.deepEqual(await page.run((h) => [h.find({ css: '.app' }).lang, h.find({ css: '.app' }).dir]), ['de', 'ltr']);
  await page.until((h) => h.has({ css: 'h2', text: 'Zusammenarbeit mit Zahlungsverkehr' }));
  await noEnglish(page, 'fresh');
  assert.deepEqual(await axe(page), [], 'fresh');

  // The empty check.
  await page.click({ button: 'One-Pager prüfen' });
  await page.until((h) => h.has({ css: '.error-summary-title', text: 'Es gibt ein Problem' }));
  const links = await page.run((h) => h.all({ css: '.error-summary a' }).map((a) => h.norm(a.textContent)));
  assert.equal(links[0], 'Geben Sie den Teamnamen ein');
  assert.ok(links.includes('Bestätigen Sie, dass Ihr Team der Erwartung „Der Aux-Engineer übernimmt nicht die schwere Arbeit“ zustimmt'), links.join('\n'));
  await noEnglish(page, 'with errors');
  assert.deepEqual(await axe(page), [], 'with errors');

  // Filled in, in German.
  await page.fill({ label: 'Teamname' }, 'Zahlungsverkehr');
  await page.fill({ label: 'Ansprechperson' }, 'Ada Lovelace');
  await page.fill({ label: 'Kontakt-E-Mail' }, 'ada@zahlung.example');
  await page.fill({ label: 'Problem' }, 'Auslieferungen dauern einen Tag und scheitern oft.');
  await page.fill({ label: 'Lösungsvorschlag' }, 'Mit einem Aux-Engineer an der Pipeline arbeiten.');
  await page.fill({ label: 'Engagement-Ziel' }, 'Auslieferung in unter einer Stunde.');
  await page.fill({ label: 'Verbreitungsziel' }, 'Jedes Team betreut seine Pipeline.');
  await page.fill({ label: 'Erfolgskriterien' }, 'Durchlaufzeit unter einer Stunde');
  await page.typeDate({ label: 'Vorgeschlagenes Startdatum' }, futureDate());
  await page.fill({ label: 'Dauer in Wochen' }, '1');
  await page.check({ label: 'Wöchentlich (empfohlen)' });
  const boxes = await page.run((h) => h.all({ css: 'input[type=checkbox]' }).length);
  for (let i = 0; i < boxes; i++) await page.check({ css: 'input[type=checkbox]', nth: i });
  await page.click({ button: 'One-Pager prüfen' });
  await page.until((h) => h.root().textContent.includes('Ihr Dokument ist fertig'));
  const document = await page.run((h) => h.value({ label: 'Erzeugtes Markdown' }));
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
  await page.click({ button: 'Für E-Mail kopieren' });
  await page.until((h) => h.root().textContent.includes('One-Pager formatiert in die Zwischenablage kopiert.'));
  await page.click({ button: 'In E-Mail öffnen' });
  const [{ href }] = await page.until(() => globalThis.__links.length && globalThis.__links);
  const mail = new URL(href);
  assert.equal(decodeURIComponent(mail.searchParams.get('subject') ?? ''), 'Engagement-One-Pager: Zahlungsverkehr');
  assert.equal(decodeURIComponent(mail.searchParams.get('body') ?? '').replaceAll('\r\n', '\n'), document);
  assert.match(await page.run((h) => h.status()), /^Ihr E-Mail-Programm wird geöffnet/);
  const handoff = await page.run((h) => h.find({ css: '[aria-label="Als neues Issue in GitHub öffnen, auf github.com"]' }).title);
  assert.equal(handoff, 'Öffnet github.com in einem neuen Tab');
  await page.click({ button: 'Handout als Markdown kopieren' });
  await page.until((h) => h.root().textContent.includes('Erwartungen und Pitch wurden als Markdown kopiert.'));
  await page.click({ text: 'Handout als Markdown anzeigen' });
  assert.match(await page.run((h) => h.value({ label: 'Das Handout als Markdown' })), /^# Zusammenarbeit mit Zahlungsverkehr\n\n## Eine gemeinsame Grundlage schaffen\n/);
  // Downloads, named in German.
  const name = `one-pager-zahlungsverkehr-${futureDate()}.md`;
  await page.click({ button: '.md herunterladen' });
  await page.until((h, name) => h.status() === `${name} wird heruntergeladen.`, name);
  assert.equal(await downloaded(env.engine.downloads, name), document);
  await page.click({ button: 'Handout herunterladen' });
  await downloaded(env.engine.downloads, 'engagement-leitfaden-zahlungsverkehr.md');
  await noEnglish(page, 'after copying, mailing, the downloads and the handout');

  // A document too long for a mail link goes on the clipboard, said in German.
  const long = Array.from({ length: 240 }, (_, i) => `Wort${i}`).join(' ');
  await paste(page, { label: 'Problem' }, long);
  await paste(page, { label: 'Lösungsvorschlag' }, long);
  await page.click({ button: 'In E-Mail öffnen' });
  await page.until((h) =>
    h.root().textContent.includes('Das Dokument ist für einen E-Mail-Link zu lang und wurde deshalb kopiert: Fügen Sie es in die E-Mail ein, die sich gerade öffnet.')
  );
  const longDocument = await page.run((h) => h.value({ label: 'Erzeugtes Markdown' }));
  await noEnglish(page, 'after a long document went on the clipboard');

  // Start over, then the document imports back exactly.
  await page.click({ button: 'Neu beginnen' });
  await page.until((h) => h.root().textContent.includes('Alles, was Sie eingegeben hatten, wurde gelöscht.'));
  await noEnglish(page, 'after Start over');
  await page.click({ text: 'One-Pager importieren' });
  await paste(page, { label: 'One-Pager einfügen' }, longDocument);
  await page.click({ button: 'Importieren' });
  await page.until((h) => h.status().includes('Ins Formular importiert: One-Pager.'));
  assert.equal(await page.run((h) => h.value({ label: 'Erzeugtes Markdown' })), longDocument);
  await noEnglish(page, 'after the import');
  await page.close();
});

test('a plural object without a form the language uses reads "other" for it and warns once in the console', async () => {
  const html = (await readFile(join(root, 'tests/fixtures/cy.html'), 'utf8')).replace(
    /"wordsOverLimit": \{[\s\S]*?"other": "gormod other %\{count\}"\s*\}/,
    '"wordsOverLimit": { "one": "gormod un %{count}", "other": "gormod %{count}" }'
  );
  assert.ok(html.includes('"gormod un %{count}"'), 'the fixture changed as meant');
  initScript(() => {
    globalThis.__warnings = [];
    const warn = console.warn;
    console.warn = (...args) => {
      globalThis.__warnings.push(args.join(' '));
      warn(...args);
    };
  });
  const page = await env.engine.open(env.server.page('/fixtures/cy-missing-forms.html', html), { wait: false });
  await page.until((h) => h.has({ css: '.form button[type=submit]' }));
  const need = { label: 'Beth sydd ei angen arnoch?' };
  await paste(page, need, words(14, 'gair'));
  await page.until((h) => h.text({ css: '.count' }) === 'gormod 2');
  await paste(page, need, words(13, 'gair'));
  await page.until((h) => h.text({ css: '.count' }) === 'gormod un 1');
  // Said again on a change of attribute: still once.
  await page.run((h) => h.widget().setAttribute('team-name', 'Tîm Arall'));
  await page.until((h) => h.has({ css: 'h2', text: 'Working with Tîm Arall' }));
  const warnings = (await page.run(() => globalThis.__warnings)).filter((w) => w.includes('wordsOverLimit'));
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /has no zero, two, few, many form/);
  await page.close();
});
