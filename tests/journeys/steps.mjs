// What a visitor does, as steps shared by the journeys (in any engine, see driver.mjs).
import { ANSWERS, futureDate } from '../../lib/one-pager.mjs';
import { AXE_SOURCE, WCAG_TAGS, violationsIn } from '../../lib/axe.mjs';
import { widgetText } from '../../lib/english.mjs';

export { REQUIRED, ANSWERS } from '../../lib/one-pager.mjs';

/** Answers every question as a visitor would: typing, clicking, ticking. `sel` names the widget. */
export async function fillComplete(page, sel) {
  for (const [label, text] of Object.entries(ANSWERS)) await page.fill({ in: sel, label }, text);
  await page.typeDate({ in: sel, label: 'Proposed start date' }, futureDate());
  await page.check({ in: sel, label: 'Weekly (recommended)' });
  const boxes = await page.run((h, sel) => h.all({ in: sel, css: 'input[type=checkbox]' }).length, sel);
  for (let i = 0; i < boxes; i++) await page.check({ in: sel, css: 'input[type=checkbox]', nth: i });
  // Leave the last box, so that every answer has been taken.
  await page.click({ in: sel, label: 'Additional notes' });
}

/** Every answer on screen, by label (checkboxes and radios as booleans). */
export async function answers(page, sel) {
  return page.run((h, sel, labels) => {
    const out = {};
    for (const label of labels) out[label] = h.value({ in: sel, label });
    out.weekly = h.value({ in: sel, label: 'Weekly (recommended)' });
    out.checks = h.all({ in: sel, css: 'input[type=checkbox]' }).map((c) => c.checked);
    return out;
  }, sel, [...Object.keys(ANSWERS), 'Proposed start date', 'Length in weeks']);
}

/** Waits until the draft bar says the draft was saved. */
export async function saved(page, sel) {
  await page.until((h, sel) => /Draft saved \d\d:\d\d/.test(h.text({ in: sel, css: '.draft-status' })), sel);
}

/** Records the widget's host events and the links it opens (mail links are not followed). */
export async function recordLinksAndEvents(page) {
  await page.run(() => {
    const click = HTMLAnchorElement.prototype.click;
    globalThis.__links = [];
    globalThis.__events = [];
    HTMLAnchorElement.prototype.click = function () {
      globalThis.__links.push({ href: this.href, download: this.download });
      if (this.href.startsWith('mailto:')) return;
      return click.call(this);
    };
    for (const type of ['generated', 'copied', 'draft-saved', 'error']) {
      document.addEventListener(`engagement-${type}`, (e) =>
        globalThis.__events.push({ type: e.type, target: e.target.id, detail: e.detail, at: new Date().getTime() })
      );
    }
  });
}

/** Runs axe-core in the page and returns its WCAG violations. */
export async function axe(page) {
  await page.run((h, source) => (0, eval)(source), AXE_SOURCE);
  return page.exec(`return (${violationsIn})(${JSON.stringify(WCAG_TAGS)})`);
}

/** Everything the widget says (lib/english.mjs, `widgetText`). */
export async function saidIn(page, sel = 'engagement-widget') {
  return page.exec(`return (${widgetText})(document.querySelector(${JSON.stringify(sel)}).shadowRoot)`);
}

/** Puts `text` into the text box `spec` names at once, as a paste does. */
export async function paste(page, spec, text) {
  await page.run(
    (h, spec, text) => {
      const el = h.find(spec);
      el.focus();
      el.value = text;
      // The event of the element's own window (it may be in a frame).
      const { InputEvent } = el.ownerDocument.defaultView;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: text }));
    },
    spec,
    text
  );
}
