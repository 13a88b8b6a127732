// harness.mjs — shared helpers for browser tests (node --test + playwright-core + apt Chromium).
//
//   const app = await openApp({ deviceScaleFactor: 2 });   // serve build/web, launch, new page
//   openApp({ serviceWorkers: 'allow' }) lets the page install its offline copy (default: block,
//   so no test's requests are answered by a worker left over from an earlier navigation)
//   openApp({ hasTouch: true, isMobile: true }): a phone's context (CSS `(pointer: coarse)`)
//   await app.goto();  await app.waitForFrames(2);  await app.waitForDrawn(framesBefore);
//   app.consoleErrors / pageErrors / foreignRequests / failedRequests / badResponses (keep empty)
//   await app.screenshot('name');  countColours(pngBuffer);  await app.close();
//
// Invariants: Chromium is the system one (never downloaded); every launch gets a fresh
// --user-data-dir (a temporary profile, removed on close); the page is served on 127.0.0.1 on a
// free port; any request to another origin is recorded (the page must be self-contained).
// Env: ARMISTICE_WEB_DIR (default build/web), ARMISTICE_ARTIFACTS_DIR
// (default build/web-test-artifacts), ARMISTICE_CHROMIUM (browser executable).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

import { serveStatic } from './serve_static.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WEB_DIR = path.resolve(process.env.ARMISTICE_WEB_DIR || path.join(REPO_ROOT, 'build/web'));
export const ARTIFACTS_DIR = path.resolve(
  process.env.ARMISTICE_ARTIFACTS_DIR || path.join(REPO_ROOT, 'build/web-test-artifacts'));

// Flags that render WebGL 2 through SwiftShader headless (TOOLCHAIN.md, "Headless Chromium").
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-dev-shm-usage', // containers have a tiny /dev/shm
];

export function chromiumPath() {
  const candidates = [process.env.ARMISTICE_CHROMIUM, '/usr/bin/chromium',
                      '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium found: run ./scripts/setup.sh (apt package chromium)');
  return found;
}

// Waits until the screen is up to date after an action: `n` frames drawn since frame `since`, or
// at least one drawn and then the loop paused (the page draws on demand, so an idle page stops
// drawing: src/app/platform.h, request_frame). Read `since` BEFORE the action.
export async function waitForDrawn(page, since, n = 2, timeout = 30000) {
  await page.waitForFunction(([f, k]) => {
    const a = window.armistice;
    return a.frames >= f + k || (a.sleeping === 1 && a.frames > f);
  }, [since, n], { timeout, polling: 20 });
}

export async function openApp({ webDir = WEB_DIR, viewport = { width: 1280, height: 800 },
                                deviceScaleFactor = 1, respond = null,
                                serviceWorkers = 'block', locale = 'en-US', hasTouch = false,
                                isMobile = false } = {}) {
  if (!existsSync(path.join(webDir, 'index.html'))) {
    throw new Error(`${webDir}/index.html not found: build the web preset first`);
  }
  const server = await serveStatic(webDir, { respond });  // respond: see serve_static.mjs
  const profile = await mkdtemp(path.join(os.tmpdir(), 'armistice-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
      deviceScaleFactor,
      serviceWorkers,  // 'block' unless a test is about the offline copy (page_shell.test.mjs)
      locale,          // navigator.languages (the page's default language: languages.test.mjs)
      hasTouch,
      isMobile,
    });
  } catch (err) {
    await server.close();
    await rm(profile, { recursive: true, force: true });
    throw err;
  }
  const origin = new URL(server.url).origin;
  const page = context.pages()[0] ?? await context.newPage();
  const app = {
    server, context, page, url: server.url, origin,
    consoleErrors: [], pageErrors: [], foreignRequests: [], failedRequests: [], badResponses: [],
    async goto(hash = '') {
      return page.goto(server.url + (hash ? '#' + hash : ''), { waitUntil: 'load' });
    },
    async waitForFrames(n, timeout = 60000) {
      await page.waitForFunction((k) => window.armistice && window.armistice.frames >= k, n,
                                 { timeout, polling: 50 });
    },
    async waitForDrawn(since, n = 2, timeout = 30000) {
      await waitForDrawn(page, since, n, timeout);
    },
    // Reads a snapshot of window.armistice (plain values only).
    async state() {
      return page.evaluate(() => JSON.parse(JSON.stringify(window.armistice ?? null)));
    },
    async screenshot(name) {
      await mkdir(ARTIFACTS_DIR, { recursive: true });
      const png = await page.screenshot();
      const file = path.join(ARTIFACTS_DIR, `${name}.png`);
      await writeFile(file, png);
      return { png, file };
    },
    async close() {
      await context.close().catch(() => {});
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') app.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => app.pageErrors.push(String(err)));
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) app.foreignRequests.push(url);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) app.badResponses.push(`${res.status()} ${res.url()}`);
  });
  page.on('requestfailed', (req) => app.failedRequests.push(`${req.url()} (${req.failure()?.errorText})`));
  return app;
}

// Decodes a PNG (8-bit RGB or RGBA, non-interlaced — what Chromium writes) and returns the
// number of distinct colours among pixels sampled every `step` pixels in both directions.
export function countColours(png, step = 4) {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let pos = 8, width = 0, height = 0, channels = 0;
  const idat = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const body = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8], colour = body[9], interlace = body[12];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) {
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour})`);
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(body);
    }
    pos += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  let prev = Buffer.alloc(stride);
  const colours = new Set();
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = b;
      else if (filter === 3) pred = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c);
      }
      line[i] = (line[i] + pred) & 0xff;
    }
    if (y % step === 0) {
      for (let x = 0; x < width; x += step) {
        colours.add(line.readUIntBE(x * channels, 3));
      }
    }
    prev = line;
  }
  return colours.size;
}
