// No silent death, in the engine ENGINE names: the module traps in the middle of a keystroke
// (tests/fixtures/trap.js makes one of its calls fail the way a trap does); every widget
// says so, its form goes inert, the host hears engagement-error, and a reload brings back
// every answer saved before the trap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useEngine, expectProblems, allowProblems, initScript, ENGINE } from './driver.mjs';
import { recordLinksAndEvents } from './steps.mjs';

const env = useEngine();

const STOPPED = 'The engagement guide stopped working (RuntimeError: forced trap).';

test('a trap: every widget says so and goes inert, the host hears it, a reload brings the answers back', async () => {
  // The trap is thrown (a page error) and the loader says so in the console (Firefox's driver
  // hands the console's error argument over as a plain object, with no message).
  expectProblems(
    /^page error: (Error: |RuntimeError: )?forced trap$/,
    ENGINE === 'firefox'
      ? /^console error: engagement-widget stopped: \[object Object\]$/
      : /^console error: engagement-widget stopped: (RuntimeError: )?forced trap/
  );
  // A timer the module left behind may still fire: it finds the module's table of page values
  // emptied (the loader's `die`), and stops there with this error. When it fires depends on
  // the engine and the timing.
  allowProblems(/^page error: (TypeError: )?.*_wbg_cb_unref/);
  const page = await env.engine.open(env.server.url('/fixtures/trap.html'), { wait: false });
  await page.ready('#first');
  await page.ready('#second');
  await recordLinksAndEvents(page);
  const first = (spec) => ({ in: '#first', ...spec });
  await page.fill(first({ label: 'Team name' }), 'Payments Platform');
  await page.fill(first({ label: 'Problem' }), 'Deploys take a day.\nThey fail often.');
  await page.check(first({ label: 'Weekly (recommended)' }));
  // Wait for "Draft saved", and for the last answer to be in it.
  await page.until((h) => /Draft saved \d\d:\d\d/.test(h.text({ in: '#first', css: '.draft-status' })));
  await page.until(() => (localStorage.getItem('engagement-widget:v2:trap-first') || '').includes('weekly'));

  // The next change traps: typing over the team name.
  await page.run(() => (globalThis.forceTrap = true));
  await page.fill(first({ label: 'Team name' }), 'Another team');
  const texts = await page.until((h) =>
    ['#first', '#second'].map((sel) => h.root(sel).querySelector('[role=alert]')?.textContent).every(Boolean) &&
    ['#first', '#second'].map((sel) => h.norm(h.root(sel).querySelector('[role=alert]').textContent))
  );
  const at = await page.run(() => {
    const saves = globalThis.__events.filter((e) => e.type === 'engagement-draft-saved' && e.target === 'first');
    const t = new Date(saves.at(-1).at);
    return `${t.getHours()}`.padStart(2, '0') + ':' + `${t.getMinutes()}`.padStart(2, '0');
  });
  assert.deepEqual(texts, [
    `${STOPPED} Your answers saved at ${at} are kept and come back when you reload the page; anything typed after that may be lost.`,
    `${STOPPED} Answers typed since the page opened may not have been saved; reloading the page brings back the last saved draft, if there is one.`,
  ]);
  const errors = await page.run(() => globalThis.__events.filter((e) => e.type === 'engagement-error').map((e) => [e.target, e.detail.message]));
  assert.deepEqual(errors, [['first', texts[0]], ['second', texts[1]]]);

  // Inert: a click and typing in a field change nothing, and nothing inside takes focus.
  const before = await page.run((h) => h.value({ in: '#first', label: 'Team name' }));
  const { x, y } = await page.run((h) => h.point({ in: '#first', label: 'Team name' }));
  await page.clickAt(x, y);
  await page.type('more');
  const after = await page.run((h) => ({
    value: h.value({ in: '#first', label: 'Team name' }),
    focus: h.root('#first').activeElement,
    inert: ['#first', '#second'].map((sel) => h.find({ in: sel, css: '.ew' }).inert),
  }));
  assert.deepEqual(after, { value: before, focus: null, inert: [true, true] });
  const button = await page.run((h) => h.point({ in: '#first', button: 'Check your one-pager' }));
  await page.clickAt(button.x, button.y);
  assert.equal(await page.run((h) => h.all({ in: '#first', css: '.error-summary' }).length), 0, 'Check does nothing');
  // The message stays in view while the visitor scrolls through the widget.
  assert.equal(await page.run((h) => getComputedStyle(h.find({ in: '#first', css: '[role=alert]' })).position), 'sticky');

  await page.reload({ wait: false });
  await page.ready('#first');
  const back = await page.run((h) => ({
    team: h.value({ in: '#first', label: 'Team name' }),
    problem: h.value({ in: '#first', label: 'Problem' }),
    weekly: h.value({ in: '#first', label: 'Weekly (recommended)' }),
    alerts: h.all({ in: '#first', css: '[role=alert]' }).length,
  }));
  assert.deepEqual(back, { team: 'Payments Platform', problem: 'Deploys take a day.\nThey fail often.', weekly: true, alerts: 0 });
  await page.close();
});

test('a visitor who types without pausing still has their answers saved every second', async () => {
  // The autosave waits for a pause in typing (half a second), but never more than a second
  // after the first change it has not saved: a trap loses at most the last second of typing.
  // Keys come for three seconds, never pausing long enough for the debounce; the page times
  // each input and each save itself (performance.now), so the driver's own delays do not count.
  initScript(() => {
    globalThis.__inputs = [];
    globalThis.__saves = [];
    document.addEventListener('input', () => __inputs.push(performance.now()), true);
    document.addEventListener('engagement-draft-saved', () => __saves.push(performance.now()));
  });
  const page = await env.engine.open(env.server.url('/'));
  await page.click({ label: 'Problem' });
  const end = Date.now() + 3000;
  while (Date.now() < end) await page.type('word ');
  const { inputs, saves } = await page.run(() => ({ inputs: __inputs, saves: __saves }));
  const longestPause = Math.max(...inputs.slice(1).map((t, i) => t - inputs[i]));
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
  await page.close();
});
