// app.js — bootstrap of the page: feature checks, download progress, then the wasm app.
//
// Contract with src/app/platform_web.cpp:
//   - window.armistice is created here before the app loads; the app publishes into it with
//     bracket notation (frames, firstFrameMs, version, ...); tests read it.
//   - the app dispatches "armistice-first-frame" on document after its first frame.
//   - #banner and #a11y-summary are written with textContent only (here and in the app).
// No inline script/style anywhere (the CSP forbids it); no network access beyond this origin.
'use strict';

(function () {
  const JS_URL = 'armistice_explorer.js';
  const WASM_URL = 'armistice_explorer.wasm';
  const MANIFEST_URL = 'asset-manifest.json';  // sizes + version (cmake/web_offline_stamp.cmake)
  const SW_URL = 'sw.js';                      // offline copy (web/sw.js.in)
  // Every preset's answers as text, one file per language (cmake/WebTextVersions.cmake): English
  // in answers-as-text.json, another language in answers-as-text-<code>.json.
  const textUrl = (code) => (code === 'en' ? 'answers-as-text.json' : 'answers-as-text-' + code + '.json');
  // A download that receives no byte for this long is abandoned with a message and a Retry
  // button (a stalled connection would otherwise leave "Downloading…" on screen forever).
  const STALL_MS = 10000;

  const armistice = {
    frames: 0,            // frames rendered (set by the app every frame)
    firstFrameMs: null,   // performance.now() at the first frame (ms since navigation start)
    status: 'loading',    // loading | stalled (download stopped, Retry shown) | running | unsupported | error
    error: null,          // message of a fatal error, if any
    textOnly: false,      // no WebGL 2: the app only computes the text version (#unsupported-text)
    textVersion: null,    // ready once #unsupported-text holds the answers (no WebGL 2 / no wasm)
    textVersionPreset: null,  // no WebAssembly: the preset whose answers are shown
    downloadTotal: null,  // bytes of the wasm to download (from asset-manifest.json), if known
    offline: 'pending',   // pending | ready (the offline copy is cached) | unavailable | failed
  };
  window.armistice = armistice;

  const $ = (id) => document.getElementById(id);

  // [SECTION] The reader's language, chosen as the app chooses it (src/ui/language_choice.h):
  // ?lang= in the address, then the choice stored by an earlier visit, then the browser's
  // languages, else English. The shell's texts come from shell-strings.js (generated from
  // data/strings/*/shell.csv); without it the page's own English stays.
  const SHELL = self.ARMISTICE_SHELL_STRINGS || { languages: ['en'], texts: { en: {} } };
  function pickLanguage() {
    const known = (code) => (SHELL.languages.indexOf(code) >= 0 ? code : null);
    const query = new URLSearchParams(window.location.search).get('lang');
    if (query && known(query)) return query;
    try {
      const stored = window.localStorage.getItem('armistice.lang');
      if (stored && known(stored)) return stored;
    } catch (e) {
      // storage blocked: fall through
    }
    const prefs = navigator.languages && navigator.languages.length ? navigator.languages
                                                                      : [navigator.language || ''];
    for (const tag of prefs) {
      const code = known(String(tag).split(/[-_]/)[0].toLowerCase());
      if (code) return code;
    }
    return 'en';
  }
  const lang = pickLanguage();
  const texts = SHELL.texts[lang] || {};
  const english = SHELL.texts.en || {};
  // The shell text `key` with its {placeholders} filled from `args`.
  function t(key, args) {
    const text = texts[key] || english[key] || key;
    return text.replace(/\{([a-z_][a-z0-9_]*)\}/g, (m, name) =>
      (args && Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : m));
  }
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    if (texts[el.dataset.i18n]) el.textContent = texts[el.dataset.i18n];
  }
  for (const el of document.querySelectorAll('[data-i18n-label]')) {
    if (texts[el.dataset.i18nLabel]) el.setAttribute('aria-label', texts[el.dataset.i18nLabel]);
  }
  // The app compiles in English only: another language's texts are its pack
  // (strings-<code>.pack), fetched now, in parallel with the wasm, and handed to the app through
  // window.armisticePack before it starts (platform_web.cpp). A failed fetch is reported there.
  const packReady = lang === 'en' ? Promise.resolve()
    : fetch('strings-' + lang + '.pack', { credentials: 'same-origin' })
      .then((r) => {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.arrayBuffer();
      })
      .then((b) => { window.armisticePack = { code: lang, bytes: new Uint8Array(b) }; })
      .catch((e) => { window.armisticePack = { code: lang, error: String((e && e.message) || e) }; });
  const loader = $('loader');
  const progress = $('loader-progress');
  const statusText = $('loader-status');

  function setStatus(text, fraction) {
    statusText.textContent = text;
    if (armistice.textOnly) $('unsupported-text-status').textContent = text;
    if (typeof fraction === 'number' && isFinite(fraction)) {
      progress.value = Math.max(0, Math.min(100, Math.round(fraction * 100)));
    } else {
      progress.removeAttribute('value'); // indeterminate
    }
  }

  function showBanner(text) {
    const banner = $('banner');
    banner.textContent = text;
    banner.hidden = text.length === 0;
  }

  function unsupported(reason, advice) {
    armistice.status = 'unsupported';
    armistice.error = reason;
    loader.hidden = true;
    $('unsupported-reason').textContent = reason;
    if (advice) $('unsupported-advice').textContent = advice;
    $('unsupported').hidden = false;
  }

  function fatal(message) {
    armistice.status = 'error';
    armistice.error = message;
    loader.hidden = true;
    showBanner(message);
  }

  // [SECTION] Feature checks: explain instead of showing a blank page. Returns null, or
  // { reason, advice, textVersion, staticText }: textVersion is true when WebAssembly works
  // (only WebGL 2 is missing), so the engine can still compute the answers and show them as
  // text; staticText (no WebAssembly) shows the answers computed at build time instead.
  function missingFeature() {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
      return { reason: t('shell.no_wasm_reason'), advice: t('shell.no_wasm_advice'),
               textVersion: false, staticText: true };
    }
    const probe = document.createElement('canvas');
    let gl = null;
    try {
      gl = probe.getContext('webgl2');
    } catch (e) {
      gl = null;
    }
    if (!gl) {
      return { reason: t('shell.no_webgl_reason'), textVersion: true };
    }
    const lose = gl.getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext();
    return null;
  }

  // [SECTION] Site manifest: the wasm's size (so progress has a total even when the server
  // compresses and sends no usable Content-Length). Optional: without it progress shows KB only.
  // Never holds up the download: no answer within MANIFEST_WAIT_MS counts as no manifest.
  const MANIFEST_WAIT_MS = 3000;
  function loadManifest() {
    const late = new Promise((resolve) => setTimeout(() => resolve(null), MANIFEST_WAIT_MS));
    const answer = fetch(MANIFEST_URL, { credentials: 'same-origin', cache: 'no-cache' })
      .then((r) => (r.ok ? r.json() : null))
      .then((m) => {
        const entry = m && Array.isArray(m.files) && m.files.find((f) => f.name === WASM_URL);
        return entry && Number.isFinite(entry.bytes) && entry.bytes > 0 ? entry.bytes : null;
      })
      .catch(() => null);
    return Promise.race([answer, late]);
  }

  function formatKB(bytes) {
    const n = Math.round(bytes / 1024).toLocaleString(lang === 'en' ? 'en-US' : lang);
    return t('shell.kb', { n });
  }

  // [SECTION] Offline copy: after the first frame, register the service worker that caches the
  // site (sw.js). armistice.offline tells tests and the page whether a reload works offline.
  function registerOfflineCopy() {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) {
      armistice.offline = 'unavailable';
      return;
    }
    navigator.serviceWorker.register(SW_URL)
      .then(() => navigator.serviceWorker.ready)
      .then(() => { armistice.offline = 'ready'; })
      .catch((err) => {
        armistice.offline = 'failed';
        console.warn('Armistice Explorer: no offline copy (' + (err && err.message || err) + ')');
      });
  }

  // [SECTION] Download with progress. Content-Length is the compressed size when the server
  // compresses, so progress is shown in KB (no percentage) in that case. No byte for STALL_MS
  // (before the headers or between chunks) aborts the request with a StalledDownload error.
  class StalledDownload extends Error {
    constructor(received) {
      super('stalled');
      this.received = received;
    }
  }

  async function fetchWithProgress(url, knownTotal) {
    const controller = new AbortController();
    let timer = 0, stalled = false, received = 0;
    const rearm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => { stalled = true; controller.abort(); }, STALL_MS);
    };
    rearm();
    try {
      return await download(url, knownTotal, controller.signal, rearm, (n) => { received = n; });
    } catch (err) {
      throw stalled ? new StalledDownload(received) : err;
    } finally {
      clearTimeout(timer);
    }
  }

  // Progress counts decoded bytes, so the total is the file's own size: the manifest's, or
  // Content-Length when the response is not compressed.
  async function download(url, knownTotal, signal, onBytes, onReceived) {
    const response = await fetch(url, { credentials: 'same-origin', signal });
    onBytes();
    if (!response.ok) throw new Error('HTTP ' + response.status + ' while loading ' + url);
    const encoded = response.headers.get('Content-Encoding');
    const total = knownTotal || (encoded ? 0 : Number(response.headers.get('Content-Length')) || 0);
    if (!response.body || typeof response.body.getReader !== 'function') {
      return new Uint8Array(await response.arrayBuffer());
    }
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onBytes();
      chunks.push(value);
      received += value.length;
      onReceived(received);
      setStatus(total ? t('shell.downloading_of', { received: formatKB(received), total: formatKB(total) })
                      : t('shell.downloading_bytes', { received: formatKB(received) }),
                total ? received / total : undefined);
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  }

  // [SECTION] Without WebAssembly: the answers computed at build time (answers-as-text*.json,
  // one entry per preset, in the reader's language). A link to an unchanged preset shows that preset; an edited link shows the
  // preset it was based on and says so; anything else says that custom links need WebAssembly.

  // The base preset id a share link names, read from its first bytes (src/persist/link.h:
  // u16 payload length | u8 0x01 | u8 link flags | u8 view | scenario block: u8 flags, u64 id
  // length ≤ 64, id bytes; the same in every link version). Nothing else is decoded here: the
  // rest needs the engine. null when the fragment is not a link or names no preset.
  function basePresetOfLink(fragment) {
    const m = /^a[1-9][0-9]*\.([A-Za-z0-9_-]+)$/.exec(fragment.trim());
    if (!m) return null;
    let bytes;
    try {
      const b64 = m[1].replace(/-/g, '+').replace(/_/g, '/');
      bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - b64.length % 4) % 4)), (c) => c.charCodeAt(0));
    } catch (e) {
      return null;
    }
    if (bytes.length < 14 || bytes[2] !== 1) return null;
    for (let i = 7; i < 14; i += 1) if (bytes[i] !== 0) return null;  // u64 length < 256
    const n = bytes[6];
    if (n === 0 || n > 64 || bytes.length < 14 + n) return null;
    const id = String.fromCharCode(...bytes.subarray(14, 14 + n));
    return /^[a-z0-9_]+$/.test(id) ? id : null;
  }

  function showStaticAnswers() {
    armistice.textVersion = 'pending';
    $('unsupported-text-title').textContent = t('shell.text_title_preset');
    $('unsupported-text-section').hidden = false;
    const status = $('unsupported-text-status');
    status.textContent = t('shell.answers_loading');
    const url = textUrl(lang);
    fetch(url, { credentials: 'same-origin' })
      .then((r) => {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      })
      .then((data) => {
        const presets = Array.isArray(data.presets) ? data.presets : [];
        const byId = (id) => presets.find((p) => p.id === id) || null;
        const fragment = window.location.hash.replace(/^#/, '');
        let chosen = byId(data.default) || presets[0];
        let note = t('shell.answers_built');
        if (fragment) {
          const exact = presets.find((p) => p.link === fragment);
          const base = exact ? null : byId(basePresetOfLink(fragment));
          if (exact) {
            chosen = exact;
            note = t('shell.answers_exact', { name: exact.name });
          } else if (base) {
            chosen = base;
            note = t('shell.answers_edited', { name: base.name });
          } else {
            note = t('shell.answers_custom');
          }
        }
        if (!chosen) throw new Error('no presets in ' + url);
        const select = $('unsupported-preset');
        for (const p of presets) {
          const option = document.createElement('option');
          option.value = p.id;
          option.textContent = (p.date ? p.date.slice(0, 7) + '  ' : '') + p.name;
          select.appendChild(option);
        }
        const show = (p) => {
          select.value = p.id;
          $('unsupported-text').textContent = p.text;
          armistice.textVersionPreset = p.id;
        };
        select.addEventListener('change', () => { const p = byId(select.value); if (p) show(p); });
        show(chosen);
        $('unsupported-preset-row').hidden = false;
        status.textContent = note;
        armistice.textVersion = 'ready';
      })
      .catch((err) => {
        status.textContent = t('shell.answers_failed', { error: (err && err.message) || err });
        armistice.textVersion = 'failed';
      });
  }

  function start() {
    const missing = missingFeature();
    if (missing) {
      unsupported(missing.reason, missing.advice);
      if (missing.staticText) {
        showStaticAnswers();
        return;
      }
      if (!missing.textVersion) return;
      // The engine still runs: load it to compute the answers for the link as text.
      armistice.textOnly = true;
      $('unsupported-text-section').hidden = false;
    }
    const canvas = $('canvas');
    canvas.addEventListener('webglcontextlost', (event) => {
      event.preventDefault();
      showBanner(t('shell.context_lost'));
    });
    canvas.addEventListener('contextmenu', (event) => event.preventDefault());
    // Touch: Emscripten's GLFW turns a touch into a button press without moving the cursor
    // there (and ignores where a finger moves), so a tap would click wherever the pointer last
    // was. Translate each touch into the mouse events that already work (move, press, drag,
    // release) before GLFW's own listeners (registered later on the same target) see it, and
    // cancel the browser's compatibility mouse events so one tap is one click. A lifted finger
    // points nowhere: the pointer leaves after the release, so what a press-and-hold showed
    // (tooltips, chart read-outs) goes when the finger lifts, as on a phone's own apps.
    const mouseFromTouch = { touchstart: ['mousemove', 'mousedown'], touchmove: ['mousemove'],
                             touchend: ['mouseup', 'mouseleave'],
                             touchcancel: ['mouseup', 'mouseleave'] };
    // One synthetic mouse event per animation frame, in order: the UI then sees the pointer
    // arrive before the press, as it does with a real mouse.
    const pending = [];
    const pump = () => {
      const e = pending.shift();
      if (e) canvas.dispatchEvent(e);
      if (pending.length) requestAnimationFrame(pump);
    };
    const onTouch = (event) => {
      const t = event.changedTouches && event.changedTouches[0];
      if (t) {
        const idle = pending.length === 0;
        for (const type of mouseFromTouch[event.type]) {
          if (type === 'mousemove' && pending.length && pending[pending.length - 1].type === 'mousemove') {
            pending.pop();  // coalesce drags
          }
          pending.push(new MouseEvent(type, {
            clientX: t.clientX, clientY: t.clientY, screenX: t.screenX, screenY: t.screenY,
            button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true }));
        }
        if (idle) pump();
      }
      event.stopImmediatePropagation();
      if (event.cancelable) event.preventDefault();
    };
    for (const type of Object.keys(mouseFromTouch)) {
      canvas.addEventListener(type, onTouch, { capture: true, passive: false });
    }

    document.addEventListener('armistice-first-frame', () => {
      armistice.status = 'running';
      loader.classList.add('done');
      setTimeout(() => { loader.hidden = true; }, 250);
      canvas.focus({ preventScroll: true });
      registerOfflineCopy();
    }, { once: true });
    const manifest = loadManifest();

    window.Module = {
      canvas: canvas,
      print: (text) => console.log(text),
      printErr: (text) => console.warn(text), // app diagnostics; errors surface via the banner
      setStatus: (text) => { if (text) setStatus(text); },
      onAbort: (what) => fatal(t('shell.aborted', { error: String(what) })),
      instantiateWasm: (imports, receiveInstance) => {
        const retry = $('loader-retry');
        const attempt = () => {
          if (!armistice.textOnly) armistice.status = 'loading';
          retry.hidden = true;
          setStatus(t('shell.downloading'), 0);
          manifest
            .then((total) => {
              armistice.downloadTotal = total;
              return fetchWithProgress(WASM_URL, total);
            })
            .then((bytes) => {
              setStatus(t('shell.compiling'), 1);
              return WebAssembly.instantiate(bytes, imports);
            })
            .then((result) => packReady.then(() => result))
            .then((result) => {
              setStatus(t('shell.starting'), 1);
              receiveInstance(result.instance, result.module);
            })
            .catch((err) => {
              if (!(err instanceof StalledDownload)) {
                fatal(t('shell.load_failed', { error: (err && err.message) || err }));
                return;
              }
              setStatus(t('shell.stalled', { seconds: STALL_MS / 1000, received: formatKB(err.received) }),
                        undefined);
              progress.value = 0;
              armistice.status = 'stalled';
              retry.hidden = false;
              retry.focus();
            });
        };
        retry.addEventListener('click', attempt);
        attempt();
        return {}; // exports are delivered asynchronously through receiveInstance
      },
    };

    const script = document.createElement('script');
    script.src = JS_URL;
    script.async = true;
    script.addEventListener('error', () => fatal(t('shell.script_failed', { file: JS_URL })));
    document.body.appendChild(script);
  }

  window.addEventListener('error', (event) => {
    if (armistice.status === 'loading' || armistice.status === 'running') {
      showBanner(t('shell.went_wrong', { error: event.message || t('shell.unknown_error') }));
    }
  });

  start();
})();
