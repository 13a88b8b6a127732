// languages.test.mjs — issue #14 in the real page: the reader's language comes from the browser
// (navigator.languages), a top-bar switch changes it and is remembered, ?lang= overrides both;
// <html lang> follows; the language is never part of the link (a shared link has no ?lang= and
// decodes to the same scenario). Screenshots in Ukrainian and Russian at 1366x768 and 820x1180
// are artifacts. Mouse input (not a touch or keyboard test).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertClean, click, hash, loadPreset, nextFrames, rects, summary, waitForRect,
         waitForSummary } from './explorer_helpers.mjs';
import { openApp } from './harness.mjs';

// Opens `query` (e.g. "?lang=uk") + `fragment`, skips the first-visit tour with the mouse, and
// waits for the language the page reports.
async function open(app, query, fragment = '') {
  await app.page.goto(app.url + query + (fragment ? '#' + fragment : ''), { waitUntil: 'load' });
  await app.waitForFrames(3);
  if ('tour.skip' in await rects(app.page)) await click(app.page, 'tour.skip');
  await app.page.waitForFunction(() => typeof window.armistice.language === 'string', null,
                                 { polling: 50, timeout: 15000 });
  await nextFrames(app.page, 3);
}

// The hold part of the summary names its main cause of breakdown in `code` (no English cause
// left), then the model card opens on both pages; screenshots of each are artifacts.
const englishCauses = /Deliberate offensive|Escalation from incidents|Collapse of enforcement|Main cause/;
async function readHoldAndModelCard(app, code, cause) {
  await waitForSummary(app.page, cause, 60000);
  assert.doesNotMatch(await summary(app.page), englishCauses, `${code}: no English cause of breakdown`);
  await click(app.page, 'btn.model_card');
  await click(app.page, 'model_card.tab_plain');  // the card reopens on the page it was left on
  await waitForRect(app.page, 'model_card.plain');
  await nextFrames(app.page, 3);
  await app.screenshot(`language-${code}-model-card-plain`);
  await click(app.page, 'model_card.tab_technical');
  await waitForRect(app.page, 'model_card.technical');
  await nextFrames(app.page, 3);
  await app.screenshot(`language-${code}-model-card-technical`);
  // Escape closes the card (as it closes dialogs); wait until it is gone.
  await app.page.keyboard.press('Escape');
  await app.page.waitForFunction(() => !('model_card.tab_plain' in JSON.parse(window.armistice.rects || '{}')),
                                 null, { polling: 50, timeout: 10000 });
  await nextFrames(app.page, 3);
}

// The "Will they sign?" and "Is it lawful?" parts of the text summary: from the line that starts
// with `signHead` to the one that starts with `lawHead`.
function signLawPart(text, signHead, lawHead) {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith(signHead));
  const to = lines.findIndex((l) => l.startsWith(lawHead));
  assert.ok(from >= 0 && to > from, `sign and law lines in the summary:\n${text}`);
  return lines.slice(from, to + 1).join('\n');
}

// Words in Latin letters left in a text, but for those the translations keep in Latin (a US law's
// acronym, the depository's name, the UN's document symbol ES-11/1, a Roman numeral).
const kKeptInLatin = new Set(['CAATSA', 'Euroclear', 'ES', 'III']);
const latinWords = (s) => (s.match(/[A-Za-z]{2,}/g) || []).filter((w) => !kKeptInLatin.has(w));

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);
const shellText = (page, id) => page.evaluate((i) => document.getElementById(i).textContent, id);
const language = (page) => page.evaluate(() => window.armistice.language);

test('the browser language is the default, and the shell and <html lang> follow it', async (t) => {
  for (const [locale, code, word] of [['uk-UA', 'uk', /перемир’я/], ['ru-RU', 'ru', /перемирии/],
                                      ['de-DE', 'en', /armistice between Russia and Ukraine/]]) {
    const app = await openApp({ viewport: { width: 1366, height: 768 }, locale });
    t.after(() => app.close());
    await open(app, '');
    assert.equal(await language(app.page), code, `${locale} opens in ${code}`);
    assert.equal(await htmlLang(app.page), code, '<html lang> follows');
    assert.match(await shellText(app.page, 'loader-about'), word, 'the loader text is translated');
    assertClean(app);
  }
});

test('?lang= overrides the browser; the switch changes the language and is remembered', async (t) => {
  const app = await openApp({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
  t.after(() => app.close());
  await open(app, '?lang=uk');
  assert.equal(await language(app.page), 'uk');
  assert.equal(await htmlLang(app.page), 'uk');
  await loadPreset(app.page, 'nato_norway');
  const link = await hash(app.page);
  // The text summary (what scripts and the screen-reader mirror read) is in Ukrainian.
  await waitForSummary(app.page, /Чи підпишуть\?/);
  const uk = await summary(app.page);
  assert.match(uk, /Сценарій: /);
  assert.doesNotMatch(uk, /Will they sign\?|Scenario: /, 'no English heading left in the summary');
  // Its sign and law parts (verdicts, red lines, the premise note, the closest agreement, the
  // legal finding) have no English word left.
  const ukSign = signLawPart(uk, 'Чи підпишуть?', 'Чи відповідає праву?');
  assert.match(ukSign, /червон/, 'nato_norway names the red line that blocks its premise');
  assert.deepEqual(latinWords(ukSign), [], ukSign);
  await app.screenshot('language-uk-1366x768');
  // The hold part of the summary, once the simulation is done: its cause of breakdown in Ukrainian.
  await readHoldAndModelCard(app, 'uk', /Головна причина зриву: (Навмисний наступ|Ескалація інцидентів|Крах механізмів виконання) /);

  // The switch: Русский. The scenario on screen does not change, nor does its link.
  await click(app.page, 'btn.language');
  await click(app.page, 'lang.ru');
  await app.page.waitForFunction(() => window.armistice.language === 'ru', null,
                                 { polling: 50, timeout: 10000 });
  assert.equal(await htmlLang(app.page), 'ru');
  assert.equal(await hash(app.page), link, 'changing the language leaves the link as it was');
  assert.equal(await app.page.evaluate(() => localStorage.getItem('armistice.lang')), 'ru');
  await waitForSummary(app.page, /Подпишут ли\?/);
  const ru = await summary(app.page);
  assert.doesNotMatch(ru, /Чи підпишуть|Will they sign\?/);
  const ruSign = signLawPart(ru, 'Подпишут ли?', 'Соответствует ли праву?');
  assert.match(ruSign, /красн/, 'the red line in Russian');
  assert.deepEqual(latinWords(ruSign), [], ruSign);
  await nextFrames(app.page, 3);
  await app.screenshot('language-ru-1366x768');
  await readHoldAndModelCard(app, 'ru', /Главная причина срыва: (Преднамеренное наступление|Эскалация инцидентов|Крах механизмов исполнения) /);

  // Share: the copied link carries no ?lang= (each reader opens it in their own language).
  await click(app.page, 'btn.share');
  await app.page.waitForFunction(() => typeof window.armistice.lastSharedLink === 'string', null,
                                 { polling: 50, timeout: 10000 });
  const shared = await app.page.evaluate(() => window.armistice.lastSharedLink);
  assert.doesNotMatch(shared, /[?&]lang=/, `shared link ${shared}`);
  assert.ok(shared.endsWith('#' + link), 'the shared link is the scenario on screen');

  // Reload without ?lang=: the stored choice (ru) wins over the browser (en).
  await open(app, '', link);
  assert.equal(await language(app.page), 'ru', 'the choice is remembered');
  // ?lang=en overrides the stored choice.
  await open(app, '?lang=en', link);
  assert.equal(await language(app.page), 'en');
  assert.equal(await hash(app.page), link, 'the link decodes to the same scenario in every language');
  assertClean(app);
});

test('tablet screenshots in Ukrainian and Russian', async (t) => {
  for (const code of ['uk', 'ru']) {
    const app = await openApp({ viewport: { width: 820, height: 1180 } });
    t.after(() => app.close());
    await open(app, `?lang=${code}`);
    await waitForRect(app.page, 'btn.language');
    const r = await rects(app.page);
    // Every top-bar button fits in the window (the longer words wrap onto a second row).
    for (const [key, box] of Object.entries(r)) {
      if (!key.startsWith('btn.')) continue;
      assert.ok(box[0] >= -1 && box[2] <= 821, `${code}: ${key} inside the window: ${box}`);
    }
    await app.screenshot(`language-${code}-820x1180`);
    assertClean(app);
  }
});
