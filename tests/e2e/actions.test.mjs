// Getting the one-pager out: copy (plain and for email), download, open in email, and the
// fallbacks when the clipboard is missing (plain http) or refused. Never "Copied" after a
// failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrowser, launch, openPage, fillComplete, markdown, status, recordLinksAndEvents, futureDate } from './harness.mjs';

const env = useBrowser();

const CLIPBOARD = ['clipboard-read', 'clipboard-write'];

/** Everything on the clipboard: each item's types and their text. */
const readClipboard = (page) =>
  page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    const out = [];
    for (const item of items) {
      const entry = {};
      for (const type of item.types) entry[type] = await (await item.getType(type)).text();
      out.push(entry);
    }
    return out;
  });

test('Copy for email comes first, as the main action, and a hint tells the two copies apart', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'));
  const names = await page.locator('.output .actions button').allTextContents();
  assert.deepEqual(names, ['Copy for email', 'Copy Markdown', 'Download .md', 'Open in email', 'Print one-pager']);
  const classes = await page.locator('.output .actions button').evaluateAll((b) => b.map((x) => x.className));
  assert.equal(classes[0], 'button', 'only the first is the primary button');
  assert.ok(classes.slice(1).every((c) => c.includes('button-secondary')));
  await page.getByText('Copy for email keeps the headings, lists and links when you paste into an email.').waitFor();
  await page.getByText('Copy Markdown copies the Generated Markdown as it is', { exact: false }).waitFor();
  await context.close();
});

test('Copy Markdown puts exactly the Generated Markdown on the clipboard, as text/plain only', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url('/'), {
    permissions: CLIPBOARD,
    init: recordLinksAndEvents,
  });
  await fillComplete(page);
  await page.getByLabel('Problem', { exact: true }).fill('Line one\nline two: <b>not html</b> & “quotes” 🚀\n\n- a list');
  await page.getByRole('button', { name: 'Copy Markdown' }).click();
  await page.getByText('Markdown copied to the clipboard.').waitFor();
  const items = await readClipboard(page);
  assert.equal(items.length, 1);
  assert.deepEqual(Object.keys(items[0]), ['text/plain']);
  assert.equal(items[0]['text/plain'], await markdown(page), 'byte for byte');
  const events = await page.evaluate(() => globalThis.__events.map((e) => [e.type, e.detail.format]));
  assert.deepEqual(events.filter(([t]) => t === 'engagement-copied'), [['engagement-copied', 'markdown']]);
  // Once the answers change, "copied" no longer holds, and no longer shows.
  await page.getByLabel('Team name').fill('Payments');
  assert.equal(await page.getByText('Markdown copied to the clipboard.').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Copy for email puts formatted HTML and the Markdown on the clipboard', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'), { permissions: CLIPBOARD });
  await fillComplete(page);
  await page.getByRole('button', { name: 'Copy for email' }).click();
  await page.getByText('Formatted one-pager copied to the clipboard.').waitFor();
  const [item] = await readClipboard(page);
  assert.ok(item['text/html'], 'text/html present');
  // Plain headings (dir="auto" lets a mail client set right-to-left text the right way).
  assert.match(item['text/html'], /<h1 dir="auto">One-pager: Payments Platform<\/h1>/);
  assert.match(item['text/html'], /<h2 dir="auto">Problem<\/h2>/);
  assert.doesNotMatch(item['text/html'], /<script|onerror|javascript:/i);
  // What a reader sees, not what only a screen reader needs: no hidden "Ticked:" text, no ARIA.
  assert.match(item['text/html'].replace(/<[^>]+>/g, ''), /☑ We understand/);
  assert.doesNotMatch(item['text/html'], /Ticked|visually-hidden|aria-/);
  assert.equal(item['text/plain'], await markdown(page));
  await context.close();
});

test('actions check the form first: an incomplete one-pager shows the error summary instead', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'), { permissions: CLIPBOARD, init: recordLinksAndEvents });
  await page.evaluate(() => navigator.clipboard.writeText('untouched'));
  for (const name of ['Copy Markdown', 'Copy for email', 'Download .md', 'Open in email']) {
    await page.getByRole('button', { name }).click();
    await page.getByText('There is a problem').waitFor();
  }
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'untouched');
  assert.deepEqual(await page.evaluate(() => globalThis.__mailto), []);
  assert.doesNotMatch(await status(page), /copied|Downloading|Opening/i);
  await context.close();
});

test('Download .md saves the Markdown under a name made of team and date', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'));
  await fillComplete(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .md' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `one-pager-payments-platform-${futureDate()}.md`);
  assert.equal(await readFile(await download.path(), 'utf8'), await markdown(page));
  assert.match(await status(page), /Downloading one-pager-payments-platform/);
  // Letters beyond ASCII are lower-cased too.
  await page.getByLabel('Team name').fill('Équipe Données');
  const [accented] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .md' }).click(),
  ]);
  assert.equal(accented.suggestedFilename(), `one-pager-équipe-données-${futureDate()}.md`);
  assert.match(await status(page), /Downloading one-pager-équipe-données/);
  await context.close();
});

test('Open in email builds an RFC 6068 mailto: link to the configured address', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'), { init: recordLinksAndEvents });
  await fillComplete(page);
  await page.getByRole('button', { name: 'Open in email' }).click();
  const [href] = await page.evaluate(() => globalThis.__mailto);
  const url = new URL(href);
  assert.equal(url.protocol, 'mailto:');
  assert.equal(url.pathname, 'devex@corp.example');
  const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
  assert.equal(params.get('subject'), 'Engagement one-pager: Payments Platform');
  const md = await markdown(page);
  assert.equal(params.get('body'), md.replace(/\n/g, '\r\n'));
  assert.match(href, /%0D%0A/);
  assert.doesNotMatch(href.slice(7), /[ \n<>"]/);
  assert.match(await status(page), /Opening your email app/);
  await context.close();
});

test('a one-pager too long for a mail link is copied and the mail opens with the subject only', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'), {
    permissions: CLIPBOARD,
    init: recordLinksAndEvents,
  });
  await fillComplete(page);
  await page.getByLabel('Problem', { exact: true }).fill(Array(200).fill('word').join(' '));
  await page.getByRole('button', { name: 'Open in email' }).click();
  await page.getByText(/too long for an email link, so it was copied/).waitFor();
  const [href] = await page.evaluate(() => globalThis.__mailto);
  assert.equal(href, 'mailto:devex@corp.example?subject=Engagement%20one-pager%3A%20Payments%20Platform');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await markdown(page));
  await context.close();
});

/** In the page: a clipboard that refuses everything; the text-area fallback (execCommand)
 * copies or not as asked; the formats of engagement-copied events in `__events`. */
function refuseClipboard(fallbackCopies) {
  Object.defineProperty(navigator, 'clipboard', {
    value: {
      writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
      write: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    },
  });
  document.execCommand = () => fallbackCopies;
  globalThis.__events = [];
  document.addEventListener('engagement-copied', (e) => globalThis.__events.push(e.detail.format));
}

test('when the clipboard refuses and the fallback fails too, the text is selected and nobody says "Copied"', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'), { init: [refuseClipboard, false] });
  await fillComplete(page);
  for (const name of ['Copy Markdown', 'Copy for email']) {
    await page.getByRole('button', { name }).click();
    await page.getByText(/Could not copy automatically.*press Ctrl\+C/).waitFor();
    const message = await status(page);
    assert.doesNotMatch(message, /copied to the clipboard/i, message);
    const selection = await page.getByLabel('Generated Markdown').evaluate((el) => ({
      focused: el.getRootNode().activeElement === el,
      all: el.selectionStart === 0 && el.selectionEnd === el.value.length,
    }));
    assert.deepEqual(selection, { focused: true, all: true });
  }
  await context.close();
});

test('when only plain text can be copied, the host hears "markdown" and focus stays on the button', async () => {
  // The text area fallback copies (execCommand succeeds).
  const { page, context } = await openPage(env.browser, env.server.url('/'), { init: [refuseClipboard, true] });
  await fillComplete(page);
  const button = page.getByRole('button', { name: 'Copy for email' });
  await button.click();
  await page.getByText('Copied as plain Markdown only: this browser would not copy formatted text.').waitFor();
  assert.deepEqual(await page.evaluate(() => globalThis.__events), ['markdown']);
  assert.equal(await button.evaluate((el) => el.getRootNode().activeElement === el), true, 'focus is back on the button');
  await context.close();
});

test('on a plain-http page, where there is no navigator.clipboard, the fallback copies, or says it could not', async () => {
  // A host name that maps to loopback but is not "potentially trustworthy": an insecure context.
  const plain = await launch([`--host-resolver-rules=MAP intranet.test 127.0.0.1`]);
  try {
    const url = `http://intranet.test:${env.server.port}/`;
    // What really is on the clipboard, read from a secure page in the same browser.
    const reader = await plain.newContext();
    await reader.grantPermissions(CLIPBOARD);
    const readerPage = await reader.newPage();
    await readerPage.goto(env.server.url('/fixtures/blank.html'));
    const clipboard = () => readerPage.evaluate(() => navigator.clipboard.readText());
    const copyOn = async (init) => {
      await readerPage.evaluate(() => navigator.clipboard.writeText('what was there before'));
      const { page, context } = await openPage(plain, url, { init });
      assert.equal(await page.evaluate(() => window.isSecureContext), false);
      assert.equal(await page.evaluate(() => 'clipboard' in navigator), false);
      await fillComplete(page);
      await page.getByRole('button', { name: 'Copy Markdown' }).click();
      await page.getByText(/copied to the clipboard|Could not copy/).waitFor();
      return { page, context, message: await status(page), copied: await clipboard() };
    };

    // The text area fallback (execCommand) copies in this browser: the Markdown is there.
    const works = await copyOn();
    assert.match(works.message, /copied to the clipboard/);
    assert.equal(works.copied, await markdown(works.page), 'the fallback really copied');
    await works.context.close();

    // Where it fails too, the widget says so, selects the text for Ctrl+C, and copies nothing.
    const fails = await copyOn(() => {
      document.execCommand = () => false;
    });
    assert.match(fails.message, /Could not copy automatically.*press Ctrl\+C/);
    assert.doesNotMatch(fails.message, /copied to the clipboard/);
    assert.equal(fails.copied, 'what was there before');
    const selection = await fails.page.getByLabel('Generated Markdown').evaluate((el) => ({
      focused: el.getRootNode().activeElement === el,
      all: el.selectionStart === 0 && el.selectionEnd === el.value.length,
    }));
    assert.deepEqual(selection, { focused: true, all: true });
    await fails.context.close();
    await reader.close();
  } finally {
    await plain.close();
  }
});
