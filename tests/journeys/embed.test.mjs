// The widget in host pages, in the engine ENGINE names: the iframe page, a strict CSP with
// Trusted Types (the fixtures' headers, lib/server.mjs), a CSP without 'wasm-unsafe-eval',
// hostile host CSS, two instances, a JSON configuration (and a broken one), and attributes that
// change, an element that is removed, added back and moved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useEngine, expectProblems, initScript, ENGINE } from './driver.mjs';
import { fillComplete, saved } from './steps.mjs';
import { decodePng } from '../../lib/engines.mjs';

const env = useEngine();

test('the iframe page renders and sizes itself to its content through an origin-checked message', async () => {
  const page = await env.engine.open(env.server.url('/fixtures/iframe-host.html'), { wait: false });
  const frame = () => document.getElementById('engagement-widget-frame');
  const sizes = (h, frame) => {
    const f = eval(`(${frame})`)();
    const content = Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height);
    return { height: Number(f.height), content };
  };
  await page.until((h, frame) => {
    const widget = eval(`(${frame})`)().contentDocument?.querySelector('engagement-widget');
    return widget?.shadowRoot?.querySelector('h2')?.textContent === 'Working with Wiki Team' && Number(eval(`(${frame})`)().height) > 1000;
  }, String(frame));
  // The frame takes its content's height (the form renders a moment after the content).
  await page.until((h, sizes, frame) => {
    const { height, content } = eval(`(${sizes})`)(h, frame);
    return height === content;
  }, String(sizes), String(frame));
  let { height } = await page.run(sizes, String(frame));
  // Opening an expectation makes the content taller, and the frame follows.
  const { x, y } = await page.run((h, frame) => {
    const f = eval(`(${frame})`)();
    const summary = f.contentDocument.querySelector('engagement-widget').shadowRoot.querySelector('.expectation-title');
    summary.scrollIntoView({ block: 'center' });
    const a = f.getBoundingClientRect();
    const b = summary.getBoundingClientRect();
    return { x: Math.round(a.left + b.left + 20), y: Math.round(a.top + b.top + b.height / 2) };
  }, String(frame));
  await page.clickAt(x, y);
  await page.until((h, sizes, frame, before) => {
    const { height, content } = eval(`(${sizes})`)(h, frame);
    return height > before && height === content;
  }, String(sizes), String(frame), height);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('under a strict CSP with Trusted Types it renders, generates, copies and autosaves with no violation', async () => {
  const page = await env.engine.open(env.server.url('/fixtures/csp.html'));
  await fillComplete(page);
  await page.click({ button: 'Check your one-pager' });
  await page.until((h) => h.has({ css: '.result-banner', text: 'Your one-pager is ready' }));
  await page.click({ button: 'Copy Markdown' });
  await page.until((h) => h.status() === 'Markdown copied to the clipboard.');
  assert.equal(await page.clipboard(), await page.run((h) => h.markdown()));
  await page.click({ button: 'Copy for email' });
  await page.until((h) => h.status() === 'Formatted one-pager copied to the clipboard.');
  await saved(page);
  assert.equal(await page.run(() => localStorage.length), 1);
  // A link and an image in the preview: nothing fetched, nothing blocked.
  await page.fill({ label: 'Problem' }, 'See [docs](https://docs.example) ![chart](https://img.example/c.png)');
  await page.until((h) => h.has({ css: '.preview a', text: 'chart (image)' }));
  assert.deepEqual(await page.run(() => globalThis.__violations), []);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test("without 'wasm-unsafe-eval' the element says the page's security policy blocks it", async () => {
  // The loader logs why it could not start, as it should.
  expectProblems(/^console error: engagement-widget could not start: /);
  // Firefox reports the policy's refusal as a page error of its own.
  if (ENGINE === 'firefox') expectProblems(/^page error: Content-Security-Policy: .*wasm-unsafe-eval/);
  const page = await env.engine.open(env.server.url('/fixtures/csp-no-wasm.html'), { wait: false });
  const message = await page.until((h) => {
    const text = h.root().querySelector('[role=status]')?.textContent;
    return text && !text.startsWith('Loading') && text;
  });
  assert.equal(
    message,
    "The engagement guide can't start here: this page's security policy blocks WebAssembly ('wasm-unsafe-eval' is needed)."
  );
  await page.close();
});

/** The largest difference, in any colour channel, between two pictures of the same size in
 * the means of each `n` by `n` block of pixels. */
function blockDifference(a, b, n) {
  let worst = 0;
  for (let by = 0; by + n <= a.height; by += n) {
    for (let bx = 0; bx + n <= a.width; bx += n) {
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let y = by; y < by + n; y++) {
          for (let x = bx; x < bx + n; x++) {
            const i = (y * a.width + x) * 4 + c;
            sum += a.pixels[i] - b.pixels[i];
          }
        }
        worst = Math.max(worst, Math.abs(sum) / (n * n));
      }
    }
  }
  return Math.round(worst);
}

test('hostile host CSS changes nothing inside the widget: every element is styled and placed as on a clean page, and painted the same (pixel for pixel; in WebKit, within its own anti-aliasing)', async () => {
  const looks = async (fixture) => {
    const page = await env.engine.open(env.server.url(`/fixtures/${fixture}.html`));
    await page.fill({ label: 'Team name' }, 'Payments');
    await page.click({ button: 'Check your one-pager' });
    await page.until((h) => h.has({ css: '.error-summary' }));
    // The draft is saved a moment after typing, and its status line changes then: wait for it
    // in both pages, so that both are seen in the same state (WebKit once compared a saved
    // page with one still saving).
    await saved(page);
    await page.run(() => document.activeElement?.blur());
    // The pointer stays where it clicked, and the page scrolled under it to the summary: whether
    // the button now under it shows its hover colour depends on when the engine notices. Move
    // the pointer away and let a frame pass, in both pages alike.
    await page.pointerAway();
    await page.run((h) => h.painted());
    const seen = await page.run((h) => {
      const host = h.widget().getBoundingClientRect();
      const props = ['color', 'background-color', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height',
        'text-transform', 'letter-spacing', 'word-spacing', 'text-align', 'direction', 'text-decoration-line',
        'border-top-width', 'border-top-color', 'border-left-width', 'padding-top', 'padding-left', 'margin-top',
        'margin-left', 'display', 'visibility', 'opacity', 'box-shadow', 'list-style-type'];
      return [...h.root().querySelectorAll('*')].map((el) => {
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return [el.tagName, el.className, Math.round(r.left - host.left), Math.round(r.top - host.top), Math.round(r.width), Math.round(r.height), ...props.map((p) => s.getPropertyValue(p))].join('|');
      });
    });
    const rtl = await page.run(() => getComputedStyle(document.documentElement).direction);
    // The host page's own scrollbar is not the widget's: WebKit paints it over the widget's
    // left edge on the right-to-left page. The page keeps its scroll position, without one.
    await page.run((h) => {
      document.documentElement.style.overflow = 'hidden';
      return h.painted();
    });
    const shot = decodePng(await page.elementPng('engagement-widget'));
    const draft = await page.run((h) => h.text({ css: '.draft-status' }));
    await page.close();
    return { seen, rtl, shot, draft };
  };
  let clean = await looks('clean');
  const hostile = await looks('hostile');
  // "Draft saved HH:MM": if the minute turned between the two, the clean page again.
  if (clean.draft !== hostile.draft) clean = await looks('clean');
  assert.equal(clean.draft, hostile.draft);
  assert.equal(hostile.rtl, 'rtl', 'the host page itself is hostile');
  assert.equal(hostile.seen.length, clean.seen.length);
  const differ = clean.seen.filter((line, i) => line !== hostile.seen[i]).slice(0, 5);
  assert.deepEqual(differ, [], `first differences:\n${differ.map((l, i) => `${l}\n${hostile.seen[clean.seen.indexOf(l)]}`).join('\n')}`);
  // And as painted, pixel for pixel.
  assert.deepEqual([hostile.shot.width, hostile.shot.height], [clean.shot.width, clean.shot.height], 'the same size');
  if (ENGINE === 'webkit') {
    // WebKitGTK paints the same page with slightly different anti-aliasing from one load to the
    // next (tile by tile): two loads of the clean page differed by up to 81 of 255 at single
    // pixels, and by up to 11 in the means of 4 by 4 blocks (the edges' partial blocks left
    // out). Host CSS that reached the widget's layout or letters (another font, case or spacing)
    // moves those means by far more (0.3px of letter-spacing: 105); colours are compared exactly
    // in the computed styles above.
    const worst = blockDifference(clean.shot, hostile.shot, 4);
    assert.ok(worst <= 24, `4 by 4 blocks differ by up to ${worst} of 255`);
    return;
  }
  const off = [];
  for (let i = 0; i < clean.shot.pixels.length && off.length < 5; i += 4) {
    if (clean.shot.pixels.readUInt32BE(i) !== hostile.shot.pixels.readUInt32BE(i)) {
      const n = i / 4;
      off.push(`(${n % clean.shot.width}, ${Math.floor(n / clean.shot.width)})`);
    }
  }
  assert.deepEqual(off, [], 'the first pixels that differ');
});

test('two instances and two script tags: independent answers, checks and drafts', async () => {
  const page = await env.engine.open(env.server.url('/fixtures/two.html'), { wait: false });
  await page.ready('#first');
  await page.ready('#second');
  assert.equal(await page.run(() => customElements.get('engagement-widget').mountedApps()), 2);
  assert.equal(
    await page.run(() => {
      const [a, b] = document.querySelectorAll('engagement-widget');
      return a.shadowRoot.adoptedStyleSheets.length === 1 && a.shadowRoot.adoptedStyleSheets[0] === b.shadowRoot.adoptedStyleSheets[0];
    }),
    true,
    'one constructable stylesheet, shared by both instances'
  );
  await page.fill({ in: '#first', label: 'Team name' }, 'Alpha');
  await page.fill({ in: '#second', label: 'Team name' }, 'Beta');
  await page.click({ in: '#first', button: 'Check your one-pager' });
  await page.until((h) => h.has({ in: '#first', css: '.error-summary' }));
  assert.equal(await page.run((h) => h.all({ in: '#second', css: '.error-summary' }).length), 0, 'the other is untouched');
  await page.until(() => localStorage.length === 2);
  await page.reload({ wait: false });
  await page.ready('#first');
  await page.ready('#second');
  assert.deepEqual(
    await page.run((h) => [h.value({ in: '#first', label: 'Team name' }), h.value({ in: '#second', label: 'Team name' })]),
    ['Alpha', 'Beta']
  );

  // Taken out and added back after the other, the first keeps its own draft, and the second's
  // is left alone.
  await page.run(() => {
    const first = document.querySelector('#first');
    first.remove();
    setTimeout(() => document.body.append(first), 50);
  });
  await page.until(() => document.querySelector('engagement-widget:last-of-type')?.id === 'first');
  await page.ready('#first');
  assert.equal(await page.run((h) => h.value({ in: '#first', label: 'Team name' })), 'Alpha');
  await page.fill({ in: '#first', label: 'Team name' }, 'Alpha again');
  await page.until(() => Object.values({ ...localStorage }).some((v) => v.includes('"team":"Alpha again"')));
  assert.equal(await page.run((h) => h.value({ in: '#second', label: 'Team name' })), 'Beta');
  assert.ok(await page.run(() => Object.values({ ...localStorage }).some((v) => v.includes('"team":"Beta"'))), "the second's draft is untouched");

  // A new draft-key switches the instance to that draft, as on load; the old one is kept.
  await page.run(() => document.querySelector('#second').setAttribute('draft-key', 'elsewhere'));
  await page.until((h) => h.value({ in: '#second', label: 'Team name' }) === '');
  await page.fill({ in: '#second', label: 'Team name' }, 'Gamma');
  await page.until(() => Object.keys(localStorage).some((k) => k.endsWith(':elsewhere')));
  assert.ok(await page.run(() => Object.values({ ...localStorage }).some((v) => v.includes('"team":"Beta"'))), 'the old key keeps its draft');
  await page.run(() => document.querySelector('#second').removeAttribute('draft-key'));
  await page.until((h) => h.value({ in: '#second', label: 'Team name' }) === 'Beta');
  assert.equal(await page.run(() => customElements.get('engagement-widget').mountedApps()), 2);
  await page.close();
});

test('broken JSON configuration shows what is wrong, and the widget still works', async () => {
  const page = await env.engine.open(env.server.url('/fixtures/bad-json.html'));
  assert.match(await page.run((h) => h.text({ css: '.notice-warning' })), /The JSON configuration could not be read .* the defaults are used/);
  assert.equal(await page.run((h) => h.all({ css: '.expectation-title' }).length), 4);
  await fillComplete(page);
  await page.click({ button: 'Check your one-pager' });
  await page.until((h) => h.has({ css: '.result-banner', text: 'Your one-pager is ready' }));
  await page.close();
});

test('attribute changes apply at once; removing, adding back and moving the element work and leak nothing', async () => {
  initScript(() => {
    // Count window and document listeners the page adds and removes.
    globalThis.__listeners = 0;
    for (const target of [window, document]) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      target.addEventListener = (...a) => {
        globalThis.__listeners++;
        return add(...a);
      };
      target.removeEventListener = (...a) => {
        globalThis.__listeners--;
        return remove(...a);
      };
    }
  });
  const page = await env.engine.open(env.server.url('/fixtures/clean.html'));
  const mounted = () => page.run(() => customElements.get('engagement-widget').mountedApps());
  assert.equal(await mounted(), 1);
  await page.run((h) => h.widget().setAttribute('team-name', 'Renamed team'));
  await page.until((h) => h.has({ css: 'h2', text: 'Working with Renamed team' }));
  await page.run((h) => h.widget().setAttribute('theme', 'dark'));
  await page.until((h) => getComputedStyle(h.find({ css: '.ew' })).backgroundColor === 'rgb(22, 24, 28)');
  // A problem a changed attribute brings is reported to the host too, once.
  await page.run((h) => {
    const widget = h.widget();
    globalThis.__errors = [];
    widget.addEventListener('engagement-error', (e) => globalThis.__errors.push(e.detail.message));
    widget.setAttribute('contact-email', 'not an email');
    widget.setAttribute('theme', 'purple');
  });
  await page.until(() => globalThis.__errors.length >= 2);
  assert.deepEqual(await page.run(() => globalThis.__errors), [
    'The contact email "not an email" is not an email address; Open in email lets the visitor choose one.',
    'The theme "purple" is not light, dark or auto; the page\'s colour scheme is followed.',
  ]);
  await page.run((h) => {
    h.widget().removeAttribute('contact-email');
    h.widget().setAttribute('theme', 'dark');
  });

  // Removed, every listener it added goes; added back, its answers come back with it.
  const listenersWhileMounted = await page.run(() => globalThis.__listeners);
  await page.fill({ label: 'Team name' }, 'Before removal');
  await page.run((h) => {
    globalThis.__widget = h.widget();
    globalThis.__widget.remove();
  });
  await page.until(async () => (await customElements.get('engagement-widget').mountedApps()) === 0);
  const listenersAfter = await page.run(() => globalThis.__listeners);
  assert.ok(listenersAfter < listenersWhileMounted, `listeners: ${listenersWhileMounted} -> ${listenersAfter}`);
  await page.run(() => document.querySelector('main').append(globalThis.__widget));
  await page.ready();
  assert.equal(await mounted(), 1);
  assert.equal(await page.run((h) => h.value({ label: 'Team name' })), 'Before removal', 'the draft came back with it');
  assert.equal(await page.run(() => globalThis.__listeners), listenersWhileMounted, 'same listeners as before');

  // Moving the element keeps the app running (no remount): the same app, with the same
  // elements and what is typed in them, where a remount would draw new ones (and bring the
  // answer back from the draft). The typing is not saved yet when it moves.
  await page.fill({ label: 'Proposed solution' }, 'Typed just before the move');
  await page.run((h) => {
    const widget = h.widget();
    globalThis.__ready = 0;
    widget.addEventListener('engagement-ready', () => globalThis.__ready++);
    globalThis.__box = widget.shadowRoot.querySelector('textarea');
    globalThis.__drawn = widget.shadowRoot.querySelector('.ew');
    document.body.prepend(widget);
  });
  assert.equal(await mounted(), 1);
  assert.deepEqual(
    await page.run((h) => ({ sameDrawing: h.root().querySelector('.ew') === __drawn, sameBox: h.root().querySelector('textarea') === __box })),
    { sameDrawing: true, sameBox: true }
  );
  assert.equal(await page.run((h) => h.value({ label: 'Proposed solution' })), 'Typed just before the move');
  // Still running: the typing is saved, and the app never started again.
  await page.until(() => /"solution":"Typed just before the move"/.test(Object.values({ ...localStorage }).join()));
  assert.equal(await page.run(() => globalThis.__ready), 0, 'no new start (engagement-ready) after the move');
  await page.close();
});

test('a JSON configuration sets the team texts, expectations and limits; attributes win', async () => {
  const page = await env.engine.open(env.server.url('/fixtures/json.html'));
  const seen = await page.run((h) => ({
    heading: h.has({ css: 'h2', text: 'Working with Attribute team' }),
    titles: h.all({ css: '.expectation-title' }).map((e) => h.norm(e.textContent)),
    mission: h.has({ css: 'p', text: 'We keep data flowing.' }),
    boxes: h.all({ css: 'input[type=checkbox]' }).length,
  }));
  assert.deepEqual(seen, { heading: true, titles: ['1Pair every day', '2Write it down'], mission: true, boxes: 2 });
  await page.fill({ label: 'Engagement goal' }, Array(61).fill('w').join(' '));
  await page.click({ button: 'Check your one-pager' });
  await page.until((h) => h.has({ css: '.error-summary a', text: 'Engagement goal must be 60 words or fewer' }));
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
