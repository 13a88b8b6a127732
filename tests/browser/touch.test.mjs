// touch.test.mjs — issue #16 item 1, by TOUCH ONLY (CDP Input.dispatchTouchEvent with touch
// emulation; no mouse event, no key anywhere in this file).
//
// Swipe inertia: a fast swipe on the builder pane keeps it scrolling for some frames after the
// finger lifts, then it stops (ui/touch_coast.h: tau 0.35 s, stop below 20 px/s); a slow drag
// does not coast. Distances are read from the published rectangle of a clause row, which moves
// with the pane's scroll.
// Press and hold: what hovering shows (chart read-outs, tooltips) shows while a finger is down
// and goes when it lifts (web/app.js: a mouseleave after each touch's release).
// Share on a phone: a toast on screen and a short sentence in the aria-live region.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openApp } from './harness.mjs';
import {
  assertClean, nextFrames, rects, settled, startByTouch, waitForRect,
} from './explorer_helpers.mjs';

const TABLET = { viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2 };

// The first clause row of the open tab that lies inside the builder pane, and the pane.
async function clauseInPane(page) {
  const r = await rects(page);
  const pane = r['pane.builder'];
  assert.ok(pane, 'pane.builder published');
  const key = Object.keys(r).find((k) => k.startsWith('clause.') &&
                                         r[k][1] >= pane[1] && r[k][3] <= pane[3]);
  assert.ok(key, 'a clause row inside the pane');
  return { key, pane };
}

async function rowY(page, key) {
  const q = (await rects(page))[key];
  assert.ok(q, `${key} still published`);
  return q[1];
}

// Records, from the page itself on every drawn frame, the top of `key`'s rectangle and
// armistice.touchCoasting, until the coast has ended (or `ms` passed); read with coastLog().
async function recordCoast(page, key, ms = 6000) {
  await page.evaluate(([k, limit]) => {
    const log = { rows: [], done: false };
    window.__coastLog = log;
    const t0 = performance.now();
    let last = -1, seen = false, idle = 0;
    const tick = () => {
      const a = window.armistice;
      if (a.frames !== last) {
        last = a.frames;
        const q = JSON.parse(a.rects || '{}')[k];
        log.rows.push({ frame: a.frames, ms: Math.round(performance.now() - t0),
                        y: q ? q[1] : null, coasting: a.touchCoasting });
        if (a.touchCoasting === 1) seen = true;
        idle = a.touchCoasting === 0 ? idle + 1 : 0;
      }
      if ((seen && idle >= 1) || performance.now() - t0 > limit) { log.done = true; return; }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, [key, ms]);
}

async function coastLog(page) {
  await page.waitForFunction(() => window.__coastLog.done, null, { polling: 50, timeout: 20000 });
  return page.evaluate(() => window.__coastLog.rows);
}

test('touch: a fast swipe coasts on after the finger lifts, then stops; a slow drag does not', async (t) => {
  const app = await openApp(TABLET);
  t.after(() => app.close());
  const { touch, tap } = await startByTouch(app);
  await settled(app.page);     // no Monte Carlo work competing with the frames
  await tap('tab.political');  // the longest list of clauses
  const { key, pane } = await clauseInPane(app.page);
  const x = (pane[0] + pane[2]) / 2, y0 = pane[1] + (pane[3] - pane[1]) * 0.8;

  // Fast: a flick, 200 px upwards (the pane scrolls down), the moves as fast as the protocol
  // sends them, lifted at once.
  await touch('touchStart', x, y0);
  await nextFrames(app.page, 2);
  const yStart = await rowY(app.page, key);
  await recordCoast(app.page, key);
  const flick = [];
  for (let k = 1; k <= 10; k++) flick.push(touch('touchMove', x, y0 - 20 * k));
  flick.push(touch('touchEnd', x, y0 - 200));
  await Promise.all(flick);
  const rows = await coastLog(app.page);
  const lift = rows.findIndex((r) => r.coasting === 1);
  assert.ok(lift > 0, `the pane coasted (touchCoasting became 1): ${JSON.stringify(rows)}`);
  // The frame that handled the lift shows the finger's own scroll (ImGui applies a scroll on
  // the next frame); the coast moves the pane from the frame after it.
  const yLift = rows[lift].y;
  const coast = rows.slice(lift + 1);
  const yStop = coast[coast.length - 1].y;
  const moving = coast.filter((r, i) => r.y !== (i ? coast[i - 1].y : yLift)).length;
  const ms = coast[coast.length - 1].ms - rows[lift].ms;
  t.diagnostic(`flick: finger ${(yStart - yLift).toFixed(0)} px, then ${(yLift - yStop).toFixed(1)} px ` +
               `of coast in ${ms} ms over ${moving} frames`);
  assert.ok(yLift < yStart - 100, `the finger scrolled the pane (${yStart} -> ${yLift})`);
  assert.ok(yStop < yLift - 5, `the pane kept scrolling after the lift (${yLift} -> ${yStop})`);
  // (Two at least: a loaded machine may draw only a few frames during the 1-2 s of coast.)
  assert.ok(moving >= 2, `it moved over several frames, not in one jump (${moving})`);
  for (let i = 0; i < coast.length; i++) {
    assert.ok(coast[i].y <= (i ? coast[i - 1].y : yLift), 'the coast keeps the swipe\'s direction');
  }
  // Then it stops: later frames leave the pane where it is.
  assert.equal(coast[coast.length - 1].coasting, 0, 'the coast ended');
  await tap('tab.political');  // wakes the page for a few frames; the selected tab stays
  assert.equal(await rowY(app.page, key), yStop, 'the coast stopped');

  // Slow: 20 px downwards, 1 px every 150+ ms (under 7 px/s, below the 20 px/s stop speed),
  // still moving when the finger lifts.
  const y1 = pane[1] + (pane[3] - pane[1]) * 0.3;
  await touch('touchStart', x, y1);
  await nextFrames(app.page, 1);
  for (let k = 1; k <= 20; k++) {
    await touch('touchMove', x, y1 + k);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await nextFrames(app.page, 1);
  const ySlow = await rowY(app.page, key);
  assert.ok(ySlow > yStop + 5, `the slow drag scrolled the pane (${yStop} -> ${ySlow})`);
  await recordCoast(app.page, key, 1500);
  await touch('touchEnd', x, y1 + 20);
  const slow = await coastLog(app.page);
  assert.ok(slow.length >= 3, 'frames were drawn after the lift');
  assert.ok(slow.every((r) => r.coasting === 0), `a slow drag does not coast: ${JSON.stringify(slow)}`);
  assert.ok(slow.every((r) => r.y === ySlow), 'the pane stays where the finger left it');
  assertClean(app);
});

// Presses the centre of `key`'s rectangle and holds: resolves with the ms until the page
// published a "tooltip" rect (the finger still down), then lifts and waits until it has gone.
async function holdShowsTooltip(app, touch, key) {
  const q = (await rects(app.page))[key];
  assert.ok(q, `${key} published`);
  assert.ok(!('tooltip' in (await rects(app.page))), `no tooltip before touching ${key}`);
  const x = (q[0] + q[2]) / 2, y = (q[1] + q[3]) / 2;
  const t0 = Date.now();
  await touch('touchStart', x, y);
  await app.page.waitForFunction(() => 'tooltip' in JSON.parse(window.armistice.rects || '{}'),
                                 null, { polling: 20, timeout: 5000 })
    .catch(() => assert.fail(`holding ${key} shows no tooltip`));
  const shownMs = Date.now() - t0;
  await touch('touchEnd', x, y);
  await app.page.waitForFunction(() => !('tooltip' in JSON.parse(window.armistice.rects || '{}')),
                                 null, { polling: 20, timeout: 5000 })
    .catch(() => assert.fail(`the tooltip of ${key} stays after the finger lifted`));
  return shownMs;
}

test('touch: press and hold shows what hovering shows (chart read-outs, tooltips); lifting hides it', async (t) => {
  const app = await openApp(TABLET);
  t.after(() => app.close());
  const { touch, tap } = await startByTouch(app);
  await settled(app.page);
  const shown = {};
  // The margins chart of "Will they sign?" (a bar's read-out) and the survival chart of
  // "Will it hold?" (the month's read-out).
  await tap('tab.card1');
  shown.margins = await holdShowsTooltip(app, touch, 'chart.margins');
  await tap('tab.card3');
  shown.survival = await holdShowsTooltip(app, touch, 'chart.survival');
  // A clause row: its option explained, with where each party stands (the stance marks).
  await tap('tab.political');
  const { key } = await clauseInPane(app.page);
  shown.clause = await holdShowsTooltip(app, touch, key);
  t.diagnostic(`tooltip shown after holding: ${JSON.stringify(shown)} ms (wall clock, incl. protocol)`);
  await app.screenshot('touch-hold-after-lift');
  assertClean(app);
});

test('touch: on a phone, Share confirms with a visible toast and a short live announcement', async (t) => {
  const app = await openApp({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  t.after(() => app.close());
  const { tap } = await startByTouch(app);
  await settled(app.page);
  assert.ok(!('toast.share' in (await rects(app.page))), 'no toast before sharing');
  await tap('btn.share');
  const toast = await waitForRect(app.page, 'toast.share', 5000);
  assert.ok(toast[0] >= 0 && toast[2] <= 390 && toast[1] >= 0 && toast[3] <= 844,
            `the toast lies on the phone's screen (${toast})`);
  const live = await app.page.evaluate(() => document.getElementById('a11y-live').textContent);
  assert.match(live, /Link copied\./, 'the live region says so');
  assert.ok(live.length <= 120, `a short announcement, not the whole text (${live.length} chars)`);
  await nextFrames(app.page, 3);  // an auto-sized window shows from its second frame
  const shot = await app.screenshot('touch-share-toast-phone');
  t.diagnostic(`toast ${JSON.stringify(toast)}; live region: "${live}"; ${shot.file}`);
  // It goes by itself after a few seconds.
  await app.page.waitForFunction(() => !('toast.share' in JSON.parse(window.armistice.rects || '{}')),
                                 null, { polling: 100, timeout: 10000 });
  assertClean(app);
});
