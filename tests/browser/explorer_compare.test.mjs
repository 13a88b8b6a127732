// explorer_compare.test.mjs — the compare view explains a difference clause by clause (issue #8,
// item 3): with the US 28-point draft as A and the UK–France–Germany counter as B, each clause
// that differs shows how B's choice alone moves each party's margin, the legal findings and
// P(hold 60 months), computed across frames ("computing…" first). The figures are read from
// window.armistice.compareEffects and the text summary, and checked against `armistice diff
// --json` when the native CLI is built (same engine functions, A's seed, 2000 runs).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openApp } from './harness.mjs';
import {
  assertClean, click, cliJson, loadPreset, settled, start, waitForSummary,
} from './explorer_helpers.mjs';

const PARTIES = ['ukraine', 'russia', 'united_states', 'europe'];

test('compare: each differing clause with its effect on signing, law and durability', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  await start(app);
  await loadPreset(app.page, 'us_28_point_2025_11');
  await click(app.page, 'btn.compare');
  await waitForSummary(app.page, /Comparing with B: /);
  // Record every state of the text summary, to see "computing…" however fast the work goes.
  await app.page.evaluate(() => {
    window.__summaries = [];
    const el = document.getElementById('a11y-summary');
    new MutationObserver(() => window.__summaries.push(el.textContent))
      .observe(el, { childList: true, characterData: true, subtree: true });
    // Frame body CPU time while anything refines (A, B or the clause effects).
    window.__cpu = [];
    const sample = () => {
      if (window.armistice.refining === 1) window.__cpu.push(window.armistice.frameCpuMs);
      if (window.__cpu.length < 5000) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await click(app.page, 'btn.compare_pick');
  await click(app.page, 'compare.pick.e3_counter_2025_11');
  const text = await waitForSummary(app.page, /Effects of B's clauses on A, one at a time: \d+ clauses? differ/, 120000);
  await settled(app.page);
  const seen = await app.page.evaluate(() => window.__summaries);
  assert.ok(seen.some((x) => /Comparing with B: .*\nEffects of B's clauses on A, one at a time: computing…/.test(x)),
            'the summary says "computing…" before the effects are ready');
  const cpu = (await app.page.evaluate(() => window.__cpu)).sort((x, y) => x - y);
  const median = cpu.length ? cpu[Math.floor(cpu.length / 2)] : 0;
  t.diagnostic(`computing: ${cpu.length} frames, median frame CPU ${median.toFixed(2)} ms, max ${(cpu.at(-1) ?? 0).toFixed(1)} ms`);
  // Reported, not asserted: wall-clock limits flake on a loaded machine (project rule).
  if (median >= 40) t.diagnostic('WARNING: frames above 40 ms median while the effects are computed');
  const fx = JSON.parse(await app.page.evaluate(() => window.armistice.compareEffects));
  t.diagnostic(text.split('\n').filter((l) => /^Effect/.test(l)).join('\n'));

  assert.equal(fx.done, true);
  assert.equal(fx.runs, 2000);
  assert.ok(fx.clauses.length >= 3, `${fx.clauses.length} clauses differ`);
  assert.equal(fx.simulationsTotal, fx.clauses.length + 2);
  assert.ok(fx.pHold60A > 0 && fx.pHold60A < 1 && fx.pHold60B > 0 && fx.pHold60B < 1);
  for (const c of fx.clauses) {
    assert.equal(c.ready, true, c.dim);
    assert.equal(c.deltaMargin.length, 4, c.dim);
    assert.ok(c.deltaMargin.every(Number.isFinite), `${c.dim}: margins move by finite amounts`);
    assert.ok(c.pHold60 >= 0 && c.pHold60 <= 1, `${c.dim}: P(hold 60) in [0, 1]`);
    assert.ok(Math.abs(c.deltaPHold60) <= 1, c.dim);
  }
  assert.equal(text.split('\n').filter((l) => l.startsWith('Effect of ')).length, fx.clauses.length,
               'one summary line per differing clause');
  assert.ok(fx.clauses.some((c) => c.deltaMargin.some((d) => d !== 0)), 'some clause moves a margin');
  assert.ok(fx.clauses.some((c) => c.legalAdded + c.legalRemoved > 0), 'some clause changes the findings');
  assert.match(text, /holds 60 months \d+%/);

  const cli = cliJson(['diff', 'scenarios/us_28_point_2025_11.json', 'scenarios/e3_counter_2025_11.json', '--json']);
  if (cli) {
    assert.deepEqual(fx.clauses.map((c) => c.dim), cli.clauses.map((c) => c.dimension), 'same clauses as the CLI');
    fx.clauses.forEach((c, i) => {
      const e = cli.clauses[i].effect_on_a;
      assert.equal(c.optionB, cli.clauses[i].option_b);
      assert.ok(Math.abs(c.pHold60 - e.p_hold_60) < 1e-9, `${c.dim}: P(hold 60) ${c.pHold60} = CLI ${e.p_hold_60}`);
      assert.ok(Math.abs(c.deltaPHold60 - e.delta_p_hold_60) < 1e-9, `${c.dim}: ΔP(hold 60) = CLI`);
      PARTIES.forEach((p, k) => {
        assert.ok(Math.abs(c.deltaMargin[k] - e.acceptance[p].delta_margin) < 1e-9, `${c.dim} ${p}: Δmargin = CLI`);
        assert.equal(c.accepts[k], e.acceptance[p].accepts, `${c.dim} ${p}: verdict = CLI`);
      });
      assert.equal(c.legalAdded, e.legal_added.length, `${c.dim}: findings added = CLI`);
      assert.equal(c.legalRemoved, e.legal_removed.length, `${c.dim}: findings removed = CLI`);
    });
  } else {
    t.diagnostic('armistice CLI not built: effects range-checked only');
  }
  await app.screenshot('explorer-compare-us28-vs-e3');
  // A tall window shows the clause list below the chart without scrolling.
  const before = (await app.state()).frames;
  await app.page.setViewportSize({ width: 1366, height: 2000 });
  await app.waitForDrawn(before, 4);  // the resize event arrives after the call returns
  await app.screenshot('explorer-compare-us28-vs-e3-effects');
  assertClean(app);
});
