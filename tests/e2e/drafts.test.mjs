// Never losing a draft: autosave and restore, start over and undo, broken storage, a second
// tab, importing a one-pager, and prefilled links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, launch, openPage, fillComplete, markdown, status } from './harness.mjs';

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

test('the draft is saved at once when the page is hidden, without waiting for the pause', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'));
  await page.getByLabel('Team name').fill('Saved on hide');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const stored = await page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k)));
  assert.equal(stored.length, 1);
  assert.match(stored[0], /"team":"Saved on hide"/);
  await context.close();
});

const focused = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('engagement-widget').shadowRoot.activeElement;
    return el ? el.textContent.trim() : null;
  });

test('start over clears the form and the draft; undo brings everything back', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'));
  await fillAndWaitForSave(page);
  const before = await answers(page);
  await page.getByRole('button', { name: 'Start over' }).press('Enter');
  // The button has gone: focus moves to Undo, not to the page.
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  assert.equal(await focused(page), 'Undo');
  const onScreen = await page.getByText('Everything you typed was cleared.').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  assert.ok(onScreen, 'the question stays in view with its buttons');
  assert.equal(await page.getByLabel('Team name').inputValue(), '');
  assert.equal(await page.getByLabel('Length in weeks').inputValue(), '10', 'defaults come back');
  assert.match(await status(page), /The form is cleared/);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'the stored draft is gone');
  // Typing after Start over and then undoing loses nothing: what was typed since is offered
  // back in turn.
  await page.getByLabel('Team name').fill('Brand new team');
  await page.getByRole('button', { name: 'Undo' }).press('Enter');
  assert.deepEqual(await answers(page), before);
  assert.equal(await focused(page), 'Write your one-pager', 'back to the form, not the page');
  await page.getByText('Your previous answers were replaced.').waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await page.getByLabel('Team name').inputValue(), 'Brand new team');
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.deepEqual(await answers(page), before);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  // What Start over said no longer shows once the form is checked again.
  await page.getByRole('button', { name: 'Check your one-pager' }).click();
  assert.doesNotMatch(await status(page), /cleared/);
  await page.waitForFunction(() => localStorage.length === 1);
  assert.match(await page.evaluate(() => localStorage.getItem(localStorage.key(0))), /"team":"Payments Platform"/, 'and saved again');
  await context.close();
});

test('when storage throws on access, the widget works and says drafts are off', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url('/'), {
    init: () => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    },
  });
  assert.match(await draftStatus(page), /Drafts are off in this browser/);
  // The loader also keeps the widget's height in sessionStorage across reloads; blocked, the
  // widget just starts without it.
  await page.reload();
  await page.getByRole('button', { name: 'Check your one-pager' }).waitFor();
  assert.match(await draftStatus(page), /Drafts are off in this browser/);
  await fillComplete(page);
  await page.getByRole('button', { name: 'Check your one-pager' }).click();
  await page.getByText('Your one-pager is ready').waitFor();
  assert.match(await markdown(page), /^# One-pager: Payments Platform/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('when storage is full, the answers stay in memory and the user is told', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url('/'), {
    init: () => {
      globalThis.__saves = 0;
      Storage.prototype.setItem = () => {
        globalThis.__saves++;
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    },
  });
  await page.getByLabel('Team name').fill('Kept in memory');
  await page.locator('.draft-status', { hasText: /storage is full/ }).waitFor();
  // Said once in the live status region too (the draft line itself is not live).
  assert.match(await status(page), /Your draft could not be saved: this browser's storage is full/);
  assert.equal(await page.getByLabel('Team name').inputValue(), 'Kept in memory');
  await page.getByLabel('Point of contact').fill('Still typing');
  assert.equal(await page.getByLabel('Team name').inputValue(), 'Kept in memory');
  // The next save fails too: not said again.
  const saves = await page.evaluate(() => globalThis.__saves);
  await page.waitForFunction((n) => globalThis.__saves > n, saves);
  assert.doesNotMatch(await status(page), /could not be saved/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('garbage or foreign data under our key is left alone, and drafts are off', async () => {
  for (const stored of ['not json at all', '{"app":"another-app","values":{}}', 'x'.repeat(3_000_000)]) {
    const context = await env.browser.newContext();
    await seedDraft(context, stored);
    const page = await context.newPage();
    await page.goto(env.server.url('/'));
    await page.getByLabel('Team name').waitFor();
    assert.match(await draftStatus(page), /could not be read .* left as it was/);
    await page.getByLabel('Team name').fill('Typing works');
    // Leaving the page writes a waiting save at once (no timer to wait for): there is none.
    const leave = () => page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
    await leave();
    assert.equal(await page.evaluate(() => localStorage.getItem('engagement-widget:v2:/#1')), stored, 'not overwritten');
    // Until the user chooses to replace it: then the answers so far are saved at once.
    await page.getByRole('button', { name: 'Replace it with my answers' }).click();
    await page.waitForFunction(() => (localStorage.getItem('engagement-widget:v2:/#1') ?? '').includes('"team":"Typing works"'));
    await page.locator('.draft-status', { hasText: /Draft saved/ }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Replace it with my answers' }).count(), 0);
    // From then on drafts are on: leaving the page writes the latest typing at once (the check
    // above is not empty).
    await page.getByLabel('Team name').fill('Typing saved');
    await leave();
    assert.match(await page.evaluate(() => localStorage.getItem('engagement-widget:v2:/#1')), /"team":"Typing saved"/);
    await context.close();
  }
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

test('importing a generated one-pager restores the form exactly', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'));
  await fillComplete(page);
  await page.getByLabel('Problem', { exact: true }).fill('Deploys take **a day**.\nThey fail often.\n\n- slow builds\n- flaky tests');
  await page.getByLabel('Other').check();
  await page.getByLabel('Describe your retro cadence').fill('Every three weeks');
  const before = await answers(page);
  const md = await markdown(page);

  // Paste into a fresh form.
  const fresh = await openPage(env.browser, env.server.url('/'));
  await fresh.page.getByText('Import a one-pager').click();
  await fresh.page.getByLabel('Paste a one-pager').fill(md);
  await fresh.page.getByRole('button', { name: 'Import', exact: true }).click();
  assert.deepEqual(await answers(fresh.page), before);
  assert.equal(await fresh.page.getByLabel('Describe your retro cadence').inputValue(), 'Every three weeks');
  assert.equal(await markdown(fresh.page), md, 'generate -> import -> generate');

  // A file into a form with answers: asked first, then replaced.
  const other = await openPage(env.browser, env.server.url('/'));
  await other.page.getByLabel('Team name').fill('Someone else');
  await other.page.getByText('Import a one-pager').click();
  await other.page.getByLabel('Or choose a .md file').setInputFiles({ name: 'one-pager.md', mimeType: 'text/markdown', buffer: Buffer.from(md) });
  await other.page.getByText('Replace your answers with the imported one-pager?').waitFor();
  // The question takes focus, not its Replace button: a second Enter replaces nothing.
  assert.equal(await focused(other.page), 'Replace your answers with the imported one-pager?');
  await other.page.keyboard.press('Enter');
  assert.equal(await other.page.getByLabel('Team name').inputValue(), 'Someone else');
  // Cancel goes back to Import.
  await other.page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await focused(other.page), 'Import');
  assert.equal(await other.page.getByLabel('Team name').inputValue(), 'Someone else');
  await other.page.getByRole('button', { name: 'Import', exact: true }).click();
  await other.page.getByRole('button', { name: 'Replace my answers' }).click();
  assert.deepEqual(await answers(other.page), before);
  // What was replaced can be had back, and undoing offers the import back in turn.
  await other.page.getByText('Your previous answers were replaced.').waitFor();
  await other.page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await other.page.getByLabel('Team name').inputValue(), 'Someone else');
  await other.page.getByRole('button', { name: 'Undo' }).click();
  assert.deepEqual(await answers(other.page), before);
  await other.page.getByRole('button', { name: 'Dismiss' }).click();

  // A question about one text does not outlive it: a failed import of another text, or a
  // change to the text, withdraws it.
  await other.page.getByLabel('Team name').fill('Someone else again');
  await other.page.getByRole('button', { name: 'Import', exact: true }).click();
  await other.page.getByText('Replace your answers with the imported one-pager?').waitFor();
  await other.page.getByLabel('Paste a one-pager').fill('garbage text');
  assert.equal(await other.page.getByText('Replace your answers with the imported one-pager?').count(), 0);
  await other.page.getByLabel('Paste a one-pager').fill(md);
  await other.page.getByRole('button', { name: 'Import', exact: true }).click();
  await other.page.getByText('Replace your answers with the imported one-pager?').waitFor();
  await other.page.getByLabel('Or choose a .md file').setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('garbage text') });
  await other.page.getByText('This does not look like a one-pager').first().waitFor();
  assert.equal(await other.page.getByRole('button', { name: 'Replace my answers' }).count(), 0);
  assert.equal(await other.page.getByLabel('Team name').inputValue(), 'Someone else again');

  // Garbage changes nothing.
  const kept = await answers(other.page);
  await other.page.getByLabel('Paste a one-pager').fill('just some text\nwith no one-pager in it');
  await other.page.getByRole('button', { name: 'Import', exact: true }).click();
  await other.page.getByText('This does not look like a one-pager').first().waitFor();
  assert.match(await status(other.page), /This does not look like a one-pager/, 'said in the live region too');
  assert.deepEqual(await answers(other.page), kept);
  for (const c of [context, fresh.context, other.context]) await c.close();
});

test('a link can prefill answers, and never overwrites a saved draft without asking', async () => {
  const link = env.server.url('/#ew-team=From%20a%20link&ew-contact=Link%20contact&ew-problem=Line%20one%0ALine%20two');
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel('Team name').waitFor();
  assert.equal(await page.getByLabel('Team name').inputValue(), 'From a link');
  assert.equal(await page.getByLabel('Problem', { exact: true }).inputValue(), 'Line one\nLine two');
  assert.ok(!(await page.evaluate(() => location.search)), 'nothing in the query string');

  // Change an answer, let it save, and open the link again.
  await page.getByLabel('Team name').fill('My own team');
  await page.locator('.draft-status', { hasText: /Draft saved/ }).waitFor();
  await page.goto(env.server.url('/fixtures/blank.html'));
  await page.goto(link);
  await page.getByText('This link fills in 1 answer that differs from your saved draft.').waitFor();
  assert.equal(await page.getByLabel('Team name').inputValue(), 'My own team', 'the draft wins until the user says');
  await page.getByRole('button', { name: "Use the link's answers" }).click();
  assert.equal(await page.getByLabel('Team name').inputValue(), 'From a link');

  // Another link opened on the page while it is open (only the fragment changes, so nothing
  // reloads): an empty answer is filled in, a differing one is asked about.
  await page.getByLabel('Point of contact').fill('');
  await page.evaluate(() => { location.hash = 'ew-contact=Grace&ew-team=Second%20link'; });
  await page.getByText('This link fills in 1 answer that differs from your saved draft.').waitFor();
  assert.equal(await page.getByLabel('Point of contact').inputValue(), 'Grace');
  assert.equal(await page.getByLabel('Team name').inputValue(), 'From a link');
  await page.getByRole('button', { name: "Use the link's answers" }).click();
  assert.equal(await page.getByLabel('Team name').inputValue(), 'Second link');
  // An ordinary anchor in the fragment changes nothing.
  await page.evaluate(() => { location.hash = 'section-2'; });
  assert.equal(await page.getByLabel('Team name').inputValue(), 'Second link');
  await context.close();
});
