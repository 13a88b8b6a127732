// touch_phone_levers.test.mjs — issue #16, done when "on a phone with touch alone a reader can
// reach every clause and lever": by TOUCH ONLY (CDP touch events in a phone's context; no mouse
// event and no key anywhere in this file), at 390x844 the "Context and lens" tab is opened by a
// tap, a context lever (a slider) is dragged sideways by a finger and the share link changes
// (decoded with the native CLI when one is built: the lever's value moved the way the finger
// did), then the lens is changed from its menu and the summary names the new lens.
// Screenshots touch-phone-lens-menu.png (the open lens menu) and touch-phone-levers.png.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

import { openApp } from './harness.mjs';
import {
  assertClean, cliPath, hash, nextFrames, rects, settled, startByTouch, summary,
} from './explorer_helpers.mjs';
import { swipeIntoView } from './phone_layout_case.mjs';

// The context of a share link as the CLI decodes it ({} when every lever is at its default),
// or null without a CLI.
function decodedContext(fragment) {
  const cli = cliPath();
  if (!cli) return null;
  const r = spawnSync(cli, ['link', 'decode', fragment], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).context ?? {};
}

const lensOf = (text) => (text.split('\n').find((l) => l.startsWith('Lens: ')) ?? '').slice(6);

test('touch only, on a phone: a context lever dragged by a finger and the lens changed from its menu', async (t) => {
  const W = 390, H = 844;
  const app = await openApp({ viewport: { width: W, height: H }, deviceScaleFactor: 2,
                              hasTouch: true, isMobile: true });
  t.after(() => app.close());
  const finger = await startByTouch(app);
  const { touch, tap } = finger;
  const swipe = (x, y0, dy) => finger.swipe(x, y0, dy, 4);
  await settled(app.page);

  await swipeIntoView(app, swipe, 'tab.context');
  await tap('tab.context');
  let r = await rects(app.page);
  const levers = Object.keys(r).filter((k) => k.startsWith('lever.'));
  assert.ok(levers.length >= 5, `the levers are drawn after a tap on the tab (${levers.join(' ')})`);

  // A lever: swiped into view, then dragged from a quarter to three quarters of its track.
  const lever = levers[0];
  const id = lever.slice('lever.'.length);
  r = await swipeIntoView(app, swipe, lever);
  const q = r[lever];
  const y = (q[1] + q[3]) / 2;
  const x0 = q[0] + (q[2] - q[0]) * 0.25, x1 = q[0] + (q[2] - q[0]) * 0.75;
  const linkBefore = await hash(app.page);
  const before = decodedContext(linkBefore);
  await touch('touchStart', x0, y);
  await nextFrames(app.page, 2);
  for (let k = 1; k <= 10; k++) {
    await touch('touchMove', x0 + ((x1 - x0) * k) / 10, y);
    await nextFrames(app.page, 1);
  }
  await touch('touchEnd', x1, y);
  await nextFrames(app.page, 3);
  await app.page.waitForFunction((h) => window.location.hash.replace(/^#/, '') !== h, linkBefore,
                                 { polling: 50, timeout: 10000 })
    .catch(() => assert.fail(`dragging ${lever} by touch did not change the share link`));
  const linkAfter = await hash(app.page);
  const after = decodedContext(linkAfter);
  if (after) {
    assert.ok(id in after, `the link now sets ${id} (${JSON.stringify(after)})`);
    const was = before && id in before ? before[id] : null;
    t.diagnostic(`${id}: ${was ?? 'default'} -> ${after[id]}`);
    if (was !== null) assert.ok(after[id] > was, 'the value grew as the finger moved right');
  } else {
    t.diagnostic('no native CLI: the link changed; its lever value is not decoded');
  }
  // The column did not scroll: the lever keeps its place under the tabs (the title above them
  // may have grown a line: "Edited from: …").
  const r2 = await rects(app.page);
  const offset = (rs) => rs[lever][1] - rs['tab.context'][1];
  assert.ok(Math.abs(offset(r2) - offset(r)) < 1,
            `a sideways drag moved the slider, not the column (${offset(r)} -> ${offset(r2)})`);

  // The lens, from its menu: the summary names the new one.
  const lensBefore = lensOf(await summary(app.page));
  assert.ok(lensBefore, 'the summary names the lens');
  await swipeIntoView(app, swipe, 'lens');
  await tap('lens');
  r = await rects(app.page);
  const options = Object.keys(r).filter((k) => k.startsWith('option.lens.') && r[k][1] >= 0 && r[k][3] <= H);
  assert.ok(options.length >= 2, `the lens menu opened by a tap (${options.join(' ')})`);
  await app.screenshot('touch-phone-lens-menu');
  // The first option is the default lens: the last one first, and the first if that was the
  // lens already.
  const changed = async () => {
    await app.page.waitForFunction((was) => {
      const line = document.getElementById('a11y-summary').textContent.split('\n')
        .find((l) => l.startsWith('Lens: '));
      return line && line.slice(6) !== was;
    }, lensBefore, { polling: 50, timeout: 5000 }).catch(() => {});
    return lensOf(await summary(app.page));
  };
  await tap(options[options.length - 1]);
  let lensAfter = await changed();
  if (lensAfter === lensBefore) {
    await tap('lens');
    await tap(options[0]);
    lensAfter = await changed();
  }
  assert.notEqual(lensAfter, lensBefore, 'the summary names another lens');
  assert.ok(!Object.keys(await rects(app.page)).some((k) => k.startsWith('option.lens.')),
            'the menu closed');
  const shot = await app.screenshot('touch-phone-levers');
  t.diagnostic(`lens: ${lensBefore} -> ${lensAfter}; ${shot.file}`);
  assertClean(app);
});
