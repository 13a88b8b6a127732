// touch_tabs.test.mjs — issue #16: a swipe that starts on one of the builder's tabs scrolls and
// selects nothing; a tap selects the tab. By TOUCH ONLY (CDP touch events through touchScreen();
// no mouse event and no key anywhere in this file).
//
// ImGui selects a tab when it is pressed; the builder's tabs (ui/widgets.h tab_item) are selected
// by a finger when it lifts, and only if it moved at most kTouchSlopPx (8 px). Which tab is open
// is read from the clause rows it draws (clause.<id> rects): the ceasefire and the political
// settlement tabs draw different clauses, the context tab draws levers (lever.<id>).
// Phone (390x844: the tabs scroll with the one column) and tablet (820x1180: the tabs sit above
// the builder's own scrolling pane).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openApp } from './harness.mjs';
import {
  assertClean, nextFrames, rects, settled, startByTouch,
} from './explorer_helpers.mjs';
import { swipeIntoView } from './phone_layout_case.mjs';

// The tab whose content is drawn: its clauses' ids (sorted), or 'context' when levers show.
async function openTab(page) {
  const r = await rects(page);
  if (Object.keys(r).some((k) => k.startsWith('lever.'))) return 'context';
  return Object.keys(r).filter((k) => k.startsWith('clause.')).sort().join(' ');
}

const centre = (q) => [(q[0] + q[2]) / 2, (q[1] + q[3]) / 2];

// A drag by (dx, dy) CSS px over ten frames from (x, y), resting 4 frames before the lift (no
// coast), the finger's moves only (touchScreen().touch).
async function drag(app, touch, x, y, dx, dy) {
  await touch('touchStart', x, y);
  await nextFrames(app.page, 1);
  for (let k = 1; k <= 10; k++) {
    await touch('touchMove', x + (dx * k) / 10, y + (dy * k) / 10);
    await nextFrames(app.page, 1);
  }
  for (let k = 0; k < 4; k++) {
    await touch('touchMove', x + dx, y + dy);
    await app.page.waitForTimeout(30);
    await nextFrames(app.page, 1);
  }
  await touch('touchEnd', x + dx, y + dy);
  await nextFrames(app.page, 3);
  await app.page.waitForFunction(() => window.armistice.touchCoasting !== 1, null,
                                 { polling: 50, timeout: 15000 });
  await nextFrames(app.page, 1);
}

async function open(t, viewport) {
  const app = await openApp({ viewport, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  t.after(() => app.close());
  const finger = await startByTouch(app);
  await settled(app.page);
  return { app, finger };
}

test('touch tabs, on a phone: a swipe that starts on a tab scrolls the column and keeps the tab; a tap selects it', async (t) => {
  const { app, finger } = await open(t, { width: 390, height: 844 });
  const { touch, tap } = finger;
  const ceasefire = await openTab(app.page);
  assert.ok(ceasefire.includes('clause.'), `the ceasefire tab is open at first (${ceasefire})`);
  let r = await swipeIntoView(app, (x, y0, dy) => finger.swipe(x, y0, dy, 4), 'tab.political');
  const pane = r['pane.column'];

  // Upwards from the middle of "Political settlement": the column scrolls down.
  let [x, y] = centre(r['tab.political']);
  const up = -Math.min(200, y - pane[1] - 30);
  assert.ok(up <= -60, `room to swipe up from the tab (${up} px)`);
  await drag(app, touch, x, y, 0, up);
  let q = (await rects(app.page))['tab.political'];
  const moved = q[1] - r['tab.political'][1];
  t.diagnostic(`swipe of ${up} px from tab.political: the column moved ${moved.toFixed(0)} px`);
  assert.ok(moved <= up + 20 && moved < -40, `the column scrolled with the finger (${moved.toFixed(0)} px for ${up})`);
  assert.equal(await openTab(app.page), ceasefire, 'a swipe from "Political settlement" did not select it');

  // Back down from "Context and lens": the column scrolls up; still the ceasefire tab.
  r = await rects(app.page);
  [x, y] = centre(r['tab.context']);
  const down = Math.min(150, pane[3] - y - 30);
  await drag(app, touch, x, y, 0, down);
  q = (await rects(app.page))['tab.context'];
  assert.ok(q[1] - r['tab.context'][1] > 40, `the column scrolled back (${(q[1] - r['tab.context'][1]).toFixed(0)} px for ${down})`);
  assert.equal(await openTab(app.page), ceasefire, 'a swipe from "Context and lens" did not select it');

  // Sideways across the tabs, from "Political settlement" onto "Context and lens": nothing.
  r = await rects(app.page);
  [x, y] = centre(r['tab.political']);
  await drag(app, touch, x, y, centre(r['tab.context'])[0] - x, 0);
  assert.equal(await openTab(app.page), ceasefire, 'a sideways drag over the tabs selected none');

  // A tap selects.
  await tap('tab.political');
  const political = await openTab(app.page);
  assert.ok(political !== ceasefire && political.includes('clause.'),
            `a tap on "Political settlement" opened it (${political})`);
  await tap('tab.context');
  assert.equal(await openTab(app.page), 'context', 'a tap on "Context and lens" opened it');
  await tap('tab.ceasefire');
  assert.equal(await openTab(app.page), ceasefire, 'a tap on "Ceasefire terms" opened it again');
  assertClean(app);
});

test('touch tabs, on a tablet: a swipe that starts on a tab selects nothing; a tap selects it', async (t) => {
  const { app, finger } = await open(t, { width: 820, height: 1180 });
  const { touch, tap } = finger;
  const ceasefire = await openTab(app.page);
  let r = await rects(app.page);
  for (const [tab, dx, dy] of [['political', 0, 120], ['context', 0, -120], ['political', 90, 0]]) {
    const [x, y] = centre(r[`tab.${tab}`]);
    await drag(app, touch, x, y, dx, dy);
    assert.equal(await openTab(app.page), ceasefire, `a drag by (${dx}, ${dy}) from tab.${tab} selected nothing`);
    r = await rects(app.page);
  }
  await tap('tab.political');
  assert.notEqual(await openTab(app.page), ceasefire, 'a tap on "Political settlement" opened it');
  await tap('tab.context');
  assert.equal(await openTab(app.page), 'context', 'a tap on "Context and lens" opened it');
  assertClean(app);
});
