// page_shell.test.mjs — the page shell around the app: the loader says what is coming and how
// much (total size from asset-manifest.json), leaves the accessibility tree once the app runs,
// and the offline copy (sw.js) lets a reader reload with the network off; a new deployment
// replaces the old cache. Without WebGL 2 the engine computes the link's answers as text; without
// WebAssembly the page shows the answers written at build time (answers-as-text.json; in
// another language answers-as-text-<code>.json).
// Real build, real Chromium; service workers allowed only here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { choosePolitical, loadPreset, settled, start, summary } from './explorer_helpers.mjs';
import { WEB_DIR, openApp } from './harness.mjs';

const manifest = JSON.parse(readFileSync(path.join(WEB_DIR, 'asset-manifest.json'), 'utf8'));
const wasmBytes = manifest.files.find((f) => f.name === 'armistice_explorer.wasm').bytes;

async function cacheNames(page) {
  return page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('armistice-')));
}

test('while the wasm downloads the loader shows what the page is and the total size', async (t) => {
  let release = null;
  const app = await openApp({
    // Half of the wasm, then a pause until the test has read the loader, then the rest.
    respond: (urlPath, file, res) => {
      if (!urlPath.endsWith('.wasm')) return false;
      const bytes = readFileSync(file);
      res.writeHead(200, { 'Content-Type': 'application/wasm', 'Cache-Control': 'no-store' });
      res.write(bytes.subarray(0, bytes.length >> 1));
      release = () => res.end(bytes.subarray(bytes.length >> 1));
      return true;
    },
  });
  t.after(() => app.close());
  await app.goto();
  await app.page.waitForFunction(
    () => /of [\d,]+ KB/.test(document.getElementById('loader-status').textContent), null,
    { polling: 50, timeout: 30000 });
  const loading = await app.page.evaluate(() => ({
    status: document.getElementById('loader-status').textContent,
    about: document.getElementById('loader-about').textContent,
    progress: document.getElementById('loader-progress').value,
    total: window.armistice.downloadTotal,
  }));
  t.diagnostic(`loader: "${loading.status}" (${loading.progress} %)`);
  assert.equal(loading.total, wasmBytes, 'total from the manifest');
  const kb = (n) => Math.round(n / 1024).toLocaleString('en-US');
  assert.match(loading.status, new RegExp(`Downloading the explorer… [\\d,]+ KB of ${kb(wasmBytes)} KB`));
  assert.ok(loading.progress >= 20 && loading.progress <= 80, `progress ${loading.progress} % mid-download`);
  assert.match(loading.about, /Russia and Ukraine/);
  assert.match(loading.about, /runs in your browser/);
  await app.screenshot('shell-loading');
  release();
  await app.waitForFrames(2);
  assert.deepEqual(app.pageErrors, []);
  assert.deepEqual(app.consoleErrors, []);
});

test('once the app runs, the loader is gone from the accessibility tree', async (t) => {
  const app = await openApp();
  t.after(() => app.close());
  await app.goto();
  await app.waitForFrames(2);
  await app.page.waitForFunction(() => document.getElementById('loader').hidden, null,
                                 { polling: 50, timeout: 5000 });
  const snapshot = await app.page.locator('body').ariaSnapshot();
  t.diagnostic(snapshot.replace(/\n/g, ' | '));
  for (const gone of ['Running', 'Loading', 'Downloading', 'Download progress', 'Starting']) {
    assert.ok(!snapshot.includes(gone), `"${gone}" still in the accessibility tree`);
  }
  assert.equal(await app.page.locator('#loader').evaluate((e) => getComputedStyle(e).display), 'none');
});

test('after one visit the page reloads with the network off; a new deployment replaces the cache', async (t) => {
  let deployed = null;  // the next deployment's sw.js, once the test "deploys" it
  const app = await openApp({
    serviceWorkers: 'allow',
    respond: (urlPath, file, res) => {
      if (urlPath !== '/sw.js' || deployed === null) return false;
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(deployed);
      return true;
    },
  });
  t.after(() => app.close());
  await start(app);
  const link = await loadPreset(app.page, 'russia_june_2024');
  const online = await summary(app.page);
  await app.page.waitForFunction(() => window.armistice.offline === 'ready' &&
                                       navigator.serviceWorker.controller !== null, null,
                                 { polling: 100, timeout: 60000 });
  assert.deepEqual(await cacheNames(app.page), [`armistice-${manifest.version}`]);

  // Offline: a reload and a share link (fragment) both open from the cache.
  await app.context.setOffline(true);
  await app.page.reload({ waitUntil: 'load' });
  await app.waitForFrames(2);
  let state = await app.state();
  assert.equal(state.status, 'running', 'reloaded offline');
  await app.page.goto('about:blank');
  await start(app, link);
  const offline = await summary(app.page);
  assert.equal(offline.split('\n')[0], online.split('\n')[0], 'a share link opens offline');
  await app.screenshot('shell-offline-reload');
  await app.context.setOffline(false);

  // A new deployment: a different sw.js (another VERSION). The browser installs it, and it
  // leaves only its own cache behind.
  const next = 'f'.repeat(16) === manifest.version ? '0'.repeat(16) : 'f'.repeat(16);
  deployed = readFileSync(path.join(WEB_DIR, 'sw.js'), 'utf8')
    .replace(`const VERSION = '${manifest.version}'`, `const VERSION = '${next}'`);
  assert.ok(deployed.includes(next), 'sw.js carries its VERSION where the test expects it');
  await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await app.page.waitForFunction(async (name) => {
    const keys = (await caches.keys()).filter((k) => k.startsWith('armistice-'));
    return keys.length === 1 && keys[0] === name;
  }, `armistice-${next}`, { polling: 200, timeout: 60000 });
  assert.deepEqual(app.pageErrors, []);
  assert.deepEqual(app.foreignRequests, []);
});

test('without WebGL 2 the page explains why and shows the answers for the link as text', async (t) => {
  const app = await openApp();
  t.after(() => app.close());
  // This browser has WebGL 2; take it away before any page script runs.
  await app.page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : original.call(this, type, ...rest);
    };
  });
  await app.goto();
  await app.page.waitForFunction(() => window.armistice.textVersion === 'ready', null,
                                 { polling: 100, timeout: 60000 });
  const page = await app.page.evaluate(() => ({
    status: window.armistice.status,
    frames: window.armistice.frames,
    reason: document.getElementById('unsupported-reason').textContent,
    shown: !document.getElementById('unsupported').hidden,
    text: document.getElementById('unsupported-text').textContent,
    computing: document.getElementById('unsupported-text-status').hidden,
    banner: document.getElementById('banner').hidden,
  }));
  t.diagnostic(page.text);
  assert.equal(page.status, 'unsupported');
  assert.equal(page.frames, 0, 'nothing drawn');
  assert.ok(page.shown);
  assert.match(page.reason, /WebGL 2/);
  for (const q of ['Scenario: ', 'Will they sign? ', 'Is it lawful? ', 'Will it hold? ']) {
    assert.ok(page.text.includes(q), `text version has "${q}"`);
  }
  assert.ok(!page.text.includes('being computed'), 'complete figures');
  assert.ok(page.computing, '"Computing…" gone once the text is there');
  assert.ok(page.banner, 'no error banner on top of the explanation');
  await app.screenshot('shell-text-version');
  assert.deepEqual(app.pageErrors, []);
  assert.deepEqual(app.consoleErrors, []);
});

test('without WebAssembly the page shows the answers computed at build time, per preset', async (t) => {
  const texts = JSON.parse(readFileSync(path.join(WEB_DIR, 'answers-as-text.json'), 'utf8'));
  // Links as the working page writes them: a preset unchanged, and the same preset edited.
  const full = await openApp();
  t.after(() => full.close());
  await start(full);
  const presetLink = await loadPreset(full.page, 'russia_june_2024');
  const editedLink = await choosePolitical(full.page, 'alignment', 'nato_norway');
  const computed = await settled(full.page);

  const app = await openApp();
  t.after(() => app.close());
  await app.page.addInitScript(() => { delete window.WebAssembly; });
  const open = async (fragment) => {
    await app.page.goto('about:blank');  // a new document each time, not a hash change
    await app.goto(fragment);
    await app.page.waitForFunction(() => window.armistice.textVersion === 'ready', null,
                                   { polling: 100, timeout: 30000 });
    return app.page.evaluate(() => ({
      status: window.armistice.status,
      preset: window.armistice.textVersionPreset,
      reason: document.getElementById('unsupported-reason').textContent,
      note: document.getElementById('unsupported-text-status').textContent,
      text: document.getElementById('unsupported-text').textContent,
      options: document.getElementById('unsupported-preset').options.length,
      wasmRequested: performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm')),
    }));
  };

  // An unchanged preset's link: exactly that preset's answers, the same text as the page's.
  let shown = await open(presetLink);
  t.diagnostic(shown.note);
  assert.equal(shown.status, 'unsupported');
  assert.match(shown.reason, /WebAssembly/);
  assert.equal(shown.preset, 'russia_june_2024');
  assert.match(shown.note, /unchanged/);
  assert.equal(shown.options, texts.presets.length, 'every preset can be picked');
  assert.ok(!shown.wasmRequested, 'the page does not fetch the wasm it cannot run');
  for (const q of ['Scenario: ', 'Will they sign? ', 'Is it lawful? ', 'Will it hold? ']) {
    assert.ok(shown.text.includes(q), `text has "${q}"`);
  }
  assert.ok(!shown.text.includes('Clause ids:') && !shown.text.includes('russia_june_2024'),
            'no machine ids in the text for readers');
  const preset = texts.presets.find((p) => p.id === 'russia_june_2024');
  assert.equal(preset.link, presetLink, 'the build wrote the link the page writes');
  assert.equal(shown.text, preset.text);
  await app.screenshot('shell-no-wasm-preset');

  // An edited link: the preset it was based on, said plainly; not the edited answers.
  shown = await open(editedLink);
  t.diagnostic(shown.note);
  assert.equal(shown.preset, 'russia_june_2024');
  assert.match(shown.note, /changes the preset .*needs WebAssembly/);
  // The live summary carries machine ids for scripts (the preset's id, "Clause ids:"); the text
  // version for readers does not.
  const forReaders = computed.split('\n')
    .filter((l) => !l.startsWith('Clause ids:') && !l.startsWith('Based on preset:')).join('\n');
  assert.notEqual(shown.text, forReaders, 'the edited scenario is not claimed');

  // No link: the default preset; another can be picked.
  shown = await open('');
  assert.equal(shown.preset, texts.default);
  await app.page.selectOption('#unsupported-preset', 'nato_norway');
  assert.equal(await app.page.evaluate(() => document.getElementById('unsupported-text').textContent),
               texts.presets.find((p) => p.id === 'nato_norway').text);
  // A link to something else entirely says so.
  shown = await open('a1.not-a-link');
  assert.match(shown.note, /need WebAssembly/);
  await app.screenshot('shell-no-wasm-custom-link');
  assert.deepEqual(app.pageErrors, []);
  assert.deepEqual(app.consoleErrors, []);
});

test('without WebAssembly a Ukrainian or Russian reader gets the answers in their language', async (t) => {
  const english = JSON.parse(readFileSync(path.join(WEB_DIR, 'answers-as-text.json'), 'utf8'));
  assert.equal(english.language, 'en');
  for (const code of ['uk', 'ru']) {
    const texts = JSON.parse(readFileSync(path.join(WEB_DIR, `answers-as-text-${code}.json`), 'utf8'));
    assert.equal(texts.language, code);
    assert.equal(texts.presets.length, english.presets.length, `${code}: every preset`);
    const app = await openApp({ locale: code === 'uk' ? 'uk-UA' : 'ru-RU' });
    t.after(() => app.close());
    await app.page.addInitScript(() => { delete window.WebAssembly; });
    await app.goto();
    await app.page.waitForFunction(() => window.armistice.textVersion === 'ready', null,
                                   { polling: 100, timeout: 30000 });
    const shown = await app.page.evaluate(() => ({
      lang: document.documentElement.lang,
      preset: window.armistice.textVersionPreset,
      text: document.getElementById('unsupported-text').textContent,
      title: document.getElementById('unsupported-text-title').textContent,
      firstOption: document.getElementById('unsupported-preset').options[0].textContent,
      fetched: performance.getEntriesByType('resource').map((e) => e.name)
        .filter((n) => n.includes('answers-as-text')),
    }));
    t.diagnostic(`${code}: ${shown.text.slice(0, 160).replace(/\n/g, ' | ')}`);
    assert.equal(shown.lang, code);
    const entry = texts.presets.find((p) => p.id === shown.preset);
    const en = english.presets.find((p) => p.id === shown.preset);
    assert.equal(shown.text, entry.text, `${code}: the file's text is shown`);
    assert.notEqual(entry.text, en.text, `${code}: not the English text`);
    assert.equal(entry.link, en.link, `${code}: the same link in every language`);
    assert.match(shown.title, /[А-Яа-яІіЇїЄєҐґ]/, `${code}: the heading is in Cyrillic`);
    assert.match(shown.text, /[А-Яа-яІіЇїЄєҐґ]{4}/, `${code}: the answers are in Cyrillic`);
    assert.ok(shown.fetched.length === 1 && shown.fetched[0].endsWith(`answers-as-text-${code}.json`),
              `${code}: only its own file is fetched: ${shown.fetched.join(', ')}`);
    await app.screenshot(`shell-no-wasm-${code}`);
    assert.deepEqual(app.pageErrors, []);
    assert.deepEqual(app.consoleErrors, []);
  }
});
