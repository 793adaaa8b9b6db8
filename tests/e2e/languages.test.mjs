// Every word in the host's language (README, "Languages"), in Chromium: a German page gets no
// English word anywhere in the widget through a whole journey, and a plural object without a
// form the language uses warns once. The English words looked for are the catalogue's own
// (lib/english.mjs). (Welsh plurals, an Arabic page right to left and a page that changes its
// language run in every engine: tests/journeys/languages.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useBrowser, openPage, axe, futureDate, recordLinksAndEvents, status, root } from './harness.mjs';
import { ENGLISH, FRAGMENTS, englishIn, widgetText } from '../../lib/english.mjs';

const env = useBrowser();
const report = (violations) => JSON.stringify(violations, null, 2);
const CLIPBOARD = ['clipboard-read', 'clipboard-write'];

async function noEnglish(page, when) {
  const found = englishIn(await page.evaluate(`(${widgetText})(document.querySelector('engagement-widget').shadowRoot)`));
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

