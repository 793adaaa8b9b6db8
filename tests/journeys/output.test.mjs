// Getting the one-pager out, in the engine ENGINE names: Copy for email, Copy Markdown,
// Download .md and Open in email, each confirmed in the live region, and what each engine lets
// a test see of the result: the clipboard (read in the page in Chromium and Firefox; the
// display's clipboard for WebKit), the downloaded file, the mail link the widget opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useEngine, futureDate, downloaded, initScript, PLAIN_HOST } from './driver.mjs';
import { fillComplete, recordLinksAndEvents, paste } from './steps.mjs';

const env = useEngine();

/** The clipboard's plain text (lib/engines.mjs reads it as the page wrote it, in every engine). */
const plain = (page) => page.clipboard('text/plain');

test('Copy for email comes first, as the main action, and a hint tells the two copies apart', async () => {
  const page = await env.engine.open(env.server.url('/'));
  const buttons = await page.run((h) => h.all({ css: '.output .actions button' }).map((b) => [h.norm(b.textContent), b.className]));
  assert.deepEqual(buttons.map(([name]) => name), ['Copy for email', 'Copy Markdown', 'Download .md', 'Open in email', 'Print one-pager']);
  assert.equal(buttons[0][1], 'button', 'only the first is the primary button');
  assert.ok(buttons.slice(1).every(([, c]) => c.includes('button-secondary')));
  const said = await page.run((h) => h.root().textContent);
  assert.ok(said.includes('Copy for email keeps the headings, lists and links when you paste into an email.'));
  assert.ok(said.includes('Copy Markdown copies the Generated Markdown as it is'));
  await page.close();
});

test('Copy for email and Copy Markdown put the one-pager on the clipboard and say so', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await recordLinksAndEvents(page);
  await fillComplete(page);
  const md = await page.run((h) => h.markdown());

  await page.click({ button: 'Copy Markdown' });
  await page.until((h) => h.status() === 'Markdown copied to the clipboard.');
  assert.equal(await plain(page), md, 'the Markdown, byte for byte');
  assert.deepEqual(await page.clipboardTypes(), ['text/plain'], 'as plain text only');

  await page.click({ button: 'Copy for email' });
  await page.until((h) => h.status() === 'Formatted one-pager copied to the clipboard.');
  const html = await page.clipboard('text/html');
  // (WebKit's clipboard sanitiser writes the HTML out again, with inline styles.)
  assert.match(html, /<h1 dir="auto"[^>]*>One-pager: Payments Platform<\/h1>/);
  assert.match(html, /<h2 dir="auto"[^>]*>Problem<\/h2>/);
  assert.doesNotMatch(html, /<script|onerror|javascript:/i);
  // What a reader sees, not what only a screen reader needs: no hidden "Ticked:" text, no ARIA.
  // (WebKit's sanitiser writes a space after an emoji as a no-break space.)
  assert.match(html.replace(/<[^>]+>/g, '').replace(/&nbsp;|\u00a0/g, ' '), /☑ We understand/);
  assert.doesNotMatch(html, /Ticked|visually-hidden|aria-/);
  assert.equal(await plain(page), md, 'and the Markdown as plain text');
  const copied = await page.run(() => globalThis.__events.filter((e) => e.type === 'engagement-copied').map((e) => e.detail.format));
  assert.deepEqual(copied, ['markdown', 'html']);
  // Once the answers change, "copied" no longer holds, and no longer shows.
  await page.fill({ label: 'Team name' }, 'Payments');
  assert.doesNotMatch(await page.run((h) => h.root().textContent), /copied to the clipboard/);
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
  // Letters beyond ASCII are lower-cased too.
  await page.fill({ label: 'Team name' }, 'Équipe Données');
  const accented = `one-pager-équipe-données-${futureDate()}.md`;
  await page.click({ button: 'Download .md' });
  await page.until((h, name) => h.status().startsWith(`Downloading ${name}`), accented);
  assert.equal(await downloaded(env.engine.downloads, accented), await page.run((h) => h.markdown()));
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

test('a one-pager too long for a mail link is copied and the mail opens with the subject only', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await recordLinksAndEvents(page);
  await fillComplete(page);
  await paste(page, { label: 'Problem' }, Array(200).fill('word').join(' '));
  await page.click({ button: 'Open in email' });
  await page.until((h) => /too long for an email link, so it was copied/.test(h.status()));
  const [{ href }] = await page.run(() => globalThis.__links);
  assert.equal(href, 'mailto:devex@corp.example?subject=Engagement%20one-pager%3A%20Payments%20Platform');
  assert.equal(await plain(page), await page.run((h) => h.markdown()));
  await page.close();
});

/** In the page: a clipboard that refuses everything; the text-area fallback (execCommand)
 * copies or not as asked; the formats of engagement-copied events in `__copied`. */
function refuseClipboard(fallbackCopies) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
      write: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    },
  });
  document.execCommand = () => fallbackCopies;
  globalThis.__copied = [];
  document.addEventListener('engagement-copied', (e) => globalThis.__copied.push(e.detail.format));
}

test('when the clipboard refuses and the fallback fails too, the text is selected and nobody says "Copied"', async () => {
  initScript(refuseClipboard, false);
  const page = await env.engine.open(env.server.url('/'));
  await fillComplete(page);
  for (const name of ['Copy Markdown', 'Copy for email']) {
    await page.click({ button: name });
    await page.until((h) => /Could not copy automatically.*press Ctrl\+C/.test(h.status()));
    assert.doesNotMatch(await page.run((h) => h.status()), /copied to the clipboard/i);
    const selection = await page.run((h) => {
      const el = h.find({ label: 'Generated Markdown' });
      return { focused: el.getRootNode().activeElement === el, all: el.selectionStart === 0 && el.selectionEnd === el.value.length };
    });
    assert.deepEqual(selection, { focused: true, all: true }, name);
    await page.click({ label: 'Team name' });
  }
  assert.deepEqual(await page.run(() => globalThis.__copied), [], 'the host hears of no copy');
  await page.close();
});

test('when only plain text can be copied, the host hears "markdown" and focus stays on the button', async () => {
  // The text area fallback copies (execCommand succeeds).
  initScript(refuseClipboard, true);
  const page = await env.engine.open(env.server.url('/'));
  await fillComplete(page);
  await page.click({ button: 'Copy for email' });
  await page.until((h) => h.status() === 'Copied as plain Markdown only: this browser would not copy formatted text.');
  assert.deepEqual(await page.run(() => globalThis.__copied), ['markdown']);
  assert.equal(await page.run((h) => h.norm(h.root().activeElement?.textContent)), 'Copy for email', 'focus is back on the button');
  await page.close();
});

test('on a plain-http page, where there is no navigator.clipboard, the fallback copies, or says it could not', async () => {
  // A host name that reaches this machine but is not "potentially trustworthy": no secure context.
  const url = env.server.url('/').replace('127.0.0.1', PLAIN_HOST);
  // What really is on the clipboard, read and set from a secure page in the same engine.
  const reader = await env.engine.open(env.server.url('/fixtures/blank.html'), { wait: false });
  const copyOn = async () => {
    await reader.setClipboard('what was there before');
    const page = await env.engine.open(url);
    assert.deepEqual(await page.run(() => [isSecureContext, 'clipboard' in navigator]), [false, false], 'an insecure context');
    await fillComplete(page);
    await page.click({ button: 'Copy Markdown' });
    await page.until((h) => /copied to the clipboard|Could not copy/.test(h.status()));
    return page;
  };

  // The text area's copy command copies in this engine: the Markdown is on the clipboard.
  const works = await copyOn();
  assert.match(await works.run((h) => h.status()), /copied to the clipboard/);
  assert.equal(await reader.clipboard(), await works.run((h) => h.markdown()), 'the fallback really copied');
  await works.close();

  // Where it fails too, the widget says so, selects the text for Ctrl+C, and copies nothing.
  initScript(() => {
    document.execCommand = () => false;
  });
  const fails = await copyOn();
  const message = await fails.run((h) => h.status());
  assert.match(message, /Could not copy automatically.*press Ctrl\+C/);
  assert.doesNotMatch(message, /copied to the clipboard/);
  assert.equal(await reader.clipboard(), 'what was there before');
  const selection = await fails.run((h) => {
    const el = h.find({ label: 'Generated Markdown' });
    return { focused: el.getRootNode().activeElement === el, all: el.selectionStart === 0 && el.selectionEnd === el.value.length };
  });
  assert.deepEqual(selection, { focused: true, all: true });
  await fails.close();
  await reader.close();
});
