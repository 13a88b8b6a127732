// first_visit.test.mjs — issue #16 "the first ten seconds", in the real page: a one-line
// statement says what the page does until the reader hides it (remembered on the device, never
// in the link); sources are named by outlet and title, never "seed 000"; the guided tour
// outlines the widget each step talks about and, when it ends, gives the reader's own scenario
// back; the model card opens on its plain-words page. Mouse input (not a touch or keyboard test).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertClean, choosePolitical, click, hash, loadPreset, nextFrames, rects, start,
         summary, waitForRect, waitForSummary } from './explorer_helpers.mjs';
import { openApp } from './harness.mjs';

const inside = (outer, inner) => inner[0] >= outer[0] - 1 && inner[1] >= outer[1] - 1 &&
                                 inner[2] <= outer[2] + 1 && inner[3] <= outer[3] + 1;

test('the statement of what the page does stays until hidden, and hiding it is not in the link', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  await start(app);
  const r = await waitForRect(app.page, 'intro.text');
  const bar = (await rects(app.page))['btn.presets'];
  assert.ok(r[1] >= bar[1], 'the statement is in the top bar, below its title row');
  await app.screenshot('first-visit-statement');
  const link = await loadPreset(app.page, 'russia_june_2024');
  assert.ok('intro.text' in await rects(app.page), 'still there after the reader did something');

  await click(app.page, 'btn.intro_hide');
  await app.page.waitForFunction(() => !('intro.text' in JSON.parse(window.armistice.rects || '{}')),
                                 null, { polling: 50, timeout: 10000 });
  assert.equal(await hash(app.page), link, 'hiding the statement does not change the link');
  await app.page.reload({ waitUntil: 'load' });
  await app.waitForFrames(3);
  await waitForSummary(app.page, /Based on preset: russia_june_2024/);
  assert.ok(!('intro.text' in await rects(app.page)), 'remembered across a reload');
  // A fresh device (another profile) sees it again: it lives in local storage, not the link.
  const other = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => other.close());
  await start(other, link);
  await waitForRect(other.page, 'intro.text');
  assertClean(app);
});

test('sources are named by outlet and title, never by "seed" number', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  await start(app);
  await loadPreset(app.page, 'enforced_armistice');
  const text = await summary(app.page);
  const outline = await app.page.evaluate(() => document.getElementById('a11y-outline').textContent);
  for (const [name, s] of [['summary', text], ['outline', outline]]) {
    assert.doesNotMatch(s, /seed 00\d/i, `${name} cites no source by key`);
  }
  assert.match(text, /Lviv Herald/, 'the preset is named after its outlet');
  assertClean(app);
});

test('the tour outlines what it talks about and gives the reader their scenario back', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  await start(app);
  await loadPreset(app.page, 'russia_june_2024');
  const edited = await choosePolitical(app.page, 'alignment', 'nato_norway');
  const before = await summary(app.page);
  assert.match(before, /Edited from/);

  await click(app.page, 'btn.tour');
  // Each step: the outline is the target widget's own rectangle, drawn this frame.
  const targets = [null, 'chart.margins', null, 'chart.survival'];
  for (let step = 0; step < targets.length; step += 1) {
    await nextFrames(app.page, 3);
    const r = await rects(app.page);
    assert.ok('tour.highlight' in r, `step ${step + 1} outlines something`);
    if (targets[step]) {
      assert.deepEqual(r['tour.highlight'], r[targets[step]], `step ${step + 1} outlines ${targets[step]}`);
    } else {
      const h = r['tour.highlight'];
      assert.ok(h[2] - h[0] > 100 && h[3] - h[1] > 100, `step ${step + 1} outlines a pane`);
    }
    const tour = r['tour.skip'];
    assert.ok(!inside(r['tour.highlight'], tour), 'the tour window does not sit on its target');
    await app.screenshot(`tour-step-${step + 1}`);
    if (step + 1 < targets.length) await click(app.page, 'tour.next');
  }
  await click(app.page, 'tour.skip');  // "Back to my agreement"
  await app.page.waitForFunction((h) => window.location.hash.replace(/^#/, '') === h, edited,
                                 { polling: 50, timeout: 10000 });
  const after = await waitForSummary(app.page, /Edited from/);
  assert.equal(after.split('\n').find((l) => l.startsWith('Clause ids:')),
               before.split('\n').find((l) => l.startsWith('Clause ids:')), 'the same clauses');
  assert.ok(!('tour.highlight' in await rects(app.page)), 'the tour is gone');
  assert.equal((await app.state()).undoDepth, 2, 'the reader\'s own undo history (preset, clause)');
  assertClean(app);
});

test('the model card opens on a plain-words page before the technical tables', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  await start(app);
  await click(app.page, 'btn.model_card');
  await waitForRect(app.page, 'model_card.plain');
  assert.ok(!('model_card.technical' in await rects(app.page)), 'the technical tab is not the first page');
  await app.screenshot('model-card-plain-words');
  assertClean(app);
});
