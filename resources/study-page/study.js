/* Chinese Teach study page: flashcards, tones, writing and listening from the words in
   the page's JSON block, with SM-2 reviews kept in localStorage.

   Inlined by chinese_teach/core/export/study_page.py. Never writes HTML: every text of the
   teacher's (words, meanings, lesson names) and every label goes in with textContent.

   The schedule is SM-2 (P. A. Wozniak, "Optimization of learning", master's thesis,
   University of Technology in Poznan, 1990; published as "Algorithm SM-2" on
   super-memory.com, https://super-memory.com/english/ol/sm2.htm):
     1. every card starts with an E-Factor EF = 2.5;
     2. after each repetition the student's answer gets a quality q from 0 to 5 and
        EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), never below 1.3;
     3. with q >= 3 the next interval is I(1) = 1 day, I(2) = 6 days, then
        I(n) = I(n-1) * EF, rounded up to a whole day;
     4. with q < 3 the repetitions start again from I(1) (the E-Factor kept as step 2
        left it);
     5. in the same day's session, every card answered with q < 4 is asked again until it
        scores at least 4; those repeats do not change its schedule.
   Answers map to q as Again 1, Hard 3, Good 4, Easy 5 (flashcards and listening); tones:
   all syllables right 4 (first try 5 when no key was changed), else 1-2; writing: by the
   strokes missed (none 5, a few 4, more 3, many 2).
*/
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('ct-data').textContent);
  var L = DATA.labels;
  var WORDS = DATA.words;
  var STROKES = DATA.strokes || {};
  var STORE_KEY = 'chinese-teach-study:' + DATA.key;
  var PREFS_KEY = 'chinese-teach-study:prefs';
  var FILE_FORMAT = 'chinese-teach-study-progress';
  var NEW_PER_SESSION = 10;
  var MODES = ['recognition', 'recall', 'tones', 'writing', 'listening'];
  var CODE = { recognition: 'r', recall: 'c', tones: 't', writing: 'w', listening: 'l' };
  var DAY_MS = 86400000;

  // ------------------------------------------------------------------ SM-2
  function round2(x) { return Math.round(x * 100) / 100; }

  /** The card after an answer of quality q (0-5) on day `today` (SM-2, see above). */
  function sm2(card, q, today) {
    var ef = card ? card.ef : 2.5;
    var n = card ? card.n : 0;
    var interval = card ? card.i : 0;
    ef = Math.max(1.3, round2(ef + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02))));
    if (q >= 3) {
      n += 1;
      if (n === 1) { interval = 1; } else if (n === 2) { interval = 6; } else {
        interval = Math.ceil(interval * ef - 1e-9);
      }
    } else {
      n = 0;
      interval = 1;
    }
    return { ef: ef, n: n, i: interval, due: today + interval, last: today, q: q };
  }

  function today() {
    var now = new Date();
    return Math.floor((now.getTime() - now.getTimezoneOffset() * 60000) / DAY_MS);
  }

  // ------------------------------------------------------------------ storage
  var storageOk = true;
  var memory = {};
  function readStore(key) {
    try { return window.localStorage.getItem(key); } catch (e) { storageOk = false; }
    return Object.prototype.hasOwnProperty.call(memory, key) ? memory[key] : null;
  }
  function writeStore(key, value) {
    memory[key] = value;
    try { window.localStorage.setItem(key, value); } catch (e) { storageOk = false; }
  }
  (function probe() {
    try {
      window.localStorage.setItem(STORE_KEY + ':probe', '1');
      window.localStorage.removeItem(STORE_KEY + ':probe');
    } catch (e) { storageOk = false; }
  })();

  function loadProgress() {
    var raw = readStore(STORE_KEY);
    var data = null;
    try { data = raw ? JSON.parse(raw) : null; } catch (e) { data = null; }
    if (!data || typeof data.cards !== 'object' || data.cards === null) {
      data = { v: 1, cards: {} };
    }
    return data;
  }
  var progress = loadProgress();
  function saveProgress() { writeStore(STORE_KEY, JSON.stringify(progress)); }
  function cardOf(word, mode) { return progress.cards[word.id + '|' + CODE[mode]] || null; }

  var prefs = {};
  try { prefs = JSON.parse(readStore(PREFS_KEY) || '{}') || {}; } catch (e) { prefs = {}; }
  function savePrefs() { writeStore(PREFS_KEY, JSON.stringify(prefs)); }

  // ------------------------------------------------------------------ DOM helpers
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) { return; }
      if (name === 'class') { node.className = value; } else if (name === 'text') {
        node.textContent = value;
      } else if (name.slice(0, 2) === 'on') {
        node.addEventListener(name.slice(2), value);
      } else { node.setAttribute(name, value === true ? '' : String(value)); }
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) { return; }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }
  function fill(template, fields) {
    return String(template).replace(/\{(\w+)\}/g, function (m, name) {
      return Object.prototype.hasOwnProperty.call(fields, name) ? String(fields[name]) : m;
    });
  }
  var app = document.getElementById('app');
  var live = el('div', { class: 'sr', 'aria-live': 'polite', role: 'status' });
  document.body.appendChild(live);
  function say(text) { live.textContent = ''; window.setTimeout(function () { live.textContent = text; }, 30); }
  var keyHandler = null;
  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var tag = (event.target && event.target.tagName) || '';
    if (tag === 'SELECT' || tag === 'INPUT' || tag === 'TEXTAREA') { return; }
    if (keyHandler && keyHandler(event)) { event.preventDefault(); }
  });
  function show(nodes, focus) {
    app.textContent = '';
    nodes.forEach(function (n) { if (n) { app.appendChild(n); } });
    window.scrollTo(0, 0);
    if (focus) { focus.focus(); }
  }

  function applyNight() {
    var night = prefs.night;
    if (night === undefined) {
      night = !!(window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
    }
    document.documentElement.classList.toggle('night', !!night);
    return !!night;
  }
  applyNight();

  function zh(text, cls) { return el('span', { class: cls || '', lang: 'zh-CN', text: text }); }
  function pinyinNode(word) {
    var node = el('div', { class: 'pinyin' });
    word.p.forEach(function (syl, i) {  // one word: no spaces (pieces carry the apostrophe)
      node.appendChild(el('span', { class: 'tone' + word.n[i], text: syl }));
    });
    return node;
  }
  var audios = {};
  function playWord(word) {
    if (word.a === null || word.a === undefined) { return; }
    var audio = audios[word.a] || (audios[word.a] = new Audio(DATA.audio[word.a]));
    try { audio.currentTime = 0; } catch (e) { /* not loaded yet */ }
    var played = audio.play();
    if (played && played.catch) { played.catch(function () { /* autoplay refused */ }); }
  }
  function playButton(word) {
    if (word.a === null || word.a === undefined) { return null; }
    var voice = (DATA.voices || [])[word.a];
    var button = el('button', { class: 'play', type: 'button', 'aria-label': L.play, title: L.play,
      onclick: function () { playWord(word); } }, ['\u25B6']);
    return voice ? el('div', {}, [button, el('div', { class: 'muted small', text: voice })]) : button;
  }
  function exampleNode(word) {
    var x = word.x;
    if (!x) { return null; }
    var text = el('div', { class: 'hanzi', lang: 'zh-CN' });
    if (x.at) {
      text.appendChild(document.createTextNode(x.h.slice(0, x.at[0])));
      text.appendChild(el('mark', { text: x.h.slice(x.at[0], x.at[1]) }));
      text.appendChild(document.createTextNode(x.h.slice(x.at[1])));
    } else { text.textContent = x.h; }
    return el('div', { class: 'example' }, [
      text, el('div', { class: 'ex-pinyin', text: x.p }),
      x.m ? el('div', { class: 'muted', text: x.m }) : null]);
  }
  function answerNodes(word, withHanzi) {
    var meta = el('div', { class: 'meta' }, [
      word.t ? el('span', {}, ['\u7E41 ', zh(word.t, 'kai')]) : null,
      word.l ? el('span', { text: word.l }) : null,
      word.src && word.src !== (DATA.lessons[word.k] || {}).full ?
        el('span', { text: word.src.split('::').join(' \u00B7 ') }) : null]);
    return [
      withHanzi ? el('div', { class: 'big hanzi', lang: 'zh-CN', text: word.s }) : null,
      pinyinNode(word),
      word.z ? el('div', { class: 'zhuyin', lang: 'zh-TW', text: word.z }) : null,
      el('div', { class: 'meaning', text: word.m }),
      playButton(word),
      exampleNode(word),
      meta];
  }

  // ------------------------------------------------------------------ which words
  function hasStrokes(word) {
    var chars = Array.from(word.s).filter(function (c) { return /\p{Script=Han}/u.test(c); });
    return chars.length > 0 && chars.every(function (c) { return !!STROKES[c]; });
  }
  function fits(word, mode) {
    if (mode === 'listening') { return word.a !== null && word.a !== undefined; }
    if (mode === 'writing') { return hasStrokes(word); }
    if (mode === 'tones') { return word.p.length > 0; }
    if (mode === 'recall') { return !!word.m; }
    return true;
  }
  var scope = prefs.scope && prefs.scope[DATA.key] !== undefined ? prefs.scope[DATA.key] : -1;
  if (scope >= DATA.lessons.length) { scope = -1; }
  function inScope(word) { return scope < 0 || word.k === scope; }
  function counts(mode) {
    var day = today();
    var due = 0;
    var fresh = 0;
    WORDS.forEach(function (w) {
      if (!inScope(w) || !fits(w, mode)) { return; }
      var card = cardOf(w, mode);
      if (!card) { fresh += 1; } else if (card.due <= day) { due += 1; }
    });
    return { due: due, fresh: Math.min(fresh, NEW_PER_SESSION), allNew: fresh };
  }
  function queueFor(mode) {
    var day = today();
    var due = [];
    var fresh = [];
    WORDS.forEach(function (w) {
      if (!inScope(w) || !fits(w, mode)) { return; }
      var card = cardOf(w, mode);
      if (!card) { fresh.push(w); } else if (card.due <= day) { due.push(w); }
    });
    due.sort(function (a, b) { return cardOf(a, mode).due - cardOf(b, mode).due; });
    return due.concat(fresh.slice(0, NEW_PER_SESSION));
  }
  function learnt(word) {
    return MODES.some(function (m) { var c = cardOf(word, m); return c && c.n >= 1; });
  }

  // ------------------------------------------------------------------ home
  function modeButton(mode) {
    var c = counts(mode);
    var label = L['mode.' + mode];
    var parts = [];
    if (c.due || !c.fresh) { parts.push(fill(L.due_today, { count: c.due })); }
    if (c.fresh) { parts.push(fill(L.new_words, { count: c.fresh })); }
    var countText = parts.join(' \u00B7 ');
    return el('button', {
      class: 'mode', type: 'button', 'data-mode': mode,
      'aria-label': label + '. ' + L['mode.' + mode + '.hint'] + ' ' + countText,
      disabled: c.due + c.fresh === 0,
      onclick: function () { startSession(mode); }
    }, [el('span', { class: 'name', text: label }),
        el('span', { class: 'hint', text: L['mode.' + mode + '.hint'] }),
        el('span', { class: 'count', text: countText })]);
  }
  function lessonRows() {
    var list = el('ul', { class: 'lessons' });
    DATA.lessons.forEach(function (lesson, index) {
      var words = WORDS.filter(function (w) { return w.k === index; });
      if (!words.length) { return; }
      var done = words.filter(learnt).length;
      var pct = Math.round(100 * done / words.length);
      var text = fill(L.learnt, { done: done, total: words.length });
      list.appendChild(el('li', {}, [
        el('div', { class: 'row' }, [el('span', { text: lesson.name }), el('span', { class: 'muted', text: text })]),
        el('div', { class: 'meter', role: 'progressbar', 'aria-label': lesson.name + ': ' + text,
          'aria-valuemin': 0, 'aria-valuemax': words.length, 'aria-valuenow': done },
          [el('span', { style: 'width:' + pct + '%' })])]));
    });
    return list;
  }
  /** The mode a student should do now: the first with cards due, else the first with new words. */
  function firstMode() {
    var shown = MODES.filter(function (m) { return WORDS.some(function (w) { return fits(w, m); }); });
    var due = shown.filter(function (m) { return counts(m).due > 0; });
    if (due.length) { return due[0]; }
    var fresh = shown.filter(function (m) { return counts(m).fresh > 0; });
    return fresh.length ? fresh[0] : null;
  }
  function totalDue() {
    return MODES.reduce(function (sum, m) { return sum + counts(m).due; }, 0);
  }
  function home(message) {
    keyHandler = null;
    var title = el('h1', { tabindex: '-1', text: DATA.title || L.home });
    var nodes = [title, el('p', { class: 'muted', id: 'due-line', text: fill(L.due_today, { count: totalDue() }) })];
    if (!storageOk) { nodes.push(el('p', { class: 'notice', role: 'note', text: L.storage_off })); }
    if (message) { nodes.push(el('p', { class: 'notice', role: 'status', text: message })); }
    if (DATA.lessons.length > 1) {
      var select = el('select', { id: 'scope', 'aria-label': L.lesson, class: 'wide',
        onchange: function () {
          scope = parseInt(select.value, 10);
          prefs.scope = prefs.scope || {};
          prefs.scope[DATA.key] = scope;
          savePrefs();
          home();
          document.getElementById('scope').focus();
        } }, [el('option', { value: -1, text: L.all_lessons })]);
      DATA.lessons.forEach(function (lesson, i) {
        select.appendChild(el('option', { value: i, text: lesson.name }));
      });
      select.value = String(scope);
      nodes.push(select);
    }
    var first = firstMode();
    if (first) {
      nodes.push(el('button', { type: 'button', class: 'primary wide', id: 'start',
        onclick: function () { startSession(first); } },
        [L.start + ': ' + L['mode.' + first]]));
    }
    var hasAudio = WORDS.some(function (w) { return fits(w, 'listening'); });
    var grid = el('div', { class: 'modes' });
    MODES.forEach(function (m) {
      if (m === 'listening' && !hasAudio) { return; }
      if (m === 'writing' && !WORDS.some(hasStrokes)) { return; }
      grid.appendChild(modeButton(m));
    });
    nodes.push(grid);
    nodes.push(el('h2', { text: L.progress }));
    nodes.push(lessonRows());
    var night = document.documentElement.classList.contains('night');
    nodes.push(el('div', { class: 'bar' }, [
      el('button', { type: 'button', id: 'night', 'aria-pressed': night ? 'true' : 'false',
        onclick: function () { prefs.night = !night; savePrefs(); applyNight(); home(); document.getElementById('night').focus(); } },
        [(night ? '\u2600 ' : '\u263E ') + L.night]),
      el('button', { type: 'button', id: 'export', onclick: exportProgress }, [L.export]),
      el('label', { class: 'filebtn' }, [L.import, el('input', { type: 'file', id: 'import',
        accept: '.json,application/json', 'aria-label': L.import, onchange: importProgress })])]));
    nodes.push(el('footer', {}, [
      el('p', { text: L.schedule_note }),
      (DATA.licences || []).length ? el('details', {}, [el('summary', { text: L.strokes_credit })].concat(
        DATA.licences.map(function (lic) {
          return el('div', {}, [el('h3', { class: 'small', text: lic[0] }), el('pre', { class: 'licence', text: lic[1] })]);
        }))) : null,
      el('p', { text: DATA.app })]));
    show(nodes, message ? title : null);
  }

  // ------------------------------------------------------------------ progress files
  function exportProgress() {
    var payload = { format: FILE_FORMAT, v: 1, page: DATA.key, title: DATA.title,
      saved: new Date().toISOString(), cards: progress.cards };
    var link = el('a', {
      href: 'data:application/json;charset=utf-8,' + encodeURIComponent(JSON.stringify(payload)),
      download: (DATA.title || 'study').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_') + '-progress.json'
    });
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
  }
  function mergeProgress(payload) {
    if (!payload || payload.format !== FILE_FORMAT || typeof payload.cards !== 'object' || !payload.cards) {
      return -1;
    }
    var ids = {};
    WORDS.forEach(function (w) { ids[w.id] = true; });
    var merged = 0;
    Object.keys(payload.cards).forEach(function (key) {
      var card = payload.cards[key];
      var id = key.split('|')[0];
      if (!ids[id] || !card || typeof card.due !== 'number' || typeof card.ef !== 'number' ||
          typeof card.n !== 'number' || typeof card.i !== 'number' || typeof card.last !== 'number') { return; }
      var mine = progress.cards[key];
      if (!mine || card.last > mine.last || (card.last === mine.last && card.n > mine.n)) {
        progress.cards[key] = { ef: card.ef, n: card.n, i: card.i, due: card.due, last: card.last, q: card.q };
        merged += 1;
      }
    });
    saveProgress();
    return merged;
  }
  function importProgress(event) {
    var file = event.target.files && event.target.files[0];
    if (!file) { return; }
    var reader = new FileReader();
    reader.onload = function () {
      var merged = -1;
      try { merged = mergeProgress(JSON.parse(String(reader.result))); } catch (e) { merged = -1; }
      var message = merged < 0 ? L.import_failed : fill(L.imported, { count: merged });
      home(message);
      say(message);
    };
    reader.readAsText(file);
  }

  // ------------------------------------------------------------------ sessions
  var session = null;
  function startSession(mode) {
    session = { mode: mode, queue: queueFor(mode), graded: {} };
    next();
  }
  function grade(word, q) {
    var key = word.id + '|' + CODE[session.mode];
    if (!session.graded[word.id]) {  // SM-2 step 7: only the day's first answer schedules
      progress.cards[key] = sm2(progress.cards[key] || null, q, today());
      saveProgress();
      session.graded[word.id] = true;
    }
    if (q < 4) { session.queue.push(word); }
    next();
  }
  function header(title) {
    return el('div', { class: 'bar' }, [
      el('button', { type: 'button', id: 'back', 'aria-label': L.back,
        onclick: function () { home(); } }, ['\u2190 ' + L.back]),
      el('h1', { class: 'grow', tabindex: '-1', text: title }),
      el('span', { class: 'muted small', id: 'left', text: fill(L.card_of, { count: session.queue.length + 1 }) })]);
  }
  function next() {
    var word = session.queue.shift();
    if (!word) {
      var again = el('button', { type: 'button', class: 'primary wide', onclick: function () { home(); } }, [L.back]);
      keyHandler = function (e) { if (e.key === 'Enter' || e.key === ' ') { home(); return true; } return false; };
      show([el('h1', { tabindex: '-1', text: L['mode.' + session.mode] }),
        el('p', { class: 'feedback ok', role: 'status', text: L.done }), again], again);
      return;
    }
    ({ recognition: flashcard, recall: flashcard, listening: flashcard, tones: toneCard,
       writing: writingCard })[session.mode](word);
  }
  function intervalText(word, q) {
    var card = sm2(cardOf(word, session.mode), q, today());
    if (session.graded[word.id]) { return ''; }
    return q < 3 ? L.today : fill(L.days, { count: card.i });
  }
  function gradeButtons(word) {
    var defs = [['again', 1], ['hard', 3], ['good', 4], ['easy', 5]];
    return el('div', { class: 'grades', role: 'group' }, defs.map(function (d, i) {
      var when = intervalText(word, d[1]);
      return el('button', { type: 'button', class: d[0], 'data-q': d[1],
        'aria-label': L[d[0]] + (when ? ' (' + when + ')' : '') + ', ' + (i + 1),
        onclick: function () { grade(word, d[1]); } }, [L[d[0]], when ? el('small', { text: when }) : null]);
    }));
  }
  function flashcard(word) {
    var mode = session.mode;
    var front;
    if (mode === 'recognition') {
      front = [el('div', { class: 'big hanzi', lang: 'zh-CN', text: word.s })];
    } else if (mode === 'recall') {
      front = [el('div', { class: 'prompt', text: word.m }), el('div', { class: 'ask', text: L.write_hanzi })];
    } else {
      front = [playButton(word), el('div', { class: 'ask', text: L.what_word })];
    }
    var card = el('section', { class: 'card', 'aria-label': L['mode.' + mode] }, front);
    var reveal = el('button', { type: 'button', class: 'primary wide', id: 'reveal',
      onclick: function () { back(); } }, [L.show_answer]);
    function back() {
      card.appendChild(el('hr', { 'aria-hidden': 'true' }));
      answerNodes(word, mode !== 'recognition').forEach(function (n) { if (n) { card.appendChild(n); } });
      var grades = gradeButtons(word);
      reveal.replaceWith(grades);
      grades.querySelector('.good').focus();
      keyHandler = function (e) {
        var i = '1234'.indexOf(e.key);
        if (i >= 0) { grades.children[i].click(); return true; }
        return false;
      };
      if (mode === 'recognition' || mode === 'recall') { playWord(word); }
    }
    keyHandler = function (e) {
      if (e.key === ' ' || e.key === 'Enter') { back(); return true; }
      return false;
    };
    show([header(L['mode.' + mode]), card, reveal], reveal);
    if (mode === 'listening') { playWord(word); }
  }

  // tones: one row of five buttons per syllable
  function toneCard(word) {
    // an erhua "r" has no tone of its own to pick: it counts as answered
    var picked = word.p.map(function (syl, i) { return word.v[i] ? 0 : word.n[i]; });
    var rows = el('div', { class: 'syllables' });
    var feedback = el('div', { class: 'feedback', role: 'status' });
    var checkBtn = el('button', { type: 'button', class: 'primary wide', id: 'check',
      disabled: true, onclick: function () { check(); } }, [L.check]);
    var buttons = [];
    var hanzi = Array.from(word.s);
    word.p.forEach(function (syl, i) {
      buttons.push([]);
      if (!word.v[i]) { return; }
      var group = el('div', { class: 'tones', role: 'group',
        'aria-label': (hanzi.length === word.p.length ? hanzi[i] + ' ' : '') + (i + 1) + '/' + word.p.length });
      word.v[i].forEach(function (variant, t) {
        var b = el('button', { type: 'button', 'aria-pressed': 'false', 'data-tone': t + 1,
          'aria-label': fill(L.tone, { n: i + 1, tone: t + 1 }) + ': ' + variant,
          onclick: function () { pick(i, t + 1); } }, [variant]);
        buttons[i].push(b);
        group.appendChild(b);
      });
      rows.appendChild(el('div', { class: 'syllable' }, [
        hanzi.length === word.p.length ? el('div', { class: 'which hanzi', lang: 'zh-CN', text: hanzi[i] }) : null,
        group]));
    });
    function pick(i, tone) {
      if (checkBtn.dataset.done) { return; }
      picked[i] = tone;
      buttons[i].forEach(function (b, t) { b.setAttribute('aria-pressed', t + 1 === tone ? 'true' : 'false'); });
      checkBtn.disabled = picked.indexOf(0) >= 0;
    }
    function check() {
      if (checkBtn.dataset.done) { grade(word, checkBtn.dataset.q | 0); return; }
      var right = 0;
      word.n.forEach(function (tone, i) {
        if (picked[i] === tone) { right += 1; }
        if (!buttons[i].length) { return; }
        buttons[i][tone - 1].classList.add('ok');
        if (picked[i] !== tone) { buttons[i][picked[i] - 1].classList.add('no'); }
      });
      var q = right === word.n.length ? 4 : (2 * right >= word.n.length ? 2 : 1);
      checkBtn.dataset.done = '1';
      checkBtn.dataset.q = String(q);
      feedback.className = 'feedback ' + (q >= 4 ? 'ok' : 'no');
      feedback.textContent = q >= 4 ? L.right : L.wrong;
      card.appendChild(pinyinNode(word));
      checkBtn.textContent = L.next;
      checkBtn.disabled = false;
      checkBtn.focus();
    }
    var card = el('section', { class: 'card', 'aria-label': L['mode.tones'] }, [
      el('div', { class: 'big hanzi', lang: 'zh-CN', text: word.s }), playButton(word),
      el('div', { class: 'meaning', text: word.m }), el('div', { class: 'ask', text: L.pick_tones }),
      rows, feedback]);
    keyHandler = function (e) {
      if (/^[1-5]$/.test(e.key) && !checkBtn.dataset.done) {
        var i = picked.indexOf(0);  // the first syllable without a tone, else the last one asked
        if (i < 0) { i = word.v.length - 1; while (i > 0 && !word.v[i]) { i -= 1; } }
        pick(i, parseInt(e.key, 10));
        return true;
      }
      if (e.key === 'Enter' && !checkBtn.disabled) { check(); return true; }
      return false;
    };
    show([header(L['mode.tones']), card, checkBtn], rows.querySelector('button'));
    playWord(word);
  }

  // writing: hanzi-writer's quiz on each character in turn, drawn from the page's data
  function writingCard(word) {
    var chars = Array.from(word.s).filter(function (c) { return !!STROKES[c]; });
    var box = el('div', { class: 'writer', 'aria-label': L.write_hanzi });
    var feedback = el('div', { class: 'feedback', role: 'status' });
    var mistakes = 0;
    var current = 0;
    var writers = [];
    var nextBtn = el('button', { type: 'button', class: 'primary wide', id: 'next', disabled: true,
      onclick: function () { grade(word, quality()); } }, [L.next]);
    var hintBtn = el('button', { type: 'button', class: 'wide', id: 'strokes',
      onclick: function () { demo(); } }, [L.show_strokes]);
    function quality() {
      var per = mistakes / chars.length;
      return per === 0 ? 5 : per <= 1 ? 4 : per <= 3 ? 3 : 2;
    }
    var card = el('section', { class: 'card', 'aria-label': L['mode.writing'] }, [
      el('div', { class: 'prompt', text: word.m }), pinyinNode(word),
      el('div', { class: 'ask', text: L.write_hanzi }), box, feedback]);
    show([header(L['mode.writing']), card, hintBtn, nextBtn], hintBtn);
    var style = window.getComputedStyle(card);
    var width = Math.max(200, Math.min(box.clientWidth || 300, 520));
    var size = Math.floor(Math.min(260, (width - 8 * (Math.min(chars.length, 3) - 1)) / Math.min(chars.length, 3)));
    chars.forEach(function (c, i) {
      var cell = el('div', { class: 'cell', role: 'img', 'aria-label': L.write_hanzi + ' ' + (i + 1) + '/' + chars.length,
        style: 'width:' + size + 'px;height:' + size + 'px' });
      box.appendChild(cell);
      var tone = word.p.length === Array.from(word.s).length ? word.n[Array.from(word.s).indexOf(c)] : 0;
      var probe = el('span', { class: 'tone' + tone });
      card.appendChild(probe);
      var strokeColor = tone ? window.getComputedStyle(probe).color : style.color;
      card.removeChild(probe);
      writers.push(window.HanziWriter.create(cell, c, {
        width: size, height: size, padding: 8, showCharacter: false, showOutline: i === 0,
        strokeColor: strokeColor, drawingColor: style.color, outlineColor: 'rgba(136,136,136,0.35)',
        highlightColor: '#2f7fd9', drawingWidth: 24, showHintAfterMisses: 2,
        charDataLoader: function (ch, onLoad) { onLoad(STROKES[ch]); }
      }));
    });
    function quiz(i) {
      current = i;
      if (i >= writers.length) {
        feedback.className = 'feedback ok';
        feedback.textContent = L.right + ' ' + fill(L.mistakes, { count: mistakes });
        say(feedback.textContent);
        card.insertBefore(el('div', { class: 'big hanzi', lang: 'zh-CN', text: word.s }), feedback);
        hintBtn.disabled = true;
        nextBtn.disabled = false;
        nextBtn.focus();
        playWord(word);
        return;
      }
      writers[i].showOutline();
      writers[i].quiz({
        onMistake: function () { mistakes += 1; feedback.className = 'feedback no'; feedback.textContent = fill(L.mistakes, { count: mistakes }); },
        onComplete: function () { quiz(i + 1); }
      });
    }
    function demo() {
      var w = writers[current];
      if (!w) { return; }
      mistakes += 1;  // a shown answer counts as a miss for the schedule
      feedback.className = 'feedback';
      feedback.textContent = fill(L.mistakes, { count: mistakes });
      w.cancelQuiz();
      w.hideCharacter();
      w.animateCharacter({ onComplete: function () { w.hideCharacter(); quiz(current); } });
    }
    keyHandler = function (e) {
      if (e.key === 'Enter' && !nextBtn.disabled) { nextBtn.click(); return true; }
      return false;
    };
    quiz(0);
  }

  window.ctStudy = { sm2: sm2, today: today, storeKey: STORE_KEY, mergeProgress: mergeProgress };
  home();
  // when the first screen is built: what `make bench` measures as the page's opening time
  if (window.performance && window.performance.mark) { window.performance.mark('ct-study-ready'); }
})();
