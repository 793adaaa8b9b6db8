// No silent death: when the module traps (a Rust panic aborts; a fault in the module), every
// widget on the page says so, its form goes inert, the host hears engagement-error, and a
// reload brings back every answer saved before the trap. The fixture makes the module trap on
// demand the way a real trap happens (tests/e2e/fixtures/trap.js); nothing in dist/ can.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, expectProblems } from './harness.mjs';

const env = useBrowser();

/** Records each engagement-error and engagement-draft-saved event: the element, the message
 * and the time of day, as the loader states it (HH:MM, local). */
function recordDeathAndSaves() {
  globalThis.__errors = [];
  globalThis.__saved = {};
  const hhmm = (t) => `${t.getHours()}`.padStart(2, '0') + ':' + `${t.getMinutes()}`.padStart(2, '0');
  document.addEventListener('engagement-error', (e) => globalThis.__errors.push([e.target.id, e.detail.message]));
  document.addEventListener('engagement-draft-saved', (e) => (globalThis.__saved[e.target.id] = hhmm(new Date())));
}

test('a trap makes every widget say so, go inert and tell the host; a reload brings the saved answers back', async () => {
  // The trap is thrown (a page error) and the loader says so in the console; nothing else.
  expectProblems(/^page error: forced trap$/, /^console error: engagement-widget stopped: RuntimeError: forced trap/);
  const { page, context, problems } = await openPage(env.browser, env.server.url('/fixtures/trap.html'), { init: recordDeathAndSaves });
  const first = page.locator('#first');
  const second = page.locator('#second');
  await second.getByRole('button', { name: 'Check your one-pager' }).waitFor();
  await first.getByLabel('Team name').fill('Payments Platform');
  await first.getByLabel('Problem', { exact: true }).fill('Deploys take a day.\nThey fail often.');
  await first.getByLabel('Weekly (recommended)').check();
  await first.locator('.draft-status', { hasText: /Draft saved/ }).waitFor();
  const saved = { team: 'Payments Platform', problem: 'Deploys take a day.\nThey fail often.' };

  // The next keystroke traps, in the middle of the module's work.
  await page.evaluate(() => (globalThis.forceTrap = true));
  await first.getByLabel('Team name').press('End');
  await page.keyboard.type('X');
  const alert = first.getByRole('alert');
  await alert.waitFor();
  const at = await page.evaluate(() => globalThis.__saved.first);
  assert.match(at, /^\d\d:\d\d$/);
  assert.equal(
    (await alert.textContent()).trim(),
    `The engagement guide stopped working (RuntimeError: forced trap). Your answers saved at ${at} are kept and come back when you reload the page; anything typed after that may be lost.`
  );
  // The other instance on the page shares the module: it stops too, and says it had saved nothing.
  assert.equal(
    (await second.getByRole('alert').textContent()).trim(),
    'The engagement guide stopped working (RuntimeError: forced trap). Answers typed since the page opened may not have been saved; reloading the page brings back the last saved draft, if there is one.'
  );
  // The host heard it once per instance, with the same words.
  const errors = await page.evaluate(() => globalThis.__errors);
  assert.deepEqual(errors.map(([id]) => id), ['first', 'second']);
  assert.equal(errors[0][1], (await alert.textContent()).trim());

  // The form is inert: nothing in it takes focus, typing and clicking do nothing.
  for (const widget of [first, second]) {
    assert.equal(await widget.evaluate((el) => el.shadowRoot.querySelector('.ew').inert), true);
  }
  const team = first.getByLabel('Team name');
  const before = await team.inputValue();
  const box = await team.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.type('more');
  assert.equal(await team.inputValue(), before, 'typing changes nothing');
  assert.equal(await first.evaluate((el) => el.shadowRoot.activeElement), null, 'nothing inside has focus');
  await team.evaluate((el) => el.focus());
  assert.equal(await first.evaluate((el) => el.shadowRoot.activeElement), null, 'the field cannot be focused');
  const check = first.getByRole('button', { name: 'Check your one-pager' });
  const at2 = await check.boundingBox();
  await page.mouse.click(at2.x + at2.width / 2, at2.y + at2.height / 2);
  assert.equal(await first.locator('.error-summary').count(), 0, '"Check your one-pager" does nothing');
  // The message stays in view while the visitor scrolls through the widget.
  assert.equal(await alert.evaluate((el) => getComputedStyle(el).position), 'sticky');
  // The page saw the error (the loader reports it in the console too).
  assert.ok(problems.some((p) => /forced trap/.test(p)), problems.join('\n'));

  await page.reload();
  await first.getByRole('button', { name: 'Check your one-pager' }).waitFor();
  assert.equal(await first.getByLabel('Team name').inputValue(), saved.team);
  assert.equal(await first.getByLabel('Problem', { exact: true }).inputValue(), saved.problem);
  assert.equal(await first.getByLabel('Weekly (recommended)').isChecked(), true);
  assert.match(await first.locator('.draft-status').textContent(), new RegExp(`Draft from ${at} restored`));
  assert.equal(await page.getByRole('alert').count(), 0, 'the widgets work again');
  await context.close();
});

test('a visitor who types without pausing still has their answers saved every second', async () => {
  // The autosave waits for a pause in typing (half a second), but never more than a second
  // after the first change it has not saved: a trap loses at most the last second of typing.
  // Keys come every 40 ms for three seconds, never pausing long enough for the debounce; the
  // page times each input and each save itself (performance.now), so the driver's own delays
  // do not count.
  const { page, context } = await openPage(env.browser, env.server.url('/'), {
    init: () => {
      globalThis.__inputs = [];
      globalThis.__saves = [];
      document.addEventListener('input', () => __inputs.push(performance.now()), true);
      document.addEventListener('engagement-draft-saved', () => __saves.push(performance.now()));
    },
  });
  await page.getByLabel('Problem', { exact: true }).click();
  for (let i = 0; i < 15; i++) await page.keyboard.type('word ', { delay: 40 });
  const { inputs, saves } = await page.evaluate(() => ({ inputs: __inputs, saves: __saves }));
  const typing = inputs.filter((t) => t <= inputs.at(-1));
  const longestPause = Math.max(...typing.slice(1).map((t, i) => t - typing[i]));
  assert.ok(longestPause < 500, `typing never paused for the debounce (longest gap ${Math.round(longestPause)} ms)`);
  const during = saves.filter((t) => t <= inputs.at(-1));
  assert.ok(during.length >= 2, `saved while typing: ${during.length} saves in ${Math.round(inputs.at(-1) - inputs[0])} ms`);
  // Each save came at most a second (and a little slack for a busy machine's timers) after the
  // first input it saved.
  let from = inputs[0];
  for (const save of during) {
    assert.ok(save - from <= 1000 + 150, `saved ${Math.round(save - from)} ms after the first unsaved input`);
    from = inputs.find((t) => t > save);
  }
  await context.close();
});
