// Never losing a draft, in Chromium: autosave and restore, the scroll place after a reload, a
// second tab, and a draft that cannot be read. (Storage that throws or is full, foreign data,
// the save on leaving, Start over and Undo, import and prefilled links run in every engine:
// tests/journeys/drafts.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, fillComplete } from './harness.mjs';

const env = useBrowser();

const draftStatus = (page) => page.locator('.draft-status').textContent();
const NEWER_DRAFT = 'A newer draft of this one-pager was saved in another tab.';
const KEPT_DRAFT = 'Another tab\'s draft of this one-pager was kept when this one was saved over it.';
const KEPT_KEY = 'engagement-widget:v2:/#1:kept';

/** Every field's value, by label (checkboxes and radios as booleans). */
async function answers(page) {
  const out = {};
  for (const label of ['Team name', 'Point of contact', 'Contact email', 'Proposed solution', 'Engagement goal', 'Diffusion goal', 'Success measures', 'Proposed start date', 'Length in weeks', 'Additional notes (optional)']) {
    out[label] = await page.getByLabel(label, { exact: true }).inputValue();
  }
  out.Problem = await page.getByLabel('Problem', { exact: true }).inputValue();
  out.weekly = await page.getByLabel('Weekly (recommended)').isChecked();
  out.checks = await Promise.all((await page.getByRole('checkbox').all()).map((c) => c.isChecked()));
  return out;
}

/** A new tab of `context` on the demo page, with `value` typed into `label` and saved. */
async function tabWith(context, label, value) {
  const page = await context.newPage();
  await page.goto(env.server.url('/'));
  await page.getByLabel(label).fill(value);
  await page.locator('.draft-status', { hasText: /Draft saved/ }).waitFor();
  return page;
}

/** Two tabs: Alpha saved in the first, then Bob in the second; the first is offered the
 * second's newer draft, unanswered. */
async function offeredInFirstTab(context) {
  const a = await tabWith(context, 'Team name', 'Alpha');
  const b = await tabWith(context, 'Point of contact', 'Bob');
  await a.getByText(NEWER_DRAFT).waitFor();
  return [a, b];
}

/** Puts `value` under the demo page's draft key before the context's first page load only. */
async function seedDraft(context, value) {
  await context.addInitScript((text) => {
    // Only in the demo page (a new tab's first document, about:blank, has no storage).
    if (location.protocol !== 'http:') return;
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('engagement-widget:v2:/#1', text);
    }
  }, value);
}

async function fillAndWaitForSave(page) {
  await fillComplete(page);
  await page.getByLabel('Additional notes').fill('Line one\nline two 🚀');
  await page.locator('.draft-status', { hasText: /Draft saved \d\d:\d\d/ }).waitFor();
}

test('a filled form comes back after a reload', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url('/'));
  await fillAndWaitForSave(page);
  const before = await answers(page);
  await page.reload();
  await page.getByLabel('Team name').waitFor();
  assert.deepEqual(await answers(page), before);
  assert.match(await draftStatus(page), /Draft from \d\d:\d\d restored/);
  // Start over clears the draft too: the bar no longer says one was restored.
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.locator('.draft-status', { hasText: 'Your answers are saved in this browser as you type.' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a reload lands where the reader was on a long host page, though the widget loads late', async () => {
  // The fixture's widget sits in a page of its own length: the form is far below the top.
  const { page, context, problems } = await openPage(env.browser, env.server.url('/fixtures/clean.html'));
  await page.getByLabel('Team name').fill('Payments Platform');
  await page.locator('.draft-status', { hasText: /Draft saved/ }).waitFor();
  const widgetHeight = () => page.locator('engagement-widget').evaluate((el) => el.getBoundingClientRect().height);
  const height = await widgetHeight();
  await page.evaluate(() => window.scrollTo(0, 2500));
  const before = await page.evaluate(() => window.scrollY);
  assert.equal(before, 2500, 'the page is long enough for the test');

  // Count the loader's reads of the kept heights.
  await page.addInitScript(() => {
    const get = Storage.prototype.getItem;
    window.heightReads = 0;
    Storage.prototype.getItem = function (key) {
      if (String(key).includes(':heights:')) window.heightReads += 1;
      return get.call(this, key);
    };
  });
  await page.reload();
  await page.getByRole('button', { name: 'Check your one-pager' }).waitFor();
  assert.equal(await page.evaluate(() => window.scrollY), before, 'same place after the reload');
  assert.equal(await page.evaluate(() => window.heightReads), 1);
  assert.equal(await page.getByLabel('Team name').inputValue(), 'Payments Platform');
  // The kept height is let go once the widget is ready: it is its own height again.
  await page.waitForFunction(() => document.querySelector('engagement-widget').shadowRoot.adoptedStyleSheets.length === 1);
  assert.ok(Math.abs((await widgetHeight()) - height) < 2, 'the widget is as tall as before');
  // A plain visit restores no scroll position, so nothing is read before the first render.
  await page.goto(env.server.url('/fixtures/clean.html'));
  await page.getByRole('button', { name: 'Check your one-pager' }).waitFor();
  assert.equal(await page.evaluate(() => window.heightReads), 0);
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a newer draft saved in another tab is offered, never forced', async () => {
  const context = await env.browser.newContext();
  const first = await tabWith(context, 'Team name', 'Mine');
  const second = await tabWith(context, 'Team name', 'Theirs');

  await first.getByText(NEWER_DRAFT).waitFor();
  assert.equal(await first.getByLabel('Team name').inputValue(), 'Mine', 'nothing replaced yet');
  await first.getByRole('button', { name: 'Keep mine' }).click();
  assert.equal(await first.getByLabel('Team name').inputValue(), 'Mine');
  // Kept means saved: storage holds these answers again, not the other tab's.
  await first.waitForFunction(() => JSON.parse(localStorage.getItem(localStorage.key(0)) ?? '{}').values?.team === 'Mine');

  await second.getByLabel('Team name').fill('Theirs again');
  await first.getByText(NEWER_DRAFT).waitFor();
  await first.getByRole('button', { name: 'Load it' }).click();
  assert.equal(await first.getByLabel('Team name').inputValue(), 'Theirs again');

  // Start over in one tab clears the saved draft; the other tab no longer says it is saved, and
  // keeps its answers: they are saved when it is left, and offered to the first tab.
  await second.getByRole('button', { name: 'Start over' }).click();
  await first.locator('.draft-status', { hasText: 'Your answers are saved in this browser as you type.' }).waitFor();
  assert.equal(await first.getByLabel('Team name').inputValue(), 'Theirs again');
  await first.goto(env.server.url('/fixtures/blank.html'));
  await second.getByText(NEWER_DRAFT).waitFor();
  await second.getByRole('button', { name: 'Load it' }).click();
  assert.equal(await second.getByLabel('Team name').inputValue(), 'Theirs again');
  await context.close();
});

test('answers saved over another tab\'s draft before anyone chose keep both drafts', async () => {
  const context = await env.browser.newContext();
  const [a, b] = await offeredInFirstTab(context);
  assert.equal(await b.getByLabel('Team name').inputValue(), 'Alpha', 'restored in the second tab');
  // The first tab ignores the offer of the second's draft and types on: its save must not
  // lose Bob.
  await a.getByLabel('Problem', { exact: true }).fill('Ours');
  await a.waitForFunction(() => (localStorage.getItem('engagement-widget:v2:/#1') ?? '').includes('"problem":"Ours"'));
  await b.close();
  await a.reload();
  await a.getByText(KEPT_DRAFT).waitFor();
  assert.equal(await a.getByLabel('Problem', { exact: true }).inputValue(), 'Ours', 'nothing replaced yet');
  await a.getByRole('button', { name: 'Load it' }).click();
  assert.equal(await a.getByLabel('Point of contact').inputValue(), 'Bob');
  // Chosen: the kept draft is let go, and this tab's answers can still be had back.
  await a.waitForFunction((key) => localStorage.getItem(key) === null, KEPT_KEY);
  await a.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await a.getByLabel('Problem', { exact: true }).inputValue(), 'Ours');
  await a.reload();
  await a.getByLabel('Team name').waitFor();
  assert.equal(await a.getByText(KEPT_DRAFT).count(), 0, 'not offered again');

  // "Discard it" lets the kept draft go too.
  await a.evaluate((key) => localStorage.setItem(key, JSON.stringify({ app: 'engagement-widget', version: 2, savedAt: 1, values: { team: 'Kept team' } })), KEPT_KEY);
  await a.reload();
  await a.getByRole('button', { name: 'Discard it' }).click();
  await a.waitForFunction((key) => localStorage.getItem(key) === null, KEPT_KEY);
  assert.equal(await a.getByLabel('Team name').inputValue(), 'Alpha');
  await context.close();
});

test('another tab\'s draft survives Start over here, and is never written over when it cannot be kept', async () => {
  const context = await env.browser.newContext();
  const [a, b] = await offeredInFirstTab(context);
  // Start over answers nothing about the other tab's draft: it is kept.
  await a.getByRole('button', { name: 'Start over' }).click();
  await a.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('"contact":"Bob"'), KEPT_KEY);
  // A third tab (the second still holds Bob, to save when it is left) is offered it.
  const c = await context.newPage();
  await c.goto(env.server.url('/'));
  await c.getByText(KEPT_DRAFT).waitFor();
  await c.getByRole('button', { name: 'Load it' }).click();
  assert.equal(await c.getByLabel('Point of contact').inputValue(), 'Bob');
  assert.equal(await b.getByLabel('Point of contact').inputValue(), 'Bob');
  await context.close();

  // Storage too full to keep theirs: mine is not saved over it, and the user is told.
  const full = await env.browser.newContext();
  const other = await tabWith(full, 'Team name', 'Theirs');
  const d = await full.newPage();
  await d.goto(env.server.url('/'));
  await d.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.endsWith(':kept')) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await other.getByLabel('Team name').fill('Theirs, newer');
  await d.getByText(NEWER_DRAFT).waitFor();
  await d.getByLabel('Problem', { exact: true }).fill('Mine');
  await d.getByText(/could not be saved: this browser's storage is full/).first().waitFor();
  assert.match(await d.evaluate(() => localStorage.getItem('engagement-widget:v2:/#1')), /Theirs, newer/);
  await full.close();
});

test('a draft that cannot be read is said so, and replacing it keeps the keyboard user in place', async () => {
  const context = await env.browser.newContext();
  await seedDraft(context, '{"app":"engagement-widget","version":2,"savedAt":"x","values":{"team":42}}');
  const page = await context.newPage();
  await page.goto(env.server.url('/'));
  await page.getByLabel('Team name').waitFor();
  assert.match(await draftStatus(page), /could not be read \(none of its answers can be read\)/);
  await page.getByLabel('Team name').fill('Typing works');
  await page.getByRole('button', { name: 'Replace it with my answers' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('.draft-status', { hasText: /Draft saved/ }).waitFor();
  const focused = await page.evaluate(() => document.querySelector('engagement-widget').shadowRoot.activeElement?.textContent);
  assert.equal(focused, 'Write your one-pager', 'focus goes to the form, not the page');
  await context.close();
});

