// The Chromium-only tests' harness: the test server of lib/ and Debian's Chromium through
// playwright-core, for what only Chromium's driver offers (print media and PDFs, colour
// schemes, host mapping). Nothing is downloaded: the browser is /usr/bin/chromium.
import { before, after, beforeEach, afterEach } from 'node:test';
import { serve } from '../../lib/server.mjs';
import { Problems } from '../../lib/problems.mjs';
import { AXE_SOURCE, WCAG_TAGS, violationsIn } from '../../lib/axe.mjs';
import { launchChromium } from '../../lib/chromium.mjs';

export { fillByLabel as fillComplete } from '../../lib/one-pager.mjs';
export { hostServer, HASHED, dist } from '../../lib/server.mjs';

/**
 * For a test file: serves dist/ (with `serveOptions`) and launches Chromium before its tests,
 * and closes both after them. Use `env.server` and `env.browser` inside tests.
 */
export function useBrowser(serveOptions) {
  const env = {};
  before(async () => {
    env.server = await serve(serveOptions);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

// Every page of every browser this harness launches is watched: a page error, a console error
// or an unhandled rejection in any of them fails the test that was running, unless the test
// said it expects it (`expectProblems`). Each test starts with an empty record.
let record = new Problems();

/** In a test: these problems are expected (each a RegExp); each must be seen at least once. */
export function expectProblems(...patterns) {
  record.expect(...patterns);
}

beforeEach(() => {
  record = new Problems();
});

afterEach(() => record.check());

/** Records `page`'s problems into `list` and into the running test's record. */
function watchPage(page, list = []) {
  const note = (problem) => {
    list.push(problem);
    record.seen.push(problem);
  };
  // Playwright reports uncaught errors and unhandled rejections as page errors.
  page.on('pageerror', (error) => note(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') note(`console error: ${message.text()}`);
  });
  return list;
}

/** Pages of every context of `browser` are watched, however the test makes them. */
function watchBrowser(browser) {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.on('page', (page) => watchPage(page, problemsOf(page)));
    return context;
  };
  return browser;
}

const lists = new WeakMap();
/** The problems seen in `page` so far. */
export function problemsOf(page) {
  if (!lists.has(page)) lists.set(page, []);
  return lists.get(page);
}

export async function launch(extraArgs = []) {
  return watchBrowser(await launchChromium(extraArgs));
}

/** A fresh page in a fresh context; its problems fail the test (see `expectProblems`). */
export async function openPage(
  browser,
  url,
  { colorScheme = 'light', permissions = [], origin, init, acceptDownloads = true, waitFor = true } = {}
) {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 }, acceptDownloads });
  if (permissions.length) await context.grantPermissions(permissions, origin ? { origin } : undefined);
  // `init`: a function run in the page before its scripts, or [function, argument].
  if (init) await (Array.isArray(init) ? context.addInitScript(...init) : context.addInitScript(init));
  const page = await context.newPage();
  const problems = problemsOf(page);
  await page.goto(url);
  if (waitFor) {
    // The content renders first and the form a moment later: wait for both.
    await page.getByRole('heading', { name: /Working with|engagement/i }).first().waitFor();
    await page.getByRole('button', { name: /^Check your / }).first().waitFor();
  }
  return { page, context, problems };
}

/** Runs axe-core in the page and returns its WCAG violations. */
export async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(violationsIn, WCAG_TAGS);
}

/** The widget's Generated Markdown text. */
export async function markdown(page) {
  return page.getByLabel('Generated Markdown').inputValue();
}

/** The one-pager's live region's current message. */
export async function status(page) {
  return (await page.locator('.output .status').textContent()).trim();
}
