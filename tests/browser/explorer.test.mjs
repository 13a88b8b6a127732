// explorer.test.mjs — the explorer end to end in headless Chromium (issue #7, item 10):
// preset links open with the expected answers in the text summary; a clause changed with the
// mouse or keyboard updates the link and the summary; reload restores the same state; undo;
// a damaged link shows its banner and the app stays usable; the closest acceptable agreement
// applies; no console errors and no request outside the origin throughout.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { openApp } from './harness.mjs';
import {
  assertClean, banner, click, clauseIds, hash, loadPreset, settled, start, summary,
  waitForSummary,
} from './explorer_helpers.mjs';

const preset = (id) => JSON.parse(readFileSync(new URL(`../../scenarios/${id}.json`, import.meta.url)));

test('a preset link opens with its clauses and three answers in the text summary', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  await start(app);
  const link = await loadPreset(app.page, 'russia_june_2024');
  assert.match(link, /^a\d+\./, 'the URL fragment holds a versioned link');

  // Open the link fresh, as a recipient would.
  await app.page.goto('about:blank');
  await start(app, link);
  const text = await settled(app.page);
  t.diagnostic(text);
  const json = preset('russia_june_2024');
  assert.ok(text.includes(`Scenario: ${json.name}`), 'scenario name');
  const ids = clauseIds(text);
  for (const [dim, option] of Object.entries(json.clauses)) assert.equal(ids[dim], option, dim);
  assert.match(text, /Will they sign\? \d of 4 parties would accept/);
  assert.match(text, /Ukraine: would not sign/, 'Ukraine rejects Russia\'s June 2024 demands');
  assert.match(text, /red lines crossed/);
  assert.match(text, /Is it lawful\? \d+ findings? against the agreement/);
  assert.match(text, /Will it hold\? Model estimate \(exploratory, not a forecast\): holds 1 year \d+%, 5 years \d+%, 10 years \d+%/);
  assert.equal(await hash(app.page), link, 'the link on screen is the link opened');
  assert.ok((await banner(app.page)).hidden, 'no banner');
  assertClean(app);
});

test('changing a clause updates link and summary; reload restores it; undo and redo', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  await start(app);
  await settled(app.page);
  const link0 = await hash(app.page);
  const before = clauseIds(await summary(app.page));

  // Mouse: open the "Ukraine's alignment" combo and pick armed neutrality.
  await click(app.page, 'tab.political');
  await click(app.page, 'clause.alignment');
  await click(app.page, 'option.alignment.armed_neutrality');
  let text = await waitForSummary(app.page, /alignment=armed_neutrality/);
  const link1 = await hash(app.page);
  assert.notEqual(link1, link0, 'the URL fragment follows the edit');
  assert.notEqual(before.alignment, 'armed_neutrality');
  assert.match(text, /\(edited\)/);

  // Keyboard: Ctrl+Z undoes, Ctrl+Shift+Z redoes (whole states).
  await app.page.keyboard.press('Control+z');
  text = await waitForSummary(app.page, new RegExp(`alignment=${before.alignment}\\b`));
  assert.equal(await hash(app.page), link0, 'undo restores the previous link exactly');
  await app.page.keyboard.press('Control+Shift+z');
  await waitForSummary(app.page, /alignment=armed_neutrality/);
  assert.equal(await hash(app.page), link1);

  // Reload: the same state comes back from the URL.
  const settledBefore = await settled(app.page);
  await app.page.reload({ waitUntil: 'load' });
  await app.waitForFrames(3);
  const after = await settled(app.page);
  assert.equal(await hash(app.page), link1, 'reload keeps the link');
  assert.equal(after.replace(/ \(edited\)/g, ''), settledBefore.replace(/ \(edited\)/g, ''),
               'reload shows the same scenario and answers');

  // Undo button (mouse) after another edit.
  await click(app.page, 'tab.political');
  await click(app.page, 'clause.alignment');
  await click(app.page, 'option.alignment.nato_norway');
  await waitForSummary(app.page, /alignment=nato_norway/);
  await click(app.page, 'btn.undo');
  await waitForSummary(app.page, /alignment=armed_neutrality/);
  assert.equal(await hash(app.page), link1);
  assertClean(app);
});

test('a damaged link shows its message in the banner and the app stays usable', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  // Take a real link and break it three ways.
  await start(app);
  const good = await hash(app.page);
  const flipped = good.slice(0, -3) + (good.endsWith('A') ? 'B' : 'A') + good.slice(-2);
  for (const [bad, kind] of [[flipped, /damaged/i], [good.slice(0, good.length - 8), /incomplete|cut off|damaged/i],
                             ['a99.AAAA', /newer version/i], ['hello%25s%25n<script>', /not .*link|damaged/i]]) {
    await app.page.goto('about:blank');
    await app.goto(bad);
    await app.waitForFrames(3);
    const b = await banner(app.page);
    t.diagnostic(`${bad.slice(0, 24)}… → ${b.text}`);
    assert.ok(!b.hidden, 'banner shown');
    assert.match(b.text, kind);
    const text = await waitForSummary(app.page, /Scenario: /);
    assert.match(text, /Scenario: Enforced armistice/, 'opens on the default scenario');
  }
  // Still usable: an edit works and produces a valid link.
  const r = JSON.parse(await app.page.evaluate(() => window.armistice.rects));
  if ('tour.skip' in r) await click(app.page, 'tour.skip');
  await click(app.page, 'tab.political');
  await click(app.page, 'clause.alignment');
  await click(app.page, 'option.alignment.armed_neutrality');
  await waitForSummary(app.page, /alignment=armed_neutrality/);
  assert.match(await hash(app.page), /^a\d+\./);

  // A bad link opened while running keeps what is on screen.
  const onScreen = await summary(app.page);
  const before = (await app.state()).frames;
  await app.page.evaluate(() => { window.location.hash = 'a1.garbage'; });
  await app.waitForDrawn(before, 4);  // hashchange arrives after evaluate returns
  const b = await banner(app.page);
  assert.ok(!b.hidden);
  assert.match(b.text, /kept/);
  assert.match(await summary(app.page), /alignment=armed_neutrality/);
  assert.equal((await summary(app.page)).split('\n')[1], onScreen.split('\n')[1]);
  assertClean(app);
});

test('the closest agreement all four accept can be applied, and undone', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  await start(app);
  await loadPreset(app.page, 'russia_june_2024');
  let text = await waitForSummary(app.page, /Scenario: Russia's demands/);
  assert.doesNotMatch(text, /4 of 4 parties would accept/);
  await click(app.page, 'btn.closest');
  text = await waitForSummary(app.page, /4 of 4 parties would accept/);
  t.diagnostic(text.split('\n').filter((l) => /Clause ids|sign/.test(l)).join('\n'));
  await click(app.page, 'btn.undo');
  await waitForSummary(app.page, /Ukraine: would not sign/);
  assertClean(app);
});

// [SECTION] Share and educator links

test('Share copies the link to the clipboard and confirms', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await start(app);
  await click(app.page, 'btn.share');
  await app.page.waitForFunction(() => window.armistice.shareConfirmed === 1, null, { timeout: 10000 });
  const copied = await app.page.evaluate(() => navigator.clipboard.readText());
  const href = await app.page.evaluate(() => window.location.href);
  assert.equal(copied, href, 'the clipboard holds the page address with the state fragment');
  assertClean(app);
});

// Builds an educator link from a plain one by appending a note and a goal to the v1 payload
// (layout documented in src/persist/link.h) and recomputing the CRC.
function crc32(bytes) {
  let c, crc = 0xffffffff;
  for (const b of bytes) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function withNoteAndGoal(link, note, minP) {
  const [prefix, body] = link.split('.');
  assert.equal(prefix, 'a1');
  const env = Buffer.from(body, 'base64url');
  const len = env.readUInt16LE(0);
  const payload = Buffer.from(env.subarray(2, 2 + len));
  assert.equal(payload[1] & 1, 0, 'no compare block in this link');
  payload[1] |= 0b110;
  const text = Buffer.from(note, 'utf8');
  const n = Buffer.alloc(8); n.writeBigUInt64LE(BigInt(text.length));
  const goal = Buffer.alloc(9); goal[0] = 0b101; goal.writeDoubleLE(minP, 1);
  const p2 = Buffer.concat([payload, n, text, goal]);
  const head = Buffer.alloc(3); head[0] = 1; head.writeUInt16LE(p2.length, 1);
  const crc = Buffer.alloc(4); crc.writeUInt32LE(crc32(Buffer.concat([head, p2])));
  return 'a1.' + Buffer.concat([head.subarray(1), p2, crc]).toString('base64url');
}

test('an educator link shows its note as text and the goal with its status', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  let dialogs = 0;
  app.page.on('dialog', (d) => { dialogs++; d.dismiss().catch(() => {}); });
  await start(app);
  const plain = await loadPreset(app.page, 'russia_june_2024');
  const note = 'Find a deal all four sign <script>alert(1)</script> %s%n';
  const link = withNoteAndGoal(plain, note, 0.3);
  await app.page.goto('about:blank');
  await start(app, link);
  let text = await settled(app.page);
  assert.ok((await banner(app.page)).hidden, 'the educator link decodes');
  assert.ok(text.includes(`Educator note: ${note}`), 'note shown verbatim, as text');
  assert.match(text, /Goal not met yet/);
  assert.match(text, /All four parties accept: no/);
  assert.equal(await hash(app.page), link, 'the link keeps note and goal');
  await click(app.page, 'btn.closest');
  text = await waitForSummary(app.page, /All four parties accept: yes/);
  t.diagnostic(text.split('\n').filter((l) => /Goal/.test(l)).join('\n'));
  assert.equal(dialogs, 0, 'nothing in the note ran');
  assert.equal(await app.page.evaluate(() => document.querySelectorAll('script').length),
               await app.page.evaluate(() => document.querySelectorAll('script[src]').length));
  assertClean(app);
});
