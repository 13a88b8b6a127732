// hardening.test.mjs — issue #17 in the page: draw on demand (the idle page stops drawing, and
// wakes for the keyboard and the mouse after an idle period); a stalled wasm download ends in a
// message with a Retry button that works; a link whose compare partner the page cannot honour
// gets a banner.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { spawnSync } from 'node:child_process';

import { openApp } from './harness.mjs';
import {
  assertClean, banner, click, cliPath, hash, settled, start, summary, waitForSummary,
} from './explorer_helpers.mjs';

// [SECTION] Links forged with a valid CRC (layout: src/persist/link.h)
function crc32(bytes) {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

// The same link with its view byte replaced (and a valid CRC); the link must hold no partner.
function withView(link, view) {
  const env = Buffer.from(link.slice(3), 'base64url');
  const len = env[0] | (env[1] << 8);
  assert.equal(env[3] & 1, 0, 'no compare block');
  env[4] = view;
  const crc = crc32(Buffer.concat([Buffer.from([1]), env.subarray(0, 2 + len)]));
  env.writeUInt32LE(crc, 2 + len);
  return 'a1.' + env.toString('base64url');
}

// What `armistice link decode` says about a link on stderr (null without a native CLI).
function cliDecodeNotes(link) {
  const cli = cliPath();
  if (!cli) return null;
  const r = spawnSync(cli, ['link', 'decode', link], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stderr;
}

// v1 golden link (tests/persist/link_golden_test.cpp): a custom scenario, the nato_norway preset
// as compare partner and the Durability view, a note and a goal.
const GOLDEN_V1_FULL =
  'a1.TQEBBwMDAAAAAAAAAAAXAAAAAAAAAAMAAAAAAAIBAAAAAQAAAAAAAAAAAAAACQAAAAAAAAAeABEAGAAlABIABwAPAAwA' +
  'BwADCAAAAAAAAADQBwAAPAAAAHnfDYZIcAAACgAAAAAAAABHb2xkZW4gb25lEwAAAAAAAABMaW5lIG9uZS4KTGluZSB0d2' +
  '8uAAsAAAAAAAAAbmF0b19ub3J3YXkXAAAAAAAAAAMAAAABAAIBAAAAAgAAAAAAAAAAAAAACQAAAAAAAAAUAAwAEwAqAB4A' +
  'DAAKAAgA_P8AAAAAAAAAAAAQJwAAeAAAAAEAAAAAAAAASwAAAAAAAABUcnkgbW92aW5nIGFpZC4gNTAlIOKJpSAwLjUg4o' +
  'CUICVzJW4gPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PgpTZWNvbmQgbGluZS4FAAAAAAAA4D-plfyd';

const sleeping = (page, timeout = 15000) =>
  page.waitForFunction(() => window.armistice.sleeping === 1, null, { polling: 50, timeout });

test('the idle page stops drawing and wakes for the keyboard and the mouse', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  await start(app);
  await settled(app.page);
  await click(app.page, 'tab.political');
  await click(app.page, 'clause.alignment');
  await click(app.page, 'option.alignment.armed_neutrality');
  await waitForSummary(app.page, /alignment=armed_neutrality/);
  await settled(app.page);

  // Idle: the loop pauses, and no frame is drawn while nothing happens.
  await sleeping(app.page);
  const f0 = (await app.state()).frames;
  await app.page.waitForTimeout(2000);
  const f1 = (await app.state()).frames;
  t.diagnostic(`frames drawn in 2 s of idle: ${f1 - f0}`);
  assert.equal(f1 - f0, 0, 'no frames while idle');

  // Keyboard after the idle period: Ctrl+Z undoes the edit.
  await app.page.keyboard.press('Control+z');
  let text = await waitForSummary(app.page, /alignment=(?!armed_neutrality)/, 15000);
  assert.doesNotMatch(text, /alignment=armed_neutrality/);
  assert.ok((await app.state()).frames > f1, 'the key press woke the loop');

  // Mouse after another idle period: a click on a clause option applies it.
  await settled(app.page);
  await sleeping(app.page);
  await click(app.page, 'clause.alignment');
  await click(app.page, 'option.alignment.armed_neutrality');
  text = await waitForSummary(app.page, /alignment=armed_neutrality/, 15000);

  // A hash change while asleep wakes it too (a bad link: banner, screen kept).
  await settled(app.page);
  await sleeping(app.page);
  await app.page.evaluate(() => { window.location.hash = 'a1.garbage'; });
  await app.page.waitForFunction(() => !document.getElementById('banner').hidden, null,
                                 { polling: 50, timeout: 15000 });
  assert.match((await banner(app.page)).text, /kept/);
  assert.match(await summary(app.page), /alignment=armed_neutrality/);
  assertClean(app);
});

test('a stalled wasm download shows a message and Retry loads the page', async (t) => {
  let stalls = 0;
  const app = await openApp({
    respond: (urlPath, file, res, info) => {
      if (!urlPath.endsWith('.wasm') || stalls > 0) return false;
      stalls += 1;
      // Headers and the first 212,992 bytes, then nothing: the connection stays open.
      res.writeHead(200, { 'Content-Type': 'application/wasm', 'Content-Length': info.size,
                           'Cache-Control': 'no-store' });
      res.write(readFileSync(file).subarray(0, 212992));
      return true;
    },
  });
  t.after(() => app.close());
  await app.goto();
  await app.page.waitForFunction(() => window.armistice.status === 'stalled', null,
                                 { polling: 100, timeout: 40000 });
  const status = await app.page.evaluate(() => document.getElementById('loader-status').textContent);
  t.diagnostic(status);
  assert.match(status, /The download stopped: nothing arrived for 10 seconds after 208 KB/);
  const retry = app.page.locator('#loader-retry');
  assert.ok(await retry.isVisible(), 'Retry button shown');
  await retry.click();
  await app.waitForFrames(3);
  assert.equal((await app.state()).status, 'running');
  assert.equal(stalls, 1);
  assert.ok(await retry.isHidden());
  assert.deepEqual(app.pageErrors, []);
  assert.deepEqual(app.consoleErrors, []);
});

test('a link the page cannot show as asked gets a banner; a partner with another view is kept', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  await start(app);
  const plain = await hash(app.page);
  const forged = withView(plain, 4);  // LinkView::Compare, but no partner
  await app.page.goto('about:blank');
  await start(app, forged);
  const b = await banner(app.page);
  t.diagnostic(b.text);
  assert.ok(!b.hidden, 'banner shown (before: the view was dropped silently)');
  assert.match(b.text, /Compare view but holds no second agreement/);
  const cli = cliDecodeNotes(forged);
  if (cli !== null) {
    t.diagnostic('CLI: ' + cli.trim());
    assert.ok(cli.includes(b.text), 'link decode prints the same words as the banner');
  }

  // The golden v1 link: compare partner with the Durability view. The page keeps the partner in
  // the link it writes back (before: rewritten without it).
  await app.page.goto('about:blank');
  await start(app, GOLDEN_V1_FULL);
  await settled(app.page);
  const back = await hash(app.page);
  assert.ok((await banner(app.page)).hidden, 'nothing to report');
  const notes = cliDecodeNotes(back);
  if (notes !== null) {
    t.diagnostic('CLI on the rewritten link: ' + notes.trim());
    assert.match(notes, /compares with "NATO membership, Norway variant/);
  }
  assertClean(app);
});
