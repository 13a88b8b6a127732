// screen_reader.test.mjs — issue #16 item 4, read through the browser's accessibility tree
// (playwright's ARIA snapshot): the answers come first as headings and lists, every clause is
// listed, no machine id is read, the flat text mirror and the finished loader are out of the
// tree, and one edit gives one short live announcement.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { clauseIds, click, loadPreset, settled, start } from './explorer_helpers.mjs';
import { openApp } from './harness.mjs';

async function outline(page) {
  return page.locator('#a11y-outline').ariaSnapshot();
}

test('a screen reader gets the answers first, as headings and lists, and every clause', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  await start(app);
  await loadPreset(app.page, 'us_28_point_2025_11');
  const flat = await settled(app.page);
  const snap = await outline(app.page);
  t.diagnostic(snap.split('\n').slice(0, 14).join(' | '));

  const headings = [...snap.matchAll(/- heading "([^"]+)" \[level=(\d)\]/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(headings.slice(0, 3).map((h) => h[0]), ['Will they sign?', 'Is it lawful?', 'Will it hold?']);
  assert.ok(headings.slice(0, 3).every((h) => h[1] === '2'), 'the three questions are level-2 headings');
  assert.match(snap.split('\n')[0], /heading "Will they sign\?"/, 'nothing is read before the answers');

  // Lists: the four parties, then (further down) every clause of the agreement.
  const lists = snap.split(/\n(?=- list)/).filter((s) => s.startsWith('- list'));
  // ARIA snapshots are YAML: an item's text is quoted when it holds ": ".
  const items = (block) => [...block.matchAll(/- listitem: (.*)/g)]
    .map((m) => m[1].replace(/^"(.*)"$/, '$1').replace(/\\"/g, '"'));
  const parties = items(lists[0]);
  assert.equal(parties.length, 4);
  for (const p of ['Ukraine', 'Russia', 'United States', 'European allies']) {
    assert.ok(parties.some((i) => i.startsWith(p + ':')), `${p} in the parties list`);
  }
  const ids = clauseIds(flat);
  const clauseList = lists.map(items).find((l) => l.length === Object.keys(ids).length);
  assert.ok(clauseList, `a list with all ${Object.keys(ids).length} clauses`);

  // No machine ids: none of the option ids in the flat mirror's "Clause ids:" line is read.
  for (const id of Object.values(ids).filter((v) => v.includes('_'))) {
    assert.ok(!snap.includes(id), `machine id "${id}" is not read`);
  }
  // The flat mirror, the loader and the canvas description are not read as the page text.
  const body = await app.page.locator('body').ariaSnapshot();
  assert.ok(!body.includes('Clause ids:'), 'the flat mirror is out of the accessibility tree');
  assert.ok(!body.includes('Running'), 'the loader is gone');
  assert.equal(await app.page.locator('#a11y-live').getAttribute('aria-live'), 'polite');
  assert.equal(await app.page.locator('#a11y-summary').getAttribute('aria-live'), null);
});

test('one edit gives one short announcement, not the whole text', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  await start(app);
  await loadPreset(app.page, 'russia_june_2024');
  await settled(app.page);
  await app.page.evaluate(() => {
    window.__said = [];
    const el = document.getElementById('a11y-live');
    new MutationObserver(() => window.__said.push(el.textContent))
      .observe(el, { childList: true, characterData: true, subtree: true });
  });
  await click(app.page, 'tab.political');
  await click(app.page, 'clause.alignment');
  await click(app.page, 'option.alignment.nato_norway');
  await settled(app.page);
  await app.page.waitForFunction(() => window.__said.length > 0, null, { polling: 100, timeout: 30000 });
  await new Promise((r) => setTimeout(r, 1500));  // anything more would arrive in this time
  const said = await app.page.evaluate(() => window.__said);
  t.diagnostic(JSON.stringify(said));
  assert.equal(said.length, 1, 'one announcement');
  assert.ok(said[0].length > 0 && said[0].length < 200, `short: ${said[0].length} characters`);
  assert.match(said[0], /accepts|holds|legal|No change/);
});
