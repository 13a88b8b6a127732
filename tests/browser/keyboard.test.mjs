// keyboard.test.mjs — issue #16 item 3, with the keyboard alone (no mouse or touch event
// anywhere in this file): Escape skips the tour, F6 moves between panes, Tab and the arrow keys
// move inside one and Tab at a pane's last widget (Shift+Tab at its first) goes on to the next
// (previous) pane, Space activates; a reader loads a preset, changes a clause on the
// political-settlement tab, reads the answers, opens and closes the model card with Escape, and
// copies the link.
// window.armistice.focusedKey (the key of the focused widget) tells the test where it is.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { clauseIds, rects, settled, waitForSummary } from './explorer_helpers.mjs';
import { openApp } from './harness.mjs';

test('keyboard only: preset, clause, answers, model card and Share', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 } });
  t.after(() => app.close());
  const page = app.page;
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await app.goto();
  await app.waitForFrames(3);
  const focused = () => page.evaluate(() => window.armistice.focusedKey || '');
  const press = async (key) => {
    const before = (await app.state()).frames;
    await page.keyboard.press(key);
    await app.waitForDrawn(before, 3);
  };
  // Presses `key` until the widget `want` has focus (a reader tabbing through).
  const moveTo = async (want, key = 'Tab', max = 80) => {
    for (let i = 0; i < max; i += 1) {
      if ((await focused()) === want) return i;
      await press(key);
    }
    throw new Error(`${want} never got focus with ${key} (last: ${await focused()})`);
  };

  if ('tour.skip' in await rects(page)) {
    await press('Escape');
    assert.ok(!('tour.skip' in await rects(page)), 'Escape skips the tour');
  }
  await waitForSummary(page, /Scenario: /);

  // F6 reaches the top bar; Tab finds Presets; Space opens it; arrows find the preset.
  await press('F6');
  const tabs = await moveTo('btn.presets');
  t.diagnostic(`Presets reached after F6 + ${tabs} Tab presses`);
  await press('Space');
  await moveTo('preset.russia_june_2024', 'ArrowDown');
  await press('Space');
  await waitForSummary(page, /Based on preset: russia_june_2024/);

  // Tab at the top bar's last widget goes on to the builder, not back to the top bar's first;
  // Shift+Tab at the builder's first widget comes back to the top bar's last.
  const topBar = (key) => key.startsWith('btn.') || key.startsWith('preset.');
  const lastInBar = 'btn.intro_hide' in await rects(page) ? 'btn.intro_hide' : 'btn.theme';
  await moveTo(lastInBar);
  await press('Tab');
  const firstInBuilder = await focused();
  const r = await rects(page);
  assert.ok(firstInBuilder && !topBar(firstInBuilder), `Tab left the top bar (now: "${firstInBuilder}")`);
  assert.ok(r[firstInBuilder][1] >= r['btn.presets'][3], `"${firstInBuilder}" lies below the top bar`);
  t.diagnostic(`Tab at ${lastInBar} moved to ${firstInBuilder}`);
  await press('Shift+Tab');
  assert.equal(await focused(), lastInBar, 'Shift+Tab at the pane\'s first widget went back');

  // F6 to the builder; the political-settlement tab; the alignment clause; a new option.
  // (Arrow keys move between a pane's widgets, as in ImGui's keyboard navigation.)
  await press('F6');
  await moveTo('tab.ceasefire', 'ArrowUp');
  await moveTo('tab.political', 'ArrowRight');
  await press('Space');
  await moveTo('clause.alignment', 'ArrowDown');
  await press('Space');
  await moveTo('option.alignment.armed_neutrality', 'ArrowDown');
  await press('Space');
  const text = await settled(page);
  assert.equal(clauseIds(text).alignment, 'armed_neutrality', 'the clause changed by keyboard');
  for (const q of ['Will they sign? ', 'Is it lawful? ', 'Will it hold? ']) assert.ok(text.includes(q));

  // The model card opens from the top bar and Escape closes it.
  await press('Shift+F6');  // back from the builder to the top bar (where focus was: its end)
  await moveTo('btn.model_card', 'Shift+Tab');
  await press('Space');
  assert.equal((await app.state()).modelCardOpen, 1, 'Space opened the model card');
  await press('Escape');
  assert.equal((await app.state()).modelCardOpen, 0, 'Escape closed the model card');
  // Focus returns to the top bar, the window focused before the card opened.

  // Share copies the page's own link (before the model card in the top bar).
  await moveTo('btn.share', 'Shift+Tab');
  await press('Space');
  await page.waitForFunction(() => window.armistice.shareConfirmed === 1, null, { polling: 50, timeout: 10000 });
  const state = await app.state();
  assert.equal(state.lastSharedLink, await page.evaluate(() => window.location.href));
  await app.screenshot('keyboard-after-share');
  assert.deepEqual(app.pageErrors, []);
  assert.deepEqual(app.consoleErrors, []);
});
