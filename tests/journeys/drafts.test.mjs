// Never losing a draft, in the engine ENGINE names: storage that throws or is full, someone
// else's data under the widget's key, the save when the page is hidden, Start over and Undo,
// importing a one-pager (pasted, or a file), links that prefill answers, a draft that cannot be
// read, the scroll place after a reload, and two or three tabs sharing one draft.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useEngine, initScript, clearInitScripts } from './driver.mjs';
import { fillComplete, answers, saved, paste } from './steps.mjs';

const env = useEngine();

const KEY = 'engagement-widget:v2:/#1';
const draftStatus = (page) => page.run((h) => h.text({ css: '.draft-status' }));
/** The text of what has focus inside the widget. */
const focused = (page) => page.run((h) => h.norm(h.root().activeElement?.textContent));
/** Chooses a file `name` holding `text` in the import's file field (the files a person picks
 * in the dialog, handed over as the dialog does; no driver reaches a file field inside a shadow
 * root in every engine). */
const chooseFile = (page, name, text) =>
  page.run(
    (h, name, text) => {
      const input = h.find({ label: 'Or choose a .md file' });
      const files = new DataTransfer();
      files.items.add(new File([text], name, { type: 'text/markdown' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    },
    name,
    text
  );
/** Puts `text` under the demo page's draft key before the tab's first load only. */
const seedDraft = (text) =>
  initScript(
    ([key, text]) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, text);
      }
    },
    [KEY, text]
  );
/** Leaving the page: the widget writes a waiting save at once. */
const leave = (page) => page.run(() => dispatchEvent(new PageTransitionEvent('pagehide')));

test('when storage throws on access, the widget works and says drafts are off', async () => {
  initScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  });
  const page = await env.engine.open(env.server.url('/'));
  assert.match(await draftStatus(page), /Drafts are off in this browser/);
  // The loader also keeps the widget's height in sessionStorage across reloads; blocked, the
  // widget just starts without it.
  await page.reload();
  assert.match(await draftStatus(page), /Drafts are off in this browser/);
  await fillComplete(page);
  await page.click({ button: 'Check your one-pager' });
  await page.until((h) => h.has({ css: '.result-banner', text: 'Your one-pager is ready' }));
  assert.match(await page.run((h) => h.markdown()), /^# One-pager: Payments Platform/);
  await page.close();
});

test('when storage is full, the answers stay in memory and the user is told', async () => {
  initScript(() => {
    globalThis.__saves = 0;
    Storage.prototype.setItem = () => {
      globalThis.__saves++;
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  const page = await env.engine.open(env.server.url('/'));
  await page.fill({ label: 'Team name' }, 'Kept in memory');
  await page.until((h) => /storage is full/.test(h.text({ css: '.draft-status' })));
  // Said once in the live status region too (the draft line itself is not live).
  assert.match(await page.run((h) => h.status()), /Your draft could not be saved: this browser's storage is full/);
  await page.fill({ label: 'Point of contact' }, 'Still typing');
  assert.equal(await page.run((h) => h.value({ label: 'Team name' })), 'Kept in memory');
  // The next save fails too: not said again.
  const saves = await page.run(() => globalThis.__saves);
  await page.until((h, n) => globalThis.__saves > n, saves);
  assert.doesNotMatch(await page.run((h) => h.status()), /could not be saved/);
  await page.close();
});

test('garbage or foreign data under our key is left alone, and drafts are off', async () => {
  // Not JSON; another app's; and larger than a draft can be (2 MB) yet within every engine's
  // storage quota.
  for (const stored of ['not json at all', '{"app":"another-app","values":{}}', 'x'.repeat(2_100_000)]) {
    clearInitScripts();
    seedDraft(stored);
    const page = await env.engine.open(env.server.url('/'));
    assert.match(await draftStatus(page), /could not be read .* left as it was/);
    await page.fill({ label: 'Team name' }, 'Typing works');
    await leave(page);
    // (Compared in the page: a 2 MB text is not sent back and forth.)
    assert.equal(await page.run((h, key, text) => localStorage.getItem(key) === text, KEY, stored), true, 'not overwritten');
    // Until the user chooses to replace it: then the answers so far are saved at once.
    await page.click({ button: 'Replace it with my answers' });
    await page.until((h, key) => (localStorage.getItem(key) ?? '').includes('"team":"Typing works"'), KEY);
    await page.until((h) => /Draft saved/.test(h.text({ css: '.draft-status' })));
    assert.equal(await page.run((h) => h.has({ button: 'Replace it with my answers' })), false);
    // From then on drafts are on: leaving the page writes the latest typing at once.
    await page.fill({ label: 'Team name' }, 'Typing saved');
    await leave(page);
    assert.match(await page.run((h, key) => localStorage.getItem(key), KEY), /"team":"Typing saved"/);
    await page.close();
  }
});

test('the draft is saved at once when the page is hidden, without waiting for the pause', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await page.fill({ label: 'Team name' }, 'Saved on hide');
  await leave(page);
  const stored = await page.run(() => Object.keys(localStorage).map((k) => localStorage.getItem(k)));
  assert.equal(stored.length, 1);
  assert.match(stored[0], /"team":"Saved on hide"/);
  await page.close();
});

test('start over clears the form and the draft; undo brings everything back', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await fillComplete(page);
  await saved(page);
  const before = await answers(page);
  await page.click({ button: 'Start over' });
  // The button has gone: focus moves to Undo, not to the page.
  await page.until((h) => h.has({ button: 'Undo' }));
  assert.equal(await focused(page), 'Undo');
  const inView = await page.run((h) => {
    const r = h.find({ text: 'Everything you typed was cleared.' }).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  assert.ok(inView, 'the question stays in view with its buttons');
  assert.equal(await page.run((h) => h.value({ label: 'Team name' })), '');
  assert.equal(await page.run((h) => h.value({ label: 'Length in weeks' })), '10', 'defaults come back');
  assert.match(await page.run((h) => h.status()), /The form is cleared/);
  assert.equal(await page.run(() => localStorage.length), 0, 'the stored draft is gone');
  // Typing after Start over and then undoing loses nothing: what was typed since is offered
  // back in turn.
  await page.fill({ label: 'Team name' }, 'Brand new team');
  await page.click({ button: 'Undo' });
  assert.deepEqual(await answers(page), before);
  assert.equal(await focused(page), 'Write your one-pager', 'back to the form, not the page');
  await page.until((h) => h.has({ text: 'Your previous answers were replaced.' }));
  await page.click({ button: 'Undo' });
  assert.equal(await page.run((h) => h.value({ label: 'Team name' })), 'Brand new team');
  await page.click({ button: 'Undo' });
  assert.deepEqual(await answers(page), before);
  await page.click({ button: 'Dismiss' });
  // What Start over said no longer shows once the form is checked again; the answers are
  // saved again.
  await page.click({ button: 'Check your one-pager' });
  assert.doesNotMatch(await page.run((h) => h.status()), /cleared/);
  await page.until(() => localStorage.length === 1 && /"team":"Payments Platform"/.test(localStorage.getItem(localStorage.key(0))));
  await page.close();
});

test('importing a generated one-pager restores the form exactly: pasted, or as a file', async () => {
  const page = await env.engine.open(env.server.url('/'));
  await fillComplete(page);
  await page.fill({ label: 'Problem' }, 'Deploys take **a day**.\nThey fail often.\n\n- slow builds\n- flaky tests');
  await page.click({ label: 'Other' });
  await page.fill({ label: 'Describe your retro cadence' }, 'Every three weeks');
  await page.click({ button: 'Check your one-pager' });
  const before = await answers(page);
  const md = await page.until((h) => h.markdown());
  await page.close();

  // Pasted into a fresh form.
  const fresh = await env.engine.open(env.server.url('/'));
  await fresh.click({ text: 'Import a one-pager' });
  await paste(fresh, { label: 'Paste a one-pager' }, md);
  await fresh.click({ button: 'Import' });
  await fresh.until((h) => h.value({ label: 'Team name' }) === 'Payments Platform');
  assert.deepEqual(await answers(fresh), before);
  assert.equal(await fresh.run((h) => h.value({ label: 'Describe your retro cadence' })), 'Every three weeks');
  await fresh.click({ button: 'Check your one-pager' });
  assert.equal(await fresh.until((h) => h.markdown()), md, 'generate -> import -> generate');
  await fresh.close();

  // A file into a form with answers: asked first, then replaced.
  const other = await env.engine.open(env.server.url('/'));
  await other.fill({ label: 'Team name' }, 'Someone else');
  await other.click({ text: 'Import a one-pager' });
  await chooseFile(other, 'one-pager.md', md);
  await other.until((h) => h.has({ text: 'Replace your answers with the imported one-pager?' }));
  // The question takes focus, not its Replace button: a second Enter replaces nothing.
  await other.until((h) => h.norm(h.root().activeElement?.textContent) === 'Replace your answers with the imported one-pager?');
  await other.press('Enter');
  assert.equal(await other.run((h) => h.value({ label: 'Team name' })), 'Someone else');
  // Cancel goes back to Import.
  await other.click({ button: 'Cancel' });
  assert.equal(await focused(other), 'Import');
  await other.click({ button: 'Import' });
  await other.click({ button: 'Replace my answers' });
  assert.deepEqual(await answers(other), before);
  // What was replaced can be had back, and undoing offers the import back in turn.
  await other.until((h) => h.has({ text: 'Your previous answers were replaced.' }));
  await other.click({ button: 'Undo' });
  assert.equal(await other.run((h) => h.value({ label: 'Team name' })), 'Someone else');
  await other.click({ button: 'Undo' });
  assert.deepEqual(await answers(other), before);
  await other.click({ button: 'Dismiss' });

  // A question about one text does not outlive it: a failed import of another text, or a
  // change to the text, withdraws it.
  const replaceAsked = (h) => h.has({ text: 'Replace your answers with the imported one-pager?' });
  await other.fill({ label: 'Team name' }, 'Someone else again');
  await other.click({ button: 'Import' });
  await other.until(replaceAsked);
  await paste(other, { label: 'Paste a one-pager' }, 'garbage text');
  assert.equal(await other.run(replaceAsked), false);
  await paste(other, { label: 'Paste a one-pager' }, md);
  await other.click({ button: 'Import' });
  await other.until(replaceAsked);
  await chooseFile(other, 'notes.md', 'garbage text');
  await other.until((h) => h.all({ css: '*' }).some((e) => e.childElementCount === 0 && /This does not look like a one-pager/.test(e.textContent)));
  assert.equal(await other.run((h) => h.has({ button: 'Replace my answers' })), false);
  assert.equal(await other.run((h) => h.value({ label: 'Team name' })), 'Someone else again');

  // Garbage changes nothing.
  const kept = await answers(other);
  await paste(other, { label: 'Paste a one-pager' }, 'just some text\nwith no one-pager in it');
  await other.click({ button: 'Import' });
  await other.until((h) => /This does not look like a one-pager/.test(h.status()));
  assert.deepEqual(await answers(other), kept);
  await other.close();
});

test('a link can prefill answers, and never overwrites a saved draft without asking', async () => {
  const link = env.server.url('/#ew-team=From%20a%20link&ew-contact=Link%20contact&ew-problem=Line%20one%0ALine%20two');
  const page = await env.engine.open(link);
  assert.equal(await page.run((h) => h.value({ label: 'Team name' })), 'From a link');
  assert.equal(await page.run((h) => h.value({ label: 'Problem' })), 'Line one\nLine two');
  assert.equal(await page.run(() => location.search), '', 'nothing in the query string');

  // Change an answer, let it save, and open the link again.
  await page.fill({ label: 'Team name' }, 'My own team');
  await saved(page);
  await page.goto(env.server.url('/fixtures/blank.html'), { wait: false });
  await page.goto(link);
  await page.until((h) => h.has({ text: 'This link fills in 1 answer that differs from your saved draft.' }));
  assert.equal(await page.run((h) => h.value({ label: 'Team name' })), 'My own team', 'the draft wins until the user says');
  await page.click({ button: "Use the link's answers" });
  assert.equal(await page.run((h) => h.value({ label: 'Team name' })), 'From a link');

  // Another link opened on the page while it is open (only the fragment changes, so nothing
  // reloads): an empty answer is filled in, a differing one is asked about.
  await page.fill({ label: 'Point of contact' }, '');
  await page.run(() => {
    location.hash = 'ew-contact=Grace&ew-team=Second%20link';
  });
  await page.until((h) => h.has({ text: 'This link fills in 1 answer that differs from your saved draft.' }));
  assert.equal(await page.run((h) => h.value({ label: 'Point of contact' })), 'Grace');
  assert.equal(await page.run((h) => h.value({ label: 'Team name' })), 'From a link');
  await page.click({ button: "Use the link's answers" });
  assert.equal(await page.run((h) => h.value({ label: 'Team name' })), 'Second link');
  // An ordinary anchor in the fragment changes nothing.
  await page.run(() => {
    location.hash = 'section-2';
  });
  assert.equal(await page.run((h) => h.value({ label: 'Team name' })), 'Second link');
  await page.close();
});

test('a draft that cannot be read is said so, and replacing it keeps the keyboard user in place', async () => {
  seedDraft('{"app":"engagement-widget","version":2,"savedAt":"x","values":{"team":42}}');
  const page = await env.engine.open(env.server.url('/'));
  assert.match(await draftStatus(page), /could not be read \(none of its answers can be read\)/);
  await page.fill({ label: 'Team name' }, 'Typing works');
  await page.run((h) => h.find({ button: 'Replace it with my answers' }).focus());
  await page.press('Enter');
  await page.until((h) => /Draft saved/.test(h.text({ css: '.draft-status' })));
  assert.equal(await focused(page), 'Write your one-pager', 'focus goes to the form, not the page');
  await page.close();
});

test('a reload lands where the reader was on a long host page, though the widget loads late', async () => {
  // The fixture's widget sits in a page of its own length: the form is far below the top. The
  // loader's reads of the kept heights are counted.
  initScript(() => {
    const get = Storage.prototype.getItem;
    window.heightReads = 0;
    Storage.prototype.getItem = function (key) {
      if (String(key).includes(':heights:')) window.heightReads += 1;
      return get.call(this, key);
    };
  });
  const page = await env.engine.open(env.server.url('/fixtures/clean.html'));
  await page.fill({ label: 'Team name' }, 'Payments Platform');
  await page.until((h) => /Draft saved/.test(h.text({ css: '.draft-status' })));
  const widgetHeight = () => page.run((h) => h.widget().getBoundingClientRect().height);
  const height = await widgetHeight();
  await page.run(() => window.scrollTo(0, 2500));
  const before = await page.run(() => window.scrollY);
  assert.equal(before, 2500, 'the page is long enough for the test');
  await page.reload();
  const after = await page.run(() => ({ y: window.scrollY, reads: window.heightReads, nav: performance.getEntriesByType('navigation')[0]?.type, height: document.documentElement.scrollHeight }));
  assert.equal(after.y, before, `same place after the reload: ${JSON.stringify(after)}`);
  assert.equal(await page.run(() => window.heightReads), 1);
  assert.equal(await page.run((h) => h.value({ label: 'Team name' })), 'Payments Platform');
  // The kept height is let go once the widget is ready: it is its own height again.
  await page.until((h) => h.widget().shadowRoot.adoptedStyleSheets.length === 1);
  assert.ok(Math.abs((await widgetHeight()) - height) < 2, 'the widget is as tall as before');
  // A plain visit restores no scroll position, so nothing is read before the first render.
  await page.goto(env.server.url('/fixtures/clean.html'));
  assert.equal(await page.run(() => window.heightReads), 0);
  assert.equal(await page.run(() => window.scrollY), 0);
  await page.close();
});

const NEWER_DRAFT = 'A newer draft of this one-pager was saved in another tab.';
const KEPT_DRAFT = "Another tab's draft of this one-pager was kept when this one was saved over it.";
const KEPT_KEY = `${KEY}:kept`;
const says = (page, text) => page.until((h, text) => h.root().textContent.includes(text), text);
const team = (page) => page.run((h) => h.value({ label: 'Team name' }));

/** A tab on the demo page (a new one, or one beside `beside`), with `value` typed into `label`
 * and saved. */
async function tabWith(beside, label, value) {
  const page = beside ? await beside.tab(env.server.url('/')) : await env.engine.open(env.server.url('/'));
  await page.fill({ label }, value);
  await page.until((h) => /Draft saved/.test(h.text({ css: '.draft-status' })));
  return page;
}

/** Two tabs: Alpha saved in the first, then Bob in the second; the first is offered the
 * second's newer draft, unanswered. */
async function offeredInFirstTab() {
  const a = await tabWith(null, 'Team name', 'Alpha');
  const b = await tabWith(a, 'Point of contact', 'Bob');
  await says(a, NEWER_DRAFT);
  return [a, b];
}

test('a newer draft saved in another tab is offered, never forced', async () => {
  const first = await tabWith(null, 'Team name', 'Mine');
  const second = await tabWith(first, 'Team name', 'Theirs');
  await says(first, NEWER_DRAFT);
  assert.equal(await team(first), 'Mine', 'nothing replaced yet');
  await first.click({ button: 'Keep mine' });
  assert.equal(await team(first), 'Mine');
  // Kept means saved: storage holds these answers again, not the other tab's.
  await first.until((h, key) => JSON.parse(localStorage.getItem(key) ?? '{}').values?.team === 'Mine', KEY);

  await second.fill({ label: 'Team name' }, 'Theirs again');
  await says(first, NEWER_DRAFT);
  await first.click({ button: 'Load it' });
  assert.equal(await team(first), 'Theirs again');

  // Start over in one tab clears the saved draft; the other tab no longer says it is saved, and
  // keeps its answers: they are saved when it is left, and offered to the first tab.
  await second.click({ button: 'Start over' });
  await first.until((h) => h.text({ css: '.draft-status' }) === 'Your answers are saved in this browser as you type.');
  assert.equal(await team(first), 'Theirs again');
  await first.goto(env.server.url('/fixtures/blank.html'), { wait: false });
  await says(second, NEWER_DRAFT);
  await second.click({ button: 'Load it' });
  assert.equal(await team(second), 'Theirs again');
  await second.close();
  await first.close();
});

test("answers saved over another tab's draft before anyone chose keep both drafts", async () => {
  const [a, b] = await offeredInFirstTab();
  assert.equal(await b.run((h) => h.value({ label: 'Team name' })), 'Alpha', 'restored in the second tab');
  // The first tab ignores the offer of the second's draft and types on: its save must not lose
  // Bob.
  await a.fill({ label: 'Problem' }, 'Ours');
  await a.until((h, key) => (localStorage.getItem(key) ?? '').includes('"problem":"Ours"'), KEY);
  await b.close();
  await a.reload();
  await says(a, KEPT_DRAFT);
  assert.equal(await a.run((h) => h.value({ label: 'Problem' })), 'Ours', 'nothing replaced yet');
  await a.click({ button: 'Load it' });
  assert.equal(await a.run((h) => h.value({ label: 'Point of contact' })), 'Bob');
  // Chosen: the kept draft is let go, and this tab's answers can still be had back.
  await a.until((h, key) => localStorage.getItem(key) === null, KEPT_KEY);
  await a.click({ button: 'Undo' });
  assert.equal(await a.run((h) => h.value({ label: 'Problem' })), 'Ours');
  await a.reload();
  assert.equal(await a.run((h, text) => h.root().textContent.includes(text), KEPT_DRAFT), false, 'not offered again');

  // "Discard it" lets the kept draft go too.
  await a.run(
    (h, key) => localStorage.setItem(key, JSON.stringify({ app: 'engagement-widget', version: 2, savedAt: 1, values: { team: 'Kept team' } })),
    KEPT_KEY
  );
  await a.reload();
  await a.click({ button: 'Discard it' });
  await a.until((h, key) => localStorage.getItem(key) === null, KEPT_KEY);
  assert.equal(await team(a), 'Alpha');
  await a.close();
});

test("another tab's draft survives Start over here, and is never written over when it cannot be kept", async () => {
  const [a, b] = await offeredInFirstTab();
  // Start over answers nothing about the other tab's draft: it is kept.
  await a.click({ button: 'Start over' });
  await a.until((h, key) => (localStorage.getItem(key) ?? '').includes('"contact":"Bob"'), KEPT_KEY);
  // A third tab (the second still holds Bob, to save when it is left) is offered it.
  const c = await a.tab(env.server.url('/'));
  await says(c, KEPT_DRAFT);
  await c.click({ button: 'Load it' });
  assert.equal(await c.run((h) => h.value({ label: 'Point of contact' })), 'Bob');
  assert.equal(await b.run((h) => h.value({ label: 'Point of contact' })), 'Bob');
  await c.close();
  await b.close();
  await a.close();

  // Storage too full to keep theirs: mine is not saved over it, and the user is told.
  const other = await tabWith(null, 'Team name', 'Theirs');
  const d = await other.tab(env.server.url('/'));
  await d.run(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.endsWith(':kept')) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await other.fill({ label: 'Team name' }, 'Theirs, newer');
  await says(d, NEWER_DRAFT);
  await d.fill({ label: 'Problem' }, 'Mine');
  await d.until((h) => /could not be saved: this browser's storage is full/.test(h.root().textContent));
  assert.match(await d.run((h, key) => localStorage.getItem(key), KEY), /Theirs, newer/);
  await d.close();
  await other.close();
});
