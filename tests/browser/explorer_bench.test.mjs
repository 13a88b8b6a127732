// explorer_bench.test.mjs — browser benchmark (issue #7, item 4): first-frame time and median
// frame CPU time (the app's frame body: UI + evaluation, window.armistice.frameCpuMs), idle and
// while the Monte Carlo refines, plus the median interval between frames; and (issue #17) the
// frames per second the page draws when nothing changes (draw on demand; target below 1 after
// 2 s without input). Figures are printed
// (t.diagnostic), not asserted with tight limits: headless SwiftShader on a shared CI machine is
// not a user's laptop. Nothing here is asserted on time; a refining median over 40 ms prints a warning.
// Issue #12 item 7: the full most-durable-deal search time per preset in wasm (the wasm
// durability_tool under node, whose V8 runs the same wasm as Chromium; budget 1 s), and the frame
// rate and worst frame while the search runs in the page (budget 50 fps); over budget prints a
// warning.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { WEB_DIR, openApp } from './harness.mjs';
import { assertClean, click, loadPreset, settled, start } from './explorer_helpers.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

// Samples frameCpuMs and frame intervals for `frames` frames (or while `cond` holds).
async function sample(page, frames, whileRefining) {
  return page.evaluate(([n, refining]) => new Promise((resolve) => {
    const cpu = [], gaps = [];
    let last = performance.now();
    const step = (now) => {
      gaps.push(now - last);
      last = now;
      cpu.push(window.armistice.frameCpuMs);
      const more = refining ? window.armistice.refining === 1 && cpu.length < 2000 : cpu.length < n;
      if (more) requestAnimationFrame(step); else resolve({ cpu, gaps });
    };
    requestAnimationFrame(step);
  }), [frames, whileRefining]);
}

test('benchmark: first frame, idle and refining frame times', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  const t0 = Date.now();
  await start(app);
  const state = await app.state();
  t.diagnostic(`first frame: ${state.firstFrameMs.toFixed(0)} ms after navigation start ` +
               `(performance.now); summary ready after ${Date.now() - t0} ms wall`);
  await settled(app.page);
  const idle = await sample(app.page, 120, false);
  t.diagnostic(`idle: last frame CPU ${median(idle.cpu).toFixed(2)} ms, median page ` +
               `requestAnimationFrame interval ${median(idle.gaps.slice(1)).toFixed(1)} ms`);
  // Draw on demand: after 2 s without input, count the frames the app draws over 3 s.
  await app.page.waitForTimeout(2000);
  const f0 = (await app.state()).frames;
  await app.page.waitForTimeout(3000);
  const f1 = (await app.state()).frames;
  const idleFps = (f1 - f0) / 3;
  t.diagnostic(`idle frames per second after 2 s without input: ${idleFps.toFixed(2)} ` +
               `(${f1 - f0} frames in 3 s; target below 1)`);
  if (idleFps >= 1) t.diagnostic('WARNING: the idle page draws 1 frame per second or more');

  // Change a clause: durability restarts and refines across frames. A recorder samples every
  // frame from before the click until the full run count is reached.
  await click(app.page, 'tab.political');
  await click(app.page, 'clause.alignment');
  await app.page.evaluate(() => {
    const rec = { frames: [], done: false };
    window.__bench = rec;
    let last = performance.now(), seen = false;
    const step = (now) => {
      const a = window.armistice;
      rec.frames.push({ t: now, gap: now - last, cpu: a.frameCpuMs, refining: a.refining, runs: a.runsDone });
      last = now;
      if (a.refining === 1) seen = true;
      if ((seen && a.refining === 0) || rec.frames.length > 400) rec.done = true;
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  await click(app.page, 'option.alignment.armed_neutrality');
  await app.page.waitForFunction(() => window.__bench.done, null, { polling: 50, timeout: 120000 });
  const rec = await app.page.evaluate(() => window.__bench.frames);
  const ref = rec.filter((f) => f.refining === 1);
  const cpu = ref.map((f) => f.cpu);
  const first = ref[0];
  const firstEstimate = ref.find((f) => f.runs > 0);
  t.diagnostic(`refining: median frame CPU ${median(cpu).toFixed(2)} ms (max ${Math.max(...cpu).toFixed(1)}), ` +
               `median frame interval ${median(ref.map((f) => f.gap)).toFixed(1)} ms over ${ref.length} frames; ` +
               `first estimate (${firstEstimate ? firstEstimate.runs : 0} runs) in the first refining frame, ` +
               `full run count ${(rec[rec.length - 1].t - first.t).toFixed(0)} ms after it`);
  // Reported, not asserted: wall-clock limits flake on a loaded machine (project rule).
  if (median(cpu) >= 40) t.diagnostic('WARNING: refining frames above 40 ms median on this run');
  assertClean(app);
});

// The wasm durability_tool beside this web build (tests/durability_tool.js), or null.
function wasmTool() {
  const p = path.join(WEB_DIR, 'tests', 'durability_tool.js');
  return existsSync(p) ? p : null;
}

test('benchmark: most durable deal search, wasm time per preset', (t) => {
  const tool = wasmTool();
  if (!tool) {
    t.skip('no wasm durability_tool in this web build');
    return;
  }
  const out = execFileSync(process.execPath, ['--no-experimental-fetch', tool, 'best'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  // "<id>  <ms> ms (longest step <ms> ms)  start ..% best ..% ..." per preset, then "total <ms> ms".
  const rows = [...out.matchAll(/^(\S+)\s+([\d.]+) ms \(longest step\s+([\d.]+) ms\)\s+start\s+([\d.]+)%\s+best\s+([\d.]+)%/gm)];
  assert.ok(rows.length > 0, `durability_tool best printed no rows:\n${out}`);
  for (const [, id, ms, step, p0, p1] of rows) {
    t.diagnostic(`best search (wasm) ${id}: ${ms} ms, longest step ${step} ms, P(hold) ${p0}% -> ${p1}%`);
    if (Number(ms) > 1000) t.diagnostic(`WARNING: ${id} search over the 1 s budget on this run`);
  }
  const worst = rows.reduce((a, r) => (Number(r[2]) > Number(a[2]) ? r : a));
  t.diagnostic(`best search (wasm): ${rows.length} presets, slowest ${worst[1]} ${worst[2]} ms`);
});

// p-th quantile (0..1) of xs, nearest rank.
const quantile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
};
const stats = (xs) => `median ${median(xs).toFixed(2)} / p95 ${quantile(xs, 0.95).toFixed(2)} / ` +
                      `max ${Math.max(...xs).toFixed(2)} ms`;

// Frame CPU (window.armistice.frameCpuMs) of `n` frames the app draws with nothing to compute,
// and the rate it draws them at (frames per second): a synthetic pointer move each animation frame
// keeps the draw-on-demand loop awake, so this is the page's frame rate without any search.
async function idleFrames(page, n) {
  return page.evaluate((count) => new Promise((resolve) => {
    const cpu = [];
    let seen = window.armistice.frames, x = 5, t0 = 0;
    const step = (now) => {
      const a = window.armistice;
      if (a.frames !== seen) {
        seen = a.frames;
        if (!cpu.length) t0 = now;
        cpu.push(a.frameCpuMs);
      }
      x = x === 5 ? 6 : 5;  // over the top-left corner, away from any widget
      window.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: 5 }));
      if (cpu.length < count) requestAnimationFrame(step);
      else resolve({ cpu, fps: (cpu.length - 1) / ((now - t0) / 1000) });
    };
    requestAnimationFrame(step);
  }), n);
}

// Issue #12: the page keeps drawing while the most-durable search runs, a few milliseconds of it
// per frame (the page's engine budget is 8 ms; a frame has 20 ms at 50 fps). Printed per preset:
// frames drawn during the search, the frame CPU time (median, p95, max) during it against idle
// frames, the frame interval, and the search's wall time in the page. Headless SwiftShader draws
// every frame in software, so its frame rate says little about a real GPU; the frame CPU time
// (the app's own work per frame, which is what the search adds) is compared with the 20 ms budget.
test('benchmark: frame rate while the most durable deal search runs in the page', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  await start(app);
  await settled(app.page);
  const { cpu: idle, fps: idleFps } = await idleFrames(app.page, 120);
  t.diagnostic(`idle frames (pointer moving, nothing to compute): ${idle.length} frames at ` +
               `${idleFps.toFixed(1)} fps, frame CPU ${stats(idle)}`);
  const searched = [];
  // The slowest lasting search (anchorage), a NATO variant, and two interim deals.
  for (const id of ['anchorage_formula_2025_08', 'nato_norway', 'russia_energy_pause_2025_03',
                    'riyadh_black_sea_2025_03']) {
    // Record every frame from before the preset loads until the search has run and finished.
    await app.page.evaluate(() => {
      const rec = { frames: [], done: false };
      window.__best = rec;
      let last = performance.now(), seen = false;
      const step = (now) => {
        const a = window.armistice;
        rec.frames.push({ t: now, gap: now - last, cpu: a.frameCpuMs, searching: a.bestSearching, n: a.frames });
        last = now;
        if (a.bestSearching === 1) seen = true;
        if ((seen && a.bestSearching === 0) || rec.frames.length > 6000) rec.done = true;
        else requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    await loadPreset(app.page, id);
    if (id === 'nato_norway') {  // the card's progress line while the search runs
      await app.page.waitForFunction(() => window.armistice.bestSearching === 1 || window.__best.done, null,
                                     { polling: 20, timeout: 120000 });
      await app.screenshot('bench-best-search-running');
    }
    await app.page.waitForFunction(() => window.__best.done, null, { polling: 100, timeout: 300000 });
    const rec = await app.page.evaluate(() => window.__best.frames);
    const during = rec.filter((f) => f.searching === 1);
    if (during.length < 2) {
      t.diagnostic(`${id}: the search did not run (no deal all four accept, or it finished in one frame)`);
      continue;
    }
    const wall = during[during.length - 1].t - during[0].t;
    const gaps = during.slice(1).map((f) => f.gap);
    const cpu = during.map((f) => f.cpu);
    const drawn = new Set(during.map((f) => f.n)).size;
    const fps = (drawn - 1) / (wall / 1000);
    searched.push(...cpu);
    t.diagnostic(`best search in the page, ${id}: ${drawn} frames drawn over ${wall.toFixed(0)} ms ` +
                 `(${fps.toFixed(1)} fps, against ${idleFps.toFixed(1)} fps drawing with nothing to compute); frame CPU ${stats(cpu)} (idle median ${median(idle).toFixed(2)} ms); ` +
                 `frame interval median ${median(gaps).toFixed(1)} / p95 ${quantile(gaps, 0.95).toFixed(1)} / ` +
                 `max ${Math.max(...gaps).toFixed(1)} ms`);
    if (quantile(cpu, 0.95) > 20) t.diagnostic(`WARNING: ${id}: p95 frame CPU over the 20 ms (50 fps) budget on this run`);
  }
  if (searched.length) {
    t.diagnostic(`all searches: frame CPU ${stats(searched)} against ${stats(idle)} idle; budget 20 ms a frame ` +
                 `(50 fps). The page drew ${idleFps.toFixed(1)} fps with nothing to compute: that is the ceiling ` +
                 'headless SwiftShader (software rendering) sets on this machine, search or not.');
  }
  const shot = await app.screenshot('bench-best-search-done');
  t.diagnostic(`${shot.file}`);
  assertClean(app);
});
