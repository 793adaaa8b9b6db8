// Getting the one-pager out, in the engine ENGINE names: Copy for email, Copy Markdown,
// Download .md and Open in email, each confirmed in the live region, and what each engine lets
// a test see of the result: the clipboard (read in the page in Chromium and Firefox; the
// display's clipboard for WebKit), the downloaded file, the mail link the widget opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useEngine, futureDate, downloaded, ENGINE } from './driver.mjs';
import { fillComplete, recordLinksAndEvents } from './steps.mjs';

const env = useEngine();

/** The clipboard's plain text (lib/engines.mjs reads it as the page wrote it, in every engine). */
const plain = (page) => page.clipboard('text/plain');

test('Copy for email and Copy Markdown put the one-pager on the clipboard and say so', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await recordLinksAndEvents(page);
  await fillComplete(page);
  const md = await page.run((h) => h.markdown());

  await page.click({ button: 'Copy Markdown' });
  await page.until((h) => h.status() === 'Markdown copied to the clipboard.');
  assert.equal(await plain(page), md, 'the Markdown, byte for byte');

  await page.click({ button: 'Copy for email' });
  await page.until((h) => h.status() === 'Formatted one-pager copied to the clipboard.');
  const html = await page.clipboard('text/html');
  // (WebKit's clipboard sanitiser writes the HTML out again, with inline styles.)
  assert.match(html, /<h1 dir="auto"[^>]*>One-pager: Payments Platform<\/h1>/);
  assert.match(html, /<h2 dir="auto"[^>]*>Problem<\/h2>/);
  assert.doesNotMatch(html, /<script|onerror|javascript:/i);
  assert.equal(await plain(page), md, 'and the Markdown as plain text');
  const copied = await page.run(() => globalThis.__events.filter((e) => e.type === 'engagement-copied').map((e) => e.detail.format));
  assert.deepEqual(copied, ['markdown', 'html']);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('Download .md saves the Markdown under a name made of team and date', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await recordLinksAndEvents(page);
  await fillComplete(page);
  const md = await page.run((h) => h.markdown());
  const name = `one-pager-payments-platform-${futureDate()}.md`;
  await page.click({ button: 'Download .md' });
  await page.until((h, name) => h.status().startsWith(`Downloading ${name}`), name);
  const [link] = await page.run(() => globalThis.__links);
  assert.equal(link.download, name);
  assert.match(link.href, /^blob:/);
  assert.equal(await downloaded(env.engine.downloads, name), md, 'the file holds the Markdown');
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('Open in email opens a mailto: link to the configured address with the one-pager', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await recordLinksAndEvents(page);
  await fillComplete(page);
  const md = await page.run((h) => h.markdown());
  await page.click({ button: 'Open in email' });
  await page.until((h) => /Opening your email app/.test(h.status()));
  const [{ href }] = await page.run(() => globalThis.__links);
  const url = new URL(href);
  assert.equal(url.protocol, 'mailto:');
  assert.equal(url.pathname, 'devex@corp.example');
  const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
  assert.equal(params.get('subject'), 'Engagement one-pager: Payments Platform');
  assert.equal(params.get('body'), md.replace(/\n/g, '\r\n'));
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('the actions check the form first: an incomplete one-pager shows the error summary', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await recordLinksAndEvents(page);
  for (const name of ['Copy for email', 'Copy Markdown', 'Download .md', 'Open in email']) {
    await page.click({ button: name });
    await page.until((h) => h.has({ css: '.error-summary-title', text: 'There is a problem' }));
  }
  assert.deepEqual(await page.run(() => globalThis.__links), []);
  assert.doesNotMatch(await page.run((h) => h.status()), /copied|Downloading|Opening/i);
  await page.close();
});
