// Never losing a draft between tabs, in Chromium: a newer draft from another tab is offered,
// answers saved over another tab's draft keep both, and another tab's draft survives Start
// over. (The journeys' driver opens one tab per page; every other draft test runs in every
// engine: tests/journeys/drafts.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';

const env = useBrowser();

const draftStatus = (page) => page.locator('.draft-status').textContent();
const NEWER_DRAFT = 'A newer draft of this one-pager was saved in another tab.';
const KEPT_DRAFT = 'Another tab\'s draft of this one-pager was kept when this one was saved over it.';
const KEPT_KEY = 'engagement-widget:v2:/#1:kept';

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

