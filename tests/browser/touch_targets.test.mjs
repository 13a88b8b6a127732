// touch_targets.test.mjs — issue #16: touch targets are at least 44 CSS px on touch screens, by
// TOUCH ONLY (CDP touch events; no mouse event, no key in the touch cases).
//
// The page follows CSS `(pointer: coarse)` (platform::coarse_pointer(), published as
// armistice.coarsePointer) and the theme pads every tappable widget to 44 px (ui/theme.h).
// Measured on the published widget rectangles (PanelOut::rect) in a phone's context
// (playwright hasTouch + isMobile) at 390x844 and a tablet's at 820x1180: the tour's buttons,
// the top bar's buttons, the tabs, every clause's menu and its options, the levers (a slider's
// grab sits 2 px inside its track), the lens and its options, the red-line checkboxes, the
// presets menu. With a mouse (a fine pointer) nothing changes: the same widgets keep their
// desktop height, which is below 44 px (so this test fails without the padding).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openApp } from './harness.mjs';
import {
  assertClean, nextFrames, rects, start, touchScreen, waitForRect, waitForSummary,
} from './explorer_helpers.mjs';
import { swipeIntoView } from './phone_layout_case.mjs';

const MIN = 44;               // CSS px (ui/theme.h kTouchTargetPx)
const GRAB_INSET = 2;         // px each side between a slider's track and its grab (ImGui)
const TAPPABLE = /^(tab|btn|clause|option|lens$|redline|tour\.(back|next|skip)$|preset|headline|compare\.pick)/;

const size = (q) => [q[2] - q[0], q[3] - q[1]];
const fmt = (k, q) => `${k} ${size(q).map((v) => v.toFixed(1)).join('x')}`;

// The tappable rects of `r` smaller than MIN in either direction (levers: their grab, MIN tall;
// a tap anywhere on the track moves it there).
function tooSmall(r) {
  const bad = [];
  for (const [k, q] of Object.entries(r)) {
    const [w, h] = size(q);
    if (k.startsWith('lever.')) {
      if (h - 2 * GRAB_INSET < MIN - 0.05) bad.push(fmt(k, q));
    } else if (TAPPABLE.test(k) && (w < MIN - 0.05 || h < MIN - 0.05)) {
      bad.push(fmt(k, q));
    }
  }
  return bad;
}

// Every rect of `r` whose key starts with one of `prefixes`, checked; returns how many.
function checkAll(r, prefixes, where) {
  const keys = Object.keys(r).filter((k) => prefixes.some((p) => k.startsWith(p)));
  assert.ok(keys.length > 0, `${where}: widgets ${prefixes.join(' ')} are published`);
  const sub = Object.fromEntries(keys.map((k) => [k, r[k]]));
  assert.deepEqual(tooSmall(sub), [], `${where}: every target is at least ${MIN} px`);
  return keys.length;
}

// The first-visit page by touch: the tour's buttons measured, then skipped by a tap.
async function openByTouch(viewport) {
  const app = await openApp({ viewport, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const finger = await touchScreen(app);
  await app.goto();
  await app.waitForFrames(3);
  await waitForRect(app.page, 'tour.skip');
  await nextFrames(app.page, 3);  // the tour window is auto-sized: settled from its second frame
  assert.equal(await app.page.evaluate(() => window.armistice.coarsePointer), 1,
               'the page sees a coarse pointer (a finger)');
  const counts = { tour: checkAll(await rects(app.page), ['tour.'], 'the tour') };
  await finger.tap('tour.skip');
  assert.ok(!('tour.skip' in await rects(app.page)), 'a tap on "Skip the tour" closed it');
  await waitForSummary(app.page, /Scenario: /);
  return { app, finger, counts };
}

// Taps the menu `key` open, checks its options (`prefix`), and taps the last one on screen,
// which closes it. Returns the number of options.
async function checkMenu(app, tap, key, prefix, where) {
  await tap(key);
  const r = await rects(app.page);
  const n = checkAll(r, [prefix], where);
  const pick = Object.keys(r).filter((k) => k.startsWith(prefix))
    .filter((k) => r[k][1] >= 0 && r[k][3] <= app.page.viewportSize().height).pop();
  assert.ok(pick, `${where}: an option is on screen`);
  await tap(pick);
  assert.ok(!Object.keys(await rects(app.page)).some((k) => k.startsWith(prefix)),
            `${where}: a tap on an option closed the menu`);
  return n;
}

test('touch targets: on a phone (390x844) every tab, button, menu, option, lever and checkbox is at least 44 px', async (t) => {
  const { app, finger, counts } = await openByTouch({ width: 390, height: 844 });
  t.after(() => app.close());
  const { tap } = finger;
  const swipe = (x, y0, dy) => finger.swipe(x, y0, dy, 4);
  let r = await rects(app.page);
  counts.topBar = checkAll(r, ['btn.'], 'the top bar');
  counts.answers = checkAll(r, ['headline.'], 'the answers');
  await app.screenshot('touch-targets-phone-top');

  for (const tab of ['ceasefire', 'political', 'context']) {
    await swipeIntoView(app, swipe, `tab.${tab}`);
    await tap(`tab.${tab}`);
    r = await rects(app.page);
    counts.tabs = checkAll(r, ['tab.'], 'the builder\'s tabs');
    if (tab !== 'context') {
      counts[tab] = checkAll(r, ['clause.'], `the ${tab} clauses`);
      // The last clause's menu: its options (one or two lines each: label and stance marks).
      const last = Object.keys(r).filter((k) => k.startsWith('clause.')).pop();
      await swipeIntoView(app, swipe, last);
      counts[`${tab}Options`] =
        await checkMenu(app, tap, last, `option.${last.slice('clause.'.length)}.`, `${last}'s menu`);
    } else {
      counts.levers = checkAll(r, ['lever.'], 'the levers');
      counts.redLines = checkAll(r, ['redline.'], 'the red-line checkboxes');
      checkAll(r, ['lens'], 'the lens menu');
      await swipeIntoView(app, swipe, 'lens');
      counts.lensOptions = await checkMenu(app, tap, 'lens', 'option.lens.', 'the lens menu');
    }
  }
  await app.screenshot('touch-targets-phone-context');
  // The presets menu (the top bar: on screen, or scrolled away with the column's top).
  const q = (await rects(app.page))['btn.presets'];
  if (q[1] < 0 || q[3] > 844) await swipeIntoView(app, swipe, 'btn.presets');
  await tap('btn.presets');
  r = await rects(app.page);
  counts.presets = checkAll(r, ['preset.'], 'the presets menu');
  await app.screenshot('touch-targets-phone-presets');
  t.diagnostic(`targets checked: ${JSON.stringify(counts)}; e.g. ${fmt('tab.political', r['tab.political'])}, ` +
               `${fmt('btn.share', r['btn.share'])}`);
  assertClean(app);
});

test('touch targets: on a tablet (820x1180) the panes\' tabs, buttons and clause menus are at least 44 px', async (t) => {
  const { app, finger, counts } = await openByTouch({ width: 820, height: 1180 });
  t.after(() => app.close());
  const { tap } = finger;
  let r = await rects(app.page);
  counts.topBar = checkAll(r, ['btn.'], 'the top bar');
  counts.cards = checkAll(r, ['tab.card'], 'the cards\' tabs');
  await tap('tab.political');
  r = await rects(app.page);
  counts.builder = checkAll(r, ['tab.', 'clause.'], 'the builder');
  const pane = r['pane.builder'];
  const first = Object.keys(r).find((k) => k.startsWith('clause.') && r[k][1] >= pane[1] && r[k][3] <= pane[3]);
  counts.options = await checkMenu(app, tap, first, `option.${first.slice('clause.'.length)}.`, `${first}'s menu`);
  await tap('tab.context');
  counts.context = checkAll(await rects(app.page), ['lever.', 'redline.', 'lens'], 'the context tab');
  await app.screenshot('touch-targets-tablet');
  t.diagnostic(`targets checked: ${JSON.stringify(counts)}`);
  assertClean(app);
});

test('touch targets: with a mouse (a fine pointer) the widgets keep their desktop size', async (t) => {
  const app = await openApp({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  t.after(() => app.close());
  await start(app);
  assert.equal(await app.page.evaluate(() => window.armistice.coarsePointer), 0, 'a fine pointer');
  const r = await rects(app.page);
  const h = (k) => r[k][3] - r[k][1];
  for (const k of ['tab.ceasefire', 'btn.share', 'btn.presets']) {
    assert.ok(h(k) < MIN, `${k} is ${h(k)} px tall with a mouse, as before (below the touch size)`);
  }
  const small = tooSmall(r);
  assert.ok(small.length > 0, 'without a finger, targets below 44 px are expected (the check can fail)');
  t.diagnostic(`with a mouse: ${small.slice(0, 4).join(', ')}`);
  assertClean(app);
});
