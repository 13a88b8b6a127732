// touch_phone_paths.test.mjs — issue #16: paths of the phone layout that no other test walks,
// by TOUCH ONLY (CDP touch events in a phone's context at 390x844; no mouse event and no key
// anywhere in this file):
//  - a tap on a headline answer scrolls the column to its card;
//  - the hold card's compliance ledger, opened by a tap, is a list (one obligation per entry),
//    not the four-column table of wider screens;
//  - Compare: opened from the top bar, agreement B picked from its menu, and read: the view
//    and the summary compare with B.
// Screenshots touch-phone-answer-tap.png, touch-phone-ledger.png, touch-phone-compare.png.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openApp } from './harness.mjs';
import {
  assertClean, rects, settled, startByTouch, waitForRect, waitForSummary,
} from './explorer_helpers.mjs';
import { swipeIntoView } from './phone_layout_case.mjs';

const W = 390, H = 844;

async function phone(t) {
  const app = await openApp({ viewport: { width: W, height: H }, deviceScaleFactor: 2,
                              hasTouch: true, isMobile: true });
  t.after(() => app.close());
  const finger = await startByTouch(app);
  await settled(app.page);
  return { app, finger, swipe: (x, y0, dy) => finger.swipe(x, y0, dy, 4) };
}

// Waits until `key`'s top is within `px` of the column's top (the column scrolled to it).
async function waitForTopOfColumn(page, key, px = 60, timeout = 5000) {
  await page.waitForFunction(([k, d]) => {
    const r = JSON.parse(window.armistice.rects || '{}');
    return r[k] && r['pane.column'] && Math.abs(r[k][1] - r['pane.column'][1]) <= d;
  }, [key, px], { polling: 50, timeout });
  return (await rects(page))[key];
}

test('touch only, on a phone: a tap on an answer scrolls the column to its card', async (t) => {
  const { app, finger } = await phone(t);
  for (const [answer, card] of [['headline.hold', 'section.hold'], ['headline.law', 'section.law']]) {
    let r = await rects(app.page);
    if (answer === 'headline.law') {
      // Back at the top first: the answers are the column's first screen.
      r = await swipeIntoView(app, (x, y0, dy) => finger.swipe(x, y0, dy, 4), answer);
    }
    const column = r['pane.column'];
    assert.ok(r[card][1] > column[3] || r[card][3] < column[1],
              `${card} is off screen before the tap (${r[card][1].toFixed(0)} in ${column})`);
    await finger.tap(answer);
    const q = await waitForTopOfColumn(app.page, card)
      .catch(() => assert.fail(`a tap on ${answer} did not bring ${card} to the top`));
    t.diagnostic(`${answer}: ${card} now at y ${q[1].toFixed(0)} (column from ${column[1]})`);
    if (answer === 'headline.hold') await app.screenshot('touch-phone-answer-tap');
  }
  assertClean(app);
});

test('touch only, on a phone: the compliance ledger is a list', async (t) => {
  const { app, finger, swipe } = await phone(t);
  await finger.tap('headline.hold');  // straight to the hold card
  await waitForTopOfColumn(app.page, 'section.hold');
  let r = await swipeIntoView(app, swipe, 'hold.ledger');
  assert.ok(!('hold.ledger.list' in r), 'the ledger starts closed');
  await finger.tap('hold.ledger');
  const list = await waitForRect(app.page, 'hold.ledger.list', 5000)
    .catch(() => assert.fail('a tap on "Compliance ledger" did not open it'));
  r = await rects(app.page);
  assert.ok(!('hold.ledger.table' in r), 'no table on a phone');
  const section = r['section.hold'];
  assert.ok(list[0] >= section[0] - 0.5 && list[2] <= W + 0.5,
            `the list lies within the column (${list.map((v) => v.toFixed(0))})`);
  r = await swipeIntoView(app, swipe, 'hold.ledger.list');
  await app.screenshot('touch-phone-ledger');
  // Its text: every obligation with its figures (the outline for screen readers lists them
  // too; here the list's height says it holds more than one entry of two lines).
  const lineH = 16;
  assert.ok(list[3] - list[1] >= 4 * lineH, `more than one entry (${(list[3] - list[1]).toFixed(0)} px tall)`);
  assertClean(app);
});

test('touch only, on a phone: Compare opens, B is picked from its menu, and the comparison reads', async (t) => {
  const { app, finger, swipe } = await phone(t);
  await finger.tap('btn.compare');
  await waitForRect(app.page, 'btn.compare_pick', 5000)
    .catch(() => assert.fail('a tap on "Compare A/B" did not open the compare view'));
  let r = await swipeIntoView(app, swipe, 'btn.compare_pick');
  await finger.tap('btn.compare_pick');
  r = await rects(app.page);
  const picks = Object.keys(r).filter((k) => k.startsWith('compare.pick.') && r[k][1] >= 0 && r[k][3] <= H);
  assert.ok(picks.length >= 2, `the menu of agreements opened by a tap (${picks.length} on screen)`);
  const tooWide = picks.filter((k) => r[k][2] > W + 0.5 || r[k][0] < -0.5);
  assert.deepEqual(tooWide, [], 'the menu fits the phone');
  const pick = picks[picks.length - 1];
  await finger.tap(pick);
  await waitForSummary(app.page, /Comparing with B: /, 15000)
    .catch(() => assert.fail(`a tap on ${pick} did not make it agreement B`));
  // Read: the clause effects of B on A, computed (A's and B's answers side by side on screen).
  const text = await waitForSummary(
    app.page, /Effects of B's clauses on A, one at a time: (\d+ clauses? differ|no clause differs)/, 120000);
  const lines = text.split('\n').filter((l) => /^(Comparing with B: |Effects of B's clauses)/.test(l));
  t.diagnostic(`${pick}: ${lines.map((l) => l.slice(0, 110)).join(' | ')}`);
  r = await rects(app.page);
  assert.ok(!Object.keys(r).some((k) => k.startsWith('compare.pick.')), 'the menu closed');
  const tooWideNow = Object.entries(r).filter(([, q]) => q[2] > W + 0.5 || q[0] < -0.5).map(([k]) => k);
  assert.deepEqual(tooWideNow, [], 'nothing of the compare view extends past the phone\'s width');
  await app.screenshot('touch-phone-compare');
  assertClean(app);
});
