// On a plain-http page, where there is no navigator.clipboard, the copy falls back to the text
// area and says so when that fails too. Chromium only: it alone lets a test map a host name that
// is not "potentially trustworthy" to this machine. (Every other way of getting the one-pager
// out runs in every engine: tests/journeys/output.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, launch, openPage, fillComplete, markdown, status } from './harness.mjs';

const env = useBrowser();

const CLIPBOARD = ['clipboard-read', 'clipboard-write'];

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
