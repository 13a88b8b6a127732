// phone_keyboard.test.mjs — issue #15: a teacher writes the class note on a phone, by touch and
// with the phone's ON-SCREEN keyboard only (no mouse event, no physical key).
//
// What an on-screen keyboard sends is not what a desktop keyboard sends (ocornut/imgui #5133):
// Android keyboards report every key as keydown "Unidentified" / keyCode 229, words arrive as
// IME composition (compositionstart … insertCompositionText … compositionend), a suggestion tap
// as a bare insertText, and backspace and enter only as the editing commands behind
// beforeinput deleteContentBackward / insertLineBreak. Chromium's DevTools protocol produces
// exactly those events: Input.imeSetComposition and Input.insertText, and keyCode-229 key events
// that carry the editing commands DeleteBackward and InsertNewline.
//
// Checked: the hidden text field is focused inside the touchend handler (iOS opens its
// keyboard only for a focus made there), Cyrillic and Latin words, a correction with backspace
// (across a two-byte Cyrillic letter), a line break, and the note in the copied class link
// exactly as typed. Screenshot: class-teacher-phone-keyboard.png.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

import { openApp } from './harness.mjs';
import {
  assertClean, cliPath, nextFrames, rects, settled, touchScreen, waitForRect,
} from './explorer_helpers.mjs';

// Typed below as: "Задание" (composed) + space, "Ёлкаа" (composed), backspace, space,
// "ok" (suggestion tap), "xy" (two keys), backspace twice, enter, "Тест" (composed).
const EXPECTED = 'Задание Ёлка ok\nТест';

// The on-screen keyboard: key(commands) is a keyCode-229 key press carrying editing commands;
// compose(word) types a word letter by letter as a composition and commits it.
function onScreenKeyboard(cdp) {
  const key = async (commands = []) => {
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown', key: 'Unidentified', windowsVirtualKeyCode: 229, commands });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp', key: 'Unidentified', windowsVirtualKeyCode: 229 });
  };
  const letters = (s) => Array.from(s);
  return {
    async compose(word) {
      const l = letters(word);
      for (let i = 1; i <= l.length; i++) {
        const part = l.slice(0, i).join('');
        await key();
        await cdp.send('Input.imeSetComposition', {
          text: part, selectionStart: i, selectionEnd: i });
      }
      await cdp.send('Input.insertText', { text: word });  // commits the composition
    },
    async insert(text) {  // a single key or a tapped suggestion
      await key();
      await cdp.send('Input.insertText', { text });
    },
    backspace: () => key(['DeleteBackward']),
    enter: () => key(['InsertNewline']),
  };
}

test('a teacher writes the class note with a phone\'s on-screen keyboard', async (t) => {
  const cli = cliPath();
  if (!cli) { t.skip('armistice CLI not built'); return; }
  const app = await openApp({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  t.after(() => app.close());
  // Was #text-input focused while a touchend was being handled? (Registered before the page's
  // own listeners, so the flag is up while they run; cleared after the event.)
  await app.page.addInitScript(() => {
    window.__inTouchEnd = false;
    window.__focusInTouchEnd = null;
    window.addEventListener('touchend', () => {
      window.__inTouchEnd = true;
      setTimeout(() => { window.__inTouchEnd = false; }, 0);
    }, true);
    document.addEventListener('focusin', (e) => {
      if (e.target && e.target.id === 'text-input') window.__focusInTouchEnd = window.__inTouchEnd;
    }, true);
  });
  const { cdp, tap } = await touchScreen(app);
  const osk = onScreenKeyboard(cdp);

  const link = spawnSync(cli, ['link', 'encode', 'jeddah_statement_2025_03'], { encoding: 'utf8' });
  assert.equal(link.status, 0, link.stderr);
  await app.goto(link.stdout.trim());  // a preset's link: no tour
  await app.waitForFrames(3);
  await settled(app.page);
  await tap('btn.class_link');
  await waitForRect(app.page, 'class.note');
  await tap('class.note');
  assert.equal(await app.page.evaluate(() => document.activeElement?.id), 'text-input',
               'a tap on the note focuses the hidden text field (the on-screen keyboard opens)');
  assert.equal(await app.page.evaluate(() => window.__focusInTouchEnd), true,
               'the focus is made inside the touchend handler, as iOS requires');

  await osk.compose('Задание');
  await osk.insert(' ');
  await osk.compose('Ёлкаа');
  await osk.backspace();
  await osk.insert(' ');
  await osk.insert('ok');
  await osk.insert('x');
  await osk.insert('y');
  await osk.backspace();
  await osk.backspace();
  await osk.enter();
  await osk.compose('Тест');
  await nextFrames(app.page, 5);
  assert.equal(await app.page.evaluate(() => document.getElementById('text-input').value), '',
               'the hidden field is emptied after each input (ImGui holds the text)');
  const shot = await app.screenshot('class-teacher-phone-keyboard');
  t.diagnostic(`teacher on a phone: ${shot.file}`);

  await tap('class.copy');
  await app.page.waitForFunction(() => typeof window.armistice.lastClassLink === 'string', null,
                                 { polling: 50, timeout: 15000 });
  const classLink = await app.page.evaluate(() => window.armistice.lastClassLink);
  const decoded = spawnSync(cli, ['link', 'decode', classLink.slice(classLink.indexOf('#') + 1)],
                            { encoding: 'utf8' });
  assert.equal(decoded.status, 0, decoded.stderr);
  assert.equal(JSON.parse(decoded.stdout).note, EXPECTED,
               'the note arrives exactly as typed on the on-screen keyboard');
  const r = await rects(app.page);
  assert.ok(r['window.class_link'][2] <= 390, 'the dialog fits the phone\'s width');
  assertClean(app);
});
