// explorer_helpers.mjs — helpers for the explorer's browser tests (not a test file itself).
//
// The app publishes the screen rectangles of named widgets as JSON in window.armistice.rects
// (CSS pixels of the full-window canvas) and mirrors the scenario and its three answers as plain
// text in #a11y-summary; tests click through those rectangles and read that text.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { WEB_DIR } from './harness.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// The native `armistice` CLI when one is built: $ARMISTICE_CLI, the native build beside this web
// build (build/x-web -> build/x-native), or build/native. null when none exists.
export function cliPath() {
  const candidates = [process.env.ARMISTICE_CLI,
                      path.join(WEB_DIR.replace(/web$/, 'native'), 'bin', 'armistice'),
                      path.join(REPO_ROOT, 'build', 'native', 'bin', 'armistice')];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

// Runs the CLI with `args` (from the repository root) and parses its JSON output; null without a CLI.
export function cliJson(args) {
  const cli = cliPath();
  if (!cli) return null;
  return JSON.parse(execFileSync(cli, args, { cwd: REPO_ROOT, encoding: 'utf8' }));
}

// What `armistice backtest data/backtest/cases_dev.csv --json` prints, or null without a CLI.
export function cliBacktest() {
  return cliJson(['backtest', 'data/backtest/cases_dev.csv', '--json']);
}

export async function summary(page) {
  return page.evaluate(() => document.getElementById('a11y-summary').textContent);
}

export async function banner(page) {
  return page.evaluate(() => {
    const b = document.getElementById('banner');
    return { hidden: b.hidden, text: b.textContent };
  });
}

export async function hash(page) {
  return page.evaluate(() => window.location.hash.replace(/^#/, ''));
}

export async function frames(page) {
  return page.evaluate(() => window.armistice.frames);
}

// Waits until `n` more frames have been rendered, or the page is idle. The page draws on demand:
// input wakes it synchronously (before the input is handled) and it pauses only after drawing
// for a while with no input, so an idle page has drawn all input sent so far. For events the
// browser delivers later (resize, hashchange), read the frame count before the action and use
// waitForDrawn (harness.mjs) instead.
export async function nextFrames(page, n = 2) {
  const f = await frames(page);
  await page.waitForFunction(([since, k]) => window.armistice.frames >= since + k ||
                                             window.armistice.sleeping === 1,
                             [f, n], { polling: 20, timeout: 30000 });
}

export async function rects(page) {
  return page.evaluate(() => JSON.parse(window.armistice.rects || '{}'));
}

export async function waitForRect(page, key, timeout = 15000) {
  await page.waitForFunction((k) => {
    try { return k in JSON.parse(window.armistice.rects || '{}'); } catch (e) { return false; }
  }, key, { polling: 50, timeout });
  return (await rects(page))[key];
}

// Clicks the centre of a published widget rectangle (mouse: move, then press and release on
// separate frames, as a person would).
export async function click(page, key) {
  const r = await waitForRect(page, key);
  const x = (r[0] + r[2]) / 2, y = (r[1] + r[3]) / 2;
  await page.mouse.move(x, y);
  await nextFrames(page, 2);
  await page.mouse.down();
  await nextFrames(page, 1);
  await page.mouse.up();
  await nextFrames(page, 2);
}

export async function waitForSummary(page, re, timeout = 60000) {
  await page.waitForFunction((src) => new RegExp(src).test(
    document.getElementById('a11y-summary').textContent), re.source, { polling: 100, timeout });
  return summary(page);
}

// Waits until the Monte Carlo has finished refining (the summary then quotes final figures).
export async function settled(page, timeout = 120000) {
  await page.waitForFunction(() => window.armistice.refining === 0, null, { polling: 100, timeout });
  return summary(page);
}

export function clauseIds(text) {
  const line = text.split('\n').find((l) => l.startsWith('Clause ids:'));
  assert.ok(line, 'summary has a "Clause ids:" line');
  return Object.fromEntries(line.slice('Clause ids:'.length).trim().split(' ').map((kv) => kv.split('=')));
}

// Opens the app, dismisses the first-visit tour if it shows, waits for the first state. The tour
// is skipped with the mouse, or with `tap` (touchScreen(app).tap) when given: see startByTouch.
export async function start(app, fragment = '', { tap = null } = {}) {
  await app.goto(fragment);
  await app.waitForFrames(3);
  const r = await rects(app.page);
  if ('tour.skip' in r) await (tap ? tap('tour.skip') : click(app.page, 'tour.skip'));
  await waitForSummary(app.page, /Scenario: /);
}

// start() for touch tests: touch emulation on BEFORE the page loads, the tour skipped by a tap,
// no mouse event at all. Returns touchScreen(app)'s { cdp, touch, tap, swipe }.
export async function startByTouch(app, fragment = '') {
  const finger = await touchScreen(app);
  await start(app, fragment, { tap: finger.tap });
  return finger;
}

// Loads a preset through the Presets menu and returns the resulting link fragment.
export async function loadPreset(page, id) {
  const before = await hash(page);
  await click(page, 'btn.presets');
  await click(page, `preset.${id}`);
  await page.waitForFunction((h) => window.location.hash.replace(/^#/, '') !== h, before,
                             { polling: 50, timeout: 15000 }).catch(() => {});
  return hash(page);
}

// A finger on a touch screen: CDP touch events only (no mouse event is sent), with touch
// emulation on, so the page sees a phone. tap(key) presses the centre of a published widget
// rectangle and lifts on a later frame; swipe(x, y0, dy) moves a finger by dy CSS px over ten
// frames (dy < 0 scrolls a pane down) and returns once the pane has stopped coasting
// (ui/pane_coast.h), so rectangles read after it stay put.
export async function touchScreen(app) {
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  const tap = async (key) => {
    const q = (await rects(app.page))[key];
    assert.ok(q, `${key} published`);
    const x = (q[0] + q[2]) / 2, y = (q[1] + q[3]) / 2;
    await touch('touchStart', x, y);
    await nextFrames(app.page, 2);
    await touch('touchEnd', x, y);
    await nextFrames(app.page, 3);
  };
  // rest > 0: the finger then rests for `rest` frames (~30 ms each) before it lifts, so the
  // pane does not coast on and lands where the finger left it (a careful swipe).
  const swipe = async (x, y0, dy, rest = 0) => {
    await touch('touchStart', x, y0);
    await nextFrames(app.page, 1);
    for (let k = 1; k <= 10; k++) {
      await touch('touchMove', x, y0 + (dy * k) / 10);
      await nextFrames(app.page, 1);
    }
    for (let k = 0; k < rest; k++) {
      await touch('touchMove', x, y0 + dy);
      await app.page.waitForTimeout(30);
      await nextFrames(app.page, 1);
    }
    await touch('touchEnd', x, y0 + dy);
    await nextFrames(app.page, 3);
    await app.page.waitForFunction(() => window.armistice.touchCoasting !== 1, null,
                                   { polling: 50, timeout: 15000 });
    await nextFrames(app.page, 1);
  };
  return { cdp, touch, tap, swipe };
}

// Chooses `option` for the political-settlement clause `dim` with the mouse and returns the
// link fragment once the address has changed.
export async function choosePolitical(page, dim, option) {
  const before = await hash(page);
  await click(page, 'tab.political');
  await click(page, `clause.${dim}`);
  await click(page, `option.${dim}.${option}`);
  await page.waitForFunction((h) => window.location.hash.replace(/^#/, '') !== h, before,
                             { polling: 50, timeout: 10000 });
  return hash(page);
}

export function assertClean(app) {
  assert.deepEqual(app.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(app.consoleErrors, [], 'console errors');
  assert.deepEqual(app.foreignRequests, [], 'requests to other origins');
  assert.deepEqual(app.badResponses, [], 'HTTP error responses');
}
