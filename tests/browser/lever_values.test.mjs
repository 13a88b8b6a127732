// lever_values.test.mjs — issue #16: a context lever's value is readable on a phone, a tablet and
// a desktop: it is drawn at the right end of the lever's label line (value.lever.<id>), above
// the slider (lever.<id>), not in the slider's track, where the grab slid over it.
//
// For every lever, at 390x844 and 820x1180 (a touch screen's context: coarse pointer, taller
// sliders) and 1280x800 (a mouse): the value's rectangle lies above the slider's, ends at the
// slider's right edge and stays within the screen. Screenshots lever-values-<w>x<h>.png (the
// levers on screen) are for a reader to look at. Uses the mouse (a click on the tab, the wheel to
// bring the levers on screen): this file does not test touch.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openApp } from './harness.mjs';
import { assertClean, click, nextFrames, rects, start } from './explorer_helpers.mjs';

async function leverValues(t, viewport, touch) {
  const app = await openApp({ viewport, deviceScaleFactor: 2, hasTouch: touch, isMobile: touch });
  t.after(() => app.close());
  await start(app);
  await click(app.page, 'tab.context');
  let r = await rects(app.page);
  const levers = Object.keys(r).filter((k) => k.startsWith('lever.'));
  assert.ok(levers.length >= 3, `the levers are drawn (${levers.join(' ')})`);
  // The first lever on screen, for the screenshot (the wheel over it scrolls its pane).
  const first = r[levers[0]];
  if (first[3] > viewport.height) {
    await app.page.mouse.move(viewport.width / 2, viewport.height / 2);
    await app.page.mouse.wheel(0, first[1] - viewport.height * 0.3);
    await nextFrames(app.page, 4);
    r = await rects(app.page);
  }
  const bad = [];
  for (const k of levers) {
    const id = k.slice('lever.'.length);
    const slider = r[k], value = r[`value.lever.${id}`];
    if (!value) { bad.push(`${id}: no value beside the slider`); continue; }
    if (value[3] > slider[1] + 0.5) bad.push(`${id}: value (bottom ${value[3]}) over the slider (top ${slider[1]})`);
    if (Math.abs(value[2] - slider[2]) > 1) bad.push(`${id}: value ends at ${value[2]}, the slider at ${slider[2]}`);
    if (value[0] < -0.5 || value[2] > viewport.width + 0.5) bad.push(`${id}: value off screen (${value})`);
  }
  assert.deepEqual(bad, [], 'every lever\'s value is drawn beside its slider, above it');
  const shot = await app.screenshot(`lever-values-${viewport.width}x${viewport.height}`);
  t.diagnostic(`${levers.length} levers; ${shot.file}`);
  assertClean(app);
}

test('lever values: on a phone (390x844, touch screen) each value is above its slider', async (t) => {
  await leverValues(t, { width: 390, height: 844 }, true);
});

test('lever values: on a tablet (820x1180, touch screen) each value is above its slider', async (t) => {
  await leverValues(t, { width: 820, height: 1180 }, true);
});

test('lever values: on a desktop (1280x800, mouse) each value is above its slider', async (t) => {
  await leverValues(t, { width: 1280, height: 800 }, false);
});
