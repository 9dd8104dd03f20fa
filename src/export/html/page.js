// tarikh timeline page: reads the incidents from the JSON script element, draws them on a time
// axis, filters them and shows one incident's sources. All text from the data goes into the page
// as text nodes, never as markup, and only http(s) links become links.
(function () {
  'use strict';

  const fault = document.getElementById('fault');
  const faults = [];
  function report(message) {
    faults.push(String(message));
    document.body.setAttribute('data-errors', faults.join(' | '));
    fault.textContent = 'The page hit an error and may be incomplete: ' + faults.join('; ');
    fault.hidden = false;
  }
  window.addEventListener('error', (e) => report(e.message || e.type));
  window.addEventListener('unhandledrejection', (e) => report(e.reason));

  // ---- Vocabulary -------------------------------------------------------------------------

  // Types are coloured by kind, so that related types read together; the chip names the type.
  const KINDS = {
    violence: { label: 'Violence', c: '#c0392b', cl: 'rgba(192, 57, 43, 0.16)' },
    unrest: { label: 'Unrest', c: '#c46a12', cl: 'rgba(214, 121, 26, 0.18)' },
    forces: { label: 'Forces', c: '#7048a8', cl: 'rgba(112, 72, 168, 0.15)' },
    diplomacy: { label: 'Diplomacy', c: '#1f65b0', cl: 'rgba(31, 101, 176, 0.15)' },
    humanitarian: { label: 'Humanitarian', c: '#13866a', cl: 'rgba(19, 134, 106, 0.16)' },
    words: { label: 'Statements', c: '#56606c', cl: 'rgba(86, 96, 108, 0.15)' },
    other: { label: 'Other', c: '#857a3c', cl: 'rgba(133, 122, 60, 0.17)' },
  };
  const TYPES = {
    armed_clash: ['Armed clash', 'violence'],
    shelling: ['Shelling', 'violence'],
    air_strike: ['Air strike', 'violence'],
    attack: ['Attack', 'violence'],
    mob_violence: ['Mob violence', 'violence'],
    property_destruction: ['Property destruction', 'violence'],
    violent_demonstration: ['Violent demonstration', 'unrest'],
    protest: ['Protest', 'unrest'],
    deployment: ['Deployment', 'forces'],
    withdrawal: ['Withdrawal', 'forces'],
    arrest: ['Arrest', 'forces'],
    ceasefire: ['Ceasefire', 'diplomacy'],
    agreement: ['Agreement', 'diplomacy'],
    talks: ['Talks', 'diplomacy'],
    visit: ['Visit', 'diplomacy'],
    displacement: ['Displacement', 'humanitarian'],
    aid: ['Aid', 'humanitarian'],
    statement: ['Statement', 'words'],
    accusation: ['Accusation', 'words'],
    other: ['Other', 'other'],
  };
  const STATUSES = {
    occurred: ['Occurred', 'The report says it happened'],
    claimed: ['Claimed', 'One side alleges it, as reported'],
    planned: ['Planned', 'Planned or announced at the time of the report'],
  };
  function statusLabel(s) { return (STATUSES[s] || [s])[0]; }
  const NONE = '\u0000none';
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const DAY_MS = 86400000;

  function typeLabel(t) { return (TYPES[t] || [t])[0]; }
  function kindOf(t) { return KINDS[(TYPES[t] || [null, 'other'])[1]] || KINDS.other; }

  // ---- Days: whole days since 1970-01-01, UTC -----------------------------------------------

  function dayNum(iso) {
    if (!iso) return null;
    const p = iso.split('-');
    const t = new Date(0);
    t.setUTCFullYear(+p[0], +p[1] - 1, +p[2]);
    return Math.round(t.getTime() / DAY_MS);
  }
  function dateOf(n) { return new Date(n * DAY_MS); }
  function pad(n, w) { return String(n).padStart(w, '0'); }
  function isoDay(n) {
    const d = dateOf(n);
    return pad(d.getUTCFullYear(), 4) + '-' + pad(d.getUTCMonth() + 1, 2) + '-' + pad(d.getUTCDate(), 2);
  }
  function fmtDay(n) {
    const d = dateOf(n);
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
  }
  function fmtIso(iso) { return iso ? fmtDay(dayNum(iso)) : ''; }
  function firstOfMonth(y, m) {
    const t = new Date(0);
    t.setUTCFullYear(y, m, 1);
    return Math.round(t.getTime() / DAY_MS);
  }

  // ---- Text --------------------------------------------------------------------------------

  // Folded for search: case, Latin accents, Arabic diacritics and letter variants, digits.
  function fold(s) {
    return String(s || '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
      .toLowerCase()
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      .replace(/\u0649/g, '\u064a')
      .replace(/\u0629/g, '\u0647')
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
  }
  function safeUrl(u) { return typeof u === 'string' && /^https?:\/\/[^\s]+$/i.test(u.trim()) ? u.trim() : null; }
  function plural(n, one, many) { return n.toLocaleString('en') + ' ' + (n === 1 ? one : many); }

  // A DOM element: h('div', {class: 'x', dir: 'auto'}, 'text', child, ...). Strings are text.
  function h(tag, attrs) {
    const el = document.createElement(tag);
    if (attrs) {
      for (const k in attrs) {
        const v = attrs[k];
        if (v === null || v === undefined || v === false) continue;
        if (k === 'text') el.textContent = v;
        else if (k === 'vars') for (const n in v) el.style.setProperty(n, v[n]);
        else if (k === 'on') for (const n in v) el.addEventListener(n, v[n]);
        else el.setAttribute(k, v === true ? '' : v);
      }
    }
    const add = (c) => {
      if (c === null || c === undefined || c === false) return;
      if (Array.isArray(c)) c.forEach(add); else el.append(c);
    };
    for (let i = 2; i < arguments.length; i++) add(arguments[i]);
    return el;
  }
  function append(el) {
    for (let i = 1; i < arguments.length; i++) { const c = arguments[i]; if (c !== null && c !== undefined && c !== false) el.append(c); }
  }
  function kindVars(t) { const k = kindOf(t); return { '--c': k.c, '--cl': k.cl }; }

  // ---- Data --------------------------------------------------------------------------------

  const meta = JSON.parse(document.getElementById('tarikh-meta').textContent);
  const raw = JSON.parse(document.getElementById('tarikh-data').textContent);
  if (!Array.isArray(raw)) throw new Error('the embedded data is not a list of incidents');

  const items = raw.map((r, index) => {
    const s = dayNum(r.date.start);
    const e = dayNum(r.date.end);
    return {
      r: r,
      index: index,
      s: s,
      e: e,
      // Where it sits on a timeline: its earliest day, else its latest ("on or before").
      key: s !== null ? s : e,
      last: e !== null ? e : s,
      placeKey: r.place || NONE,
      hay: null,
    };
  });
  const byId = new Map();
  items.forEach((it) => { if (it.r.id !== null && it.r.id !== undefined) byId.set(String(it.r.id), it); });

  function haystack(it) {
    if (it.hay === null) {
      const r = it.r;
      const parts = [r.id, r.title, r.summary, r.place, r.country, r.disputed, r.date.text, r.date.edtf,
        typeLabel(r.event_type), r.status, r.fatalities.phrase]
        .concat(r.actors, r.sources, r.source_urls, r.evidence);
      r.readings.forEach((x) => { parts.push(x.name, x.url); parts.push.apply(parts, x.evidence); });
      it.hay = fold(parts.filter(Boolean).join('\n'));
    }
    return it.hay;
  }

  // ---- State and filtering -----------------------------------------------------------------

  const state = {
    types: new Set(),
    statuses: new Set(),
    actors: new Set(),
    places: new Set(),
    from: null,
    to: null,
    words: [],
    disputed: false,
    full: false,
    selected: null,
  };

  // Each facet is a bit; an incident's mask holds the facets it fails. A facet's counts are
  // over the incidents that pass every other facet.
  const F_TYPE = 1, F_STATUS = 2, F_ACTOR = 4, F_PLACE = 8, F_DATE = 16, F_TEXT = 32, F_DISPUTED = 64;

  function maskOf(it) {
    const r = it.r;
    let m = 0;
    if (state.types.size && !state.types.has(r.event_type)) m |= F_TYPE;
    if (state.statuses.size && !state.statuses.has(r.status)) m |= F_STATUS;
    if (state.actors.size) {
      const hit = r.actors.length ? r.actors.some((a) => state.actors.has(a)) : state.actors.has(NONE);
      if (!hit) m |= F_ACTOR;
    }
    if (state.places.size && !state.places.has(it.placeKey)) m |= F_PLACE;
    // It may have happened in the range: open ends reach as far as they need to.
    if (state.from !== null && it.e !== null && it.e < state.from) m |= F_DATE;
    if (state.to !== null && it.s !== null && it.s > state.to) m |= F_DATE;
    if (state.words.length) {
      const hay = haystack(it);
      if (!state.words.every((w) => hay.indexOf(w) >= 0)) m |= F_TEXT;
    }
    if (state.disputed && !r.disputed) m |= F_DISPUTED;
    return m;
  }

  let visible = [];
  let counts = null;

  function applyFilters() {
    const c = { type: new Map(), status: new Map(), actor: new Map(), place: new Map(), disputed: 0 };
    const add = (map, k) => map.set(k, (map.get(k) || 0) + 1);
    visible = [];
    for (const it of items) {
      const m = maskOf(it);
      if (m === 0) visible.push(it);
      const r = it.r;
      if ((m & ~F_TYPE) === 0) add(c.type, r.event_type);
      if ((m & ~F_STATUS) === 0) add(c.status, r.status);
      if ((m & ~F_ACTOR) === 0) {
        if (r.actors.length) new Set(r.actors).forEach((a) => add(c.actor, a)); else add(c.actor, NONE);
      }
      if ((m & ~F_PLACE) === 0) add(c.place, it.placeKey);
      if ((m & ~F_DISPUTED) === 0 && r.disputed) c.disputed++;
    }
    counts = c;
  }

  // ---- Filter panel ------------------------------------------------------------------------

  const totals = { type: new Map(), status: new Map(), actor: new Map(), place: new Map() };
  items.forEach((it) => {
    const r = it.r;
    const add = (map, k) => map.set(k, (map.get(k) || 0) + 1);
    add(totals.type, r.event_type);
    add(totals.status, r.status);
    if (r.actors.length) new Set(r.actors).forEach((a) => add(totals.actor, a)); else add(totals.actor, NONE);
    add(totals.place, it.placeKey);
  });

  function checkRow(set, value, label, swatchVars, onChange) {
    const input = h('input', { type: 'checkbox' });
    input.checked = set.has(value);
    input.addEventListener('change', () => {
      if (input.checked) set.add(value); else set.delete(value);
      onChange();
    });
    const n = h('span', { class: 'n' });
    const row = h('label', { class: 'check' }, input,
      swatchVars ? h('span', { class: 'sw', vars: swatchVars }) : null,
      h('bdi', { class: 'lbl', text: label, title: label }), n);
    return { row: row, input: input, n: n };
  }

  // Event types, grouped by kind, and statuses: every value the data has, with live counts.
  const fixedChecks = [];
  (function buildTypes() {
    const box = document.getElementById('f-type');
    const present = Object.keys(TYPES).filter((t) => totals.type.has(t))
      .concat(Array.from(totals.type.keys()).filter((t) => !TYPES[t]));
    let lastKind = null;
    present.forEach((t) => {
      const kind = kindOf(t);
      if (kind !== lastKind) {
        box.append(h('div', { class: 'group-label' }, h('span', { class: 'sw', vars: { '--c': kind.c } }), kind.label));
        lastKind = kind;
      }
      const c = checkRow(state.types, t, typeLabel(t), kindVars(t), update);
      fixedChecks.push({ facet: 'type', value: t, c: c });
      box.append(c.row);
    });
  })();
  (function buildStatuses() {
    const box = document.getElementById('f-status');
    Object.keys(STATUSES).concat(Array.from(totals.status.keys()).filter((s) => !STATUSES[s]))
      .filter((s) => totals.status.has(s))
      .forEach((s) => {
        const c = checkRow(state.statuses, s, statusLabel(s), null, update);
        c.row.title = (STATUSES[s] || [s, s])[1];
        fixedChecks.push({ facet: 'status', value: s, c: c });
        box.append(c.row);
      });
  })();

  // Actors and places can run to thousands: the selected ones, then the most frequent among
  // those that match the find box, a few at a time.
  function FacetList(facet, set, boxId, findId, noneLabel) {
    const box = document.getElementById(boxId);
    const find = document.getElementById(findId);
    let expanded = false;
    const SHORT = 10, LONG = 300;
    find.addEventListener('input', () => render());
    function render() {
      const live = counts[facet];
      const q = fold(find.value.trim());
      const label = (v) => (v === NONE ? noneLabel : v);
      const all = Array.from(totals[facet].keys());
      const matching = all.filter((v) => !set.has(v) && (!q || fold(label(v)).indexOf(q) >= 0));
      matching.sort((a, b) => (live.get(b) || 0) - (live.get(a) || 0) ||
        totals[facet].get(b) - totals[facet].get(a) || (a === NONE) - (b === NONE) || label(a).localeCompare(label(b)));
      const shown = Array.from(set).concat(matching.slice(0, expanded ? LONG : SHORT));
      box.textContent = '';
      shown.forEach((v) => {
        const c = checkRow(set, v, label(v), null, update);
        const n = live.get(v) || 0;
        c.n.textContent = n.toLocaleString('en');
        c.row.classList.toggle('zero', n === 0);
        box.append(c.row);
      });
      if (!shown.length) box.append(h('p', { class: 'note', text: q ? 'Nothing matches.' : 'None in this export.' }));
      const rest = matching.length - (shown.length - set.size);
      if (matching.length > SHORT) {
        box.append(h('button', {
          type: 'button', class: 'link more',
          text: expanded ? 'Show fewer' : 'Show ' + Math.min(rest, LONG - SHORT).toLocaleString('en') + ' more',
          on: { click: () => { expanded = !expanded; render(); } },
        }));
      }
      if (expanded && rest > 0) box.append(h('p', { class: 'note', text: rest.toLocaleString('en') + ' more: type to narrow the list.' }));
    }
    return { render: render };
  }
  const actorList = FacetList('actor', state.actors, 'f-actor', 'find-actor', '(no actor named)');
  const placeList = FacetList('place', state.places, 'f-place', 'find-place', '(no place named)');

  function renderFilterCounts() {
    fixedChecks.forEach((f) => {
      const n = counts[f.facet].get(f.value) || 0;
      f.c.n.textContent = n.toLocaleString('en');
      f.c.row.classList.toggle('zero', n === 0);
      f.c.input.checked = (f.facet === 'type' ? state.types : state.statuses).has(f.value);
    });
    document.getElementById('n-disputed').textContent = counts.disputed.toLocaleString('en');
    document.getElementById('f-disputed').checked = state.disputed;
    actorList.render();
    placeList.render();
  }

  const fromInput = document.getElementById('from');
  const toInput = document.getElementById('to');
  const search = document.getElementById('q');
  let dataLo = null, dataHi = null;
  items.forEach((it) => {
    if (it.key !== null && (dataLo === null || it.key < dataLo)) dataLo = it.key;
    if (it.last !== null && (dataHi === null || it.last > dataHi)) dataHi = it.last;
  });
  if (dataLo !== null) { fromInput.min = toInput.min = isoDay(dataLo); fromInput.max = toInput.max = isoDay(dataHi); }

  function readDates() {
    state.from = fromInput.value ? dayNum(fromInput.value) : null;
    state.to = toInput.value ? dayNum(toInput.value) : null;
    update();
  }
  fromInput.addEventListener('change', readDates);
  toInput.addEventListener('change', readDates);
  function setDates(a, b) {
    fromInput.value = a === null ? '' : isoDay(a);
    toInput.value = b === null ? '' : isoDay(b);
    readDates();
  }
  let searchTimer = 0;
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      state.words = fold(search.value).split(/\s+/).filter(Boolean);
      update();
    }, 120);
  });
  document.getElementById('f-disputed').addEventListener('change', (e) => { state.disputed = e.target.checked; update(); });
  function clearAll() {
    state.types.clear(); state.statuses.clear(); state.actors.clear(); state.places.clear();
    state.words = []; state.disputed = false; state.full = false;
    search.value = '';
    document.getElementById('find-actor').value = '';
    document.getElementById('find-place').value = '';
    setDates(null, null);
  }
  document.getElementById('clear-all').addEventListener('click', clearAll);
  document.getElementById('empty-clear').addEventListener('click', clearAll);

  // ---- The axis ----------------------------------------------------------------------------

  // The days the axis shows: the date filter where set; otherwise the bulk of the incidents
  // shown (far outliers, such as a war's start decades earlier, are counted at the edges
  // rather than squeezing everything else into a sliver), or all of them on request.
  let axis = { lo: 0, hi: 1, earlier: 0, later: 0 };

  function quantile(sorted, q) { return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))))]; }

  function computeAxis() {
    const keys = visible.map((it) => it.key).filter((k) => k !== null).sort((a, b) => a - b);
    const lasts = visible.map((it) => it.last).filter((k) => k !== null).sort((a, b) => a - b);
    let lo, hi;
    if (!keys.length) {
      lo = dataLo !== null ? dataLo : 0;
      hi = dataHi !== null ? dataHi : 30;
    } else {
      lo = keys[0];
      hi = lasts[lasts.length - 1];
      if (!state.full) {
        // Outliers lie beyond three interquartile ranges (and at least a month) from the
        // middle half; the axis ends at the nearest incidents inside those fences.
        const q1 = quantile(keys, 0.25), q3 = quantile(lasts, 0.75);
        const reach = Math.max(3 * (q3 - q1), 30);
        lo = keys.find((k) => k >= q1 - reach);
        for (let i = lasts.length - 1; i >= 0; i--) if (lasts[i] <= q3 + reach) { hi = lasts[i]; break; }
      }
      const margin = Math.max(1, Math.round((hi - lo) * 0.02));
      lo -= margin;
      hi += margin;
    }
    if (state.from !== null) lo = state.from;
    if (state.to !== null) hi = state.to;
    if (hi < lo) hi = lo;
    if (hi - lo < 6) { const mid = Math.floor((lo + hi) / 2); lo = mid - 3; hi = mid + 3; }
    let earlier = 0, later = 0;
    visible.forEach((it) => { if (it.last < lo) earlier++; else if (it.key > hi) later++; });
    axis = { lo: lo, hi: hi, earlier: earlier, later: later };
  }

  function laneWidth() { return Math.max(1, chart.clientWidth); }
  function xOf(day, w) { return (day - axis.lo) / (axis.hi - axis.lo + 1) * w; }
  function dayAt(x, w) { return axis.lo + Math.floor(x / w * (axis.hi - axis.lo + 1)); }

  // Calendar steps for ticks and bins, from a day to a century.
  const STEPS = [
    { unit: 'day', n: 1, len: 1 }, { unit: 'day', n: 2, len: 2 }, { unit: 'week', n: 1, len: 7 },
    { unit: 'week', n: 2, len: 14 }, { unit: 'month', n: 1, len: 30.44 }, { unit: 'month', n: 3, len: 91.3 },
    { unit: 'month', n: 6, len: 182.6 }, { unit: 'year', n: 1, len: 365.2 }, { unit: 'year', n: 2, len: 730.5 },
    { unit: 'year', n: 5, len: 1826 }, { unit: 'year', n: 10, len: 3652 }, { unit: 'year', n: 25, len: 9131 },
    { unit: 'year', n: 50, len: 18262 }, { unit: 'year', n: 100, len: 36524 },
  ];
  function chooseStep(span, most) { return STEPS.find((s) => span / s.len <= most) || STEPS[STEPS.length - 1]; }

  // The boundaries of `step` from the one at or before `lo` to the first after `hi`.
  function boundaries(step, lo, hi) {
    const out = [];
    if (step.unit === 'day' || step.unit === 'week') {
      const len = step.unit === 'day' ? step.n : 7 * step.n;
      // Day 4 since 1970 was a Monday: weeks start on Mondays.
      const base = step.unit === 'week' ? 4 : 0;
      let d = lo - ((((lo - base) % len) + len) % len);
      for (; d <= hi + len; d += len) { out.push(d); if (d > hi) break; }
      return out;
    }
    const first = dateOf(lo);
    let y = first.getUTCFullYear(), m = first.getUTCMonth();
    if (step.unit === 'month') m -= m % step.n; else { m = 0; y -= ((y % step.n) + step.n) % step.n; }
    for (;;) {
      const d = firstOfMonth(y, m);
      out.push(d);
      if (d > hi) break;
      if (step.unit === 'month') { m += step.n; if (m > 11) { y += Math.floor(m / 12); m %= 12; } } else y += step.n;
    }
    return out;
  }
  function tickLabel(step, d, first) {
    const t = dateOf(d);
    if (step.unit === 'year') return String(t.getUTCFullYear());
    if (step.unit === 'month') return MONTHS[t.getUTCMonth()] + (t.getUTCMonth() === 0 || first ? ' ' + t.getUTCFullYear() : '');
    const label = t.getUTCDate() + ' ' + MONTHS[t.getUTCMonth()];
    return first || (t.getUTCMonth() === 0 && t.getUTCDate() <= step.len) ? label + ' ' + t.getUTCFullYear() : label;
  }
  function binLabel(step, a, b) {
    if (step.unit === 'day' && step.n === 1) return fmtDay(a);
    if (step.unit === 'month' && step.n === 1) { const t = dateOf(a); return MONTHS[t.getUTCMonth()] + ' ' + t.getUTCFullYear(); }
    if (step.unit === 'year' && step.n === 1) return String(dateOf(a).getUTCFullYear());
    return fmtDay(a) + ' – ' + fmtDay(b - 1);
  }

  const chart = document.getElementById('chart');
  const canvas = document.getElementById('histogram');
  const axisEl = document.getElementById('axis');
  const gridEl = document.getElementById('grid');
  const tip = document.getElementById('tip');
  const edgeL = document.getElementById('edge-l');
  const edgeR = document.getElementById('edge-r');
  let bins = [];
  let binStep = STEPS[0];

  function renderAxis() {
    const w = laneWidth();
    const span = axis.hi - axis.lo + 1;
    const step = chooseStep(span, Math.max(2, Math.floor(w / 84)));
    const marks = boundaries(step, axis.lo, axis.hi).filter((d) => d >= axis.lo && d <= axis.hi);
    axisEl.textContent = '';
    gridEl.textContent = '';
    const laneLeft = chart.getBoundingClientRect().left - gridEl.parentElement.getBoundingClientRect().left;
    gridEl.style.left = laneLeft + 'px';
    gridEl.style.width = w + 'px';
    marks.forEach((d, i) => {
      const x = xOf(d, w);
      if (x > w - 30) return;
      const t = h('span', { class: 'tick', text: tickLabel(step, d, i === 0) });
      t.style.left = x + 'px';
      axisEl.append(t);
      const g = h('i');
      g.style.left = x + 'px';
      gridEl.append(g);
    });
    edgeL.hidden = !axis.earlier;
    edgeL.textContent = '\u2039 ' + plural(axis.earlier, 'earlier', 'earlier');
    edgeL.title = 'Incidents before the axis; click to show every year';
    edgeR.hidden = !axis.later;
    edgeR.textContent = plural(axis.later, 'later', 'later') + ' \u203a';
    edgeR.title = 'Incidents after the axis; click to show every year';
  }
  edgeL.addEventListener('click', () => { state.full = true; update(); });
  edgeR.addEventListener('click', () => { state.full = true; update(); });

  // Counts per bin: an incident on a known day counts 1 in its bin; one whose day is not known
  // is spread over the days it may have happened (an open end counts at its bound), drawn
  // lighter, so that uncertain dates neither vanish nor pile up on their first day.
  function computeBins() {
    const w = laneWidth();
    binStep = chooseStep(axis.hi - axis.lo + 1, Math.max(8, Math.floor(w / 5)));
    const edges = boundaries(binStep, axis.lo, axis.hi);
    bins = [];
    for (let i = 0; i + 1 < edges.length; i++) bins.push({ a: edges[i], b: edges[i + 1], exact: 0, spread: 0 });
    if (!bins.length) return;
    const find = (d) => {
      let lo = 0, hi = bins.length - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (bins[mid].a <= d) lo = mid; else hi = mid - 1; }
      return lo;
    };
    const first = bins[0].a, end = bins[bins.length - 1].b;
    visible.forEach((it) => {
      const s = it.s !== null ? it.s : it.e;
      const e = it.e !== null ? it.e : it.s;
      if (s === null || e < first || s >= end) return;
      if (it.r.date.shape === 'day' && it.s !== null) { bins[find(s)].exact += 1; return; }
      const a = Math.max(s, first), b = Math.min(e, end - 1), total = e - s + 1;
      for (let i = find(a); i < bins.length && bins[i].a <= b; i++) {
        const overlap = Math.min(b, bins[i].b - 1) - Math.max(a, bins[i].a) + 1;
        if (overlap > 0) bins[i].spread += overlap / total;
      }
    });
  }

  function renderHistogram() {
    const w = laneWidth();
    const hgt = canvas.clientHeight || 66;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(hgt * dpr);
    const g = canvas.getContext('2d');
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, w, hgt);
    const top = 18, base = hgt - 2;
    const max = bins.reduce((m, b) => Math.max(m, b.exact + b.spread), 0);
    if (max <= 0) return;
    const scale = (base - top) / max;
    bins.forEach((b) => {
      const x0 = Math.max(0, xOf(b.a, w)), x1 = Math.min(w, xOf(b.b, w));
      const bw = Math.max(1, x1 - x0 - (x1 - x0 > 4 ? 1 : 0));
      const he = b.exact * scale, hs = b.spread * scale;
      g.fillStyle = '#56677d';
      if (he > 0) g.fillRect(x0, base - he, bw, Math.max(1, he));
      g.fillStyle = '#bcc6d3';
      if (hs > 0) g.fillRect(x0, base - he - hs, bw, Math.max(1, hs));
    });
    g.fillStyle = '#8a94a1';
    g.font = '10.5px system-ui, sans-serif';
    g.textBaseline = 'top';
    const unit = { day: 'day', week: 'week', month: 'month', year: 'year' }[binStep.unit];
    const per = binStep.n === 1 ? unit : binStep.n + ' ' + unit + 's';
    const peak = 'peak ' + (Math.round(max * 10) / 10).toLocaleString('en') + ' per ' + per;
    const tw = g.measureText(peak).width;
    const px = axis.later ? w - tw - 100 : w - tw - 6;
    g.fillText(peak, Math.max(axis.earlier ? 96 : 6, px), 4);
  }

  // Hover shows a bin's counts; a drag selects days and a click picks one bin; both set the
  // date filter.
  let drag = null;
  const brush = document.getElementById('brush');
  function chartX(ev) { return Math.max(0, Math.min(laneWidth(), ev.clientX - canvas.getBoundingClientRect().left)); }
  canvas.addEventListener('mousemove', (ev) => {
    const x = chartX(ev), w = laneWidth();
    if (drag) {
      drag.x1 = x;
      brush.hidden = false;
      brush.style.left = Math.min(drag.x0, x) + 'px';
      brush.style.width = Math.abs(x - drag.x0) + 'px';
    }
    const d = dayAt(x, w);
    const b = bins.find((bin) => bin.a <= d && d < bin.b);
    if (!b) { tip.hidden = true; return; }
    const exact = b.exact, spread = Math.round(b.spread * 10) / 10;
    tip.textContent = binLabel(binStep, b.a, b.b) + ': ' + plural(exact, 'incident', 'incidents') + ' on a known day' +
      (spread ? ', about ' + spread.toLocaleString('en') + ' more with uncertain dates' : '');
    tip.hidden = false;
    const tw = tip.offsetWidth;
    tip.style.left = Math.max(0, Math.min(w - tw, x + 12)) + 'px';
  });
  canvas.addEventListener('mouseleave', () => { tip.hidden = true; });
  canvas.addEventListener('mousedown', (ev) => { drag = { x0: chartX(ev), x1: chartX(ev) }; ev.preventDefault(); });
  window.addEventListener('mouseup', () => {
    if (!drag) return;
    const w = laneWidth();
    const a = Math.min(drag.x0, drag.x1), b = Math.max(drag.x0, drag.x1);
    drag = null;
    brush.hidden = true;
    if (b - a < 4) {
      const d = dayAt(a, w);
      const bin = bins.find((x) => x.a <= d && d < x.b);
      if (bin) setDates(bin.a, bin.b - 1);
      return;
    }
    setDates(dayAt(a, w), Math.max(dayAt(a, w), dayAt(b, w)));
  });

  // ---- Marks -------------------------------------------------------------------------------

  const TAIL = 56;

  // The mark for a date on a lane `w` pixels wide: a dot for a day, a bar for a span, a
  // hatched bar for one unknown day within bounds; open ends fade out, approximate ones blur.
  function markFor(it, w) {
    const d = it.r.date;
    const vars = kindVars(it.r.event_type);
    const nodes = [];
    if (it.last < axis.lo || it.key > axis.hi) {
      const left = it.last < axis.lo;
      nodes.push(h('span', { class: 'm-out ' + (left ? 'm-out-l' : 'm-out-r'), vars: vars }));
      const label = h('span', { class: 'out-label', text: d.text });
      label.style[left ? 'left' : 'right'] = '14px';
      nodes.push(label);
      return nodes;
    }
    let el;
    if (d.shape === 'day' && it.s !== null) {
      el = h('span', { class: 'mark m-day' + (d.approximate ? ' m-approx' : ''), vars: vars });
      el.style.left = (xOf(it.s, w) + xOf(it.s + 1, w)) / 2 + 'px';
    } else {
      const openL = it.s === null, openR = it.e === null;
      let a = openL ? null : xOf(it.s, w);
      let b = openR ? null : xOf(it.e + 1, w);
      if (openL) a = b - TAIL;
      // An ongoing span runs to the axis end, where its arrowhead (drawn past its end) says so.
      if (openR) b = d.ongoing ? Math.max(a + TAIL, w - 10) : a + TAIL;
      // Short enough to vanish: widen about its middle, more for a blurred (approximate) one,
      // whose soft ends need room to show.
      const least = d.approximate && !openL && !openR ? 18 : 6;
      if (b - a < least) { const mid = (a + b) / 2; a = mid - least / 2; b = mid + least / 2; }
      let cls = 'mark ' + (d.shape === 'span' ? 'm-span' : 'm-within');
      if (openL) cls += ' m-open-l';
      if (openR) cls += d.ongoing ? ' m-ongoing' : ' m-open-r';
      if (d.approximate && !openL && !openR) cls += ' m-approx';
      el = h('span', { class: cls, vars: vars });
      el.style.left = a + 'px';
      el.style.width = (b - a) + 'px';
    }
    el.title = d.text;
    nodes.push(el);
    if (d.uncertain) {
      const q = h('span', { class: 'q-mark', text: '?', vars: vars, title: 'the source is not sure of this date' });
      const right = d.shape === 'day' ? parseFloat(el.style.left) + 8 : parseFloat(el.style.left) + parseFloat(el.style.width) + 3;
      q.style.left = right + 'px';
      nodes.push(q);
    }
    return nodes;
  }

  // ---- Rows (only those in view exist) -------------------------------------------------------

  const scroller = document.getElementById('scroller');
  const spacer = document.getElementById('spacer');
  const emptyEl = document.getElementById('empty');
  const ROW_H = 52;
  let rows = new Map();

  function tollText(f) {
    if (!f || !f.figure) return '';
    return /^[\d≥≤–\s]+$/.test(f.figure) ? f.figure + ' killed' : f.figure;
  }

  function rowFor(it, i, w) {
    const r = it.r;
    const metaLine = h('div', { class: 'meta' },
      h('span', { class: 'chip', vars: kindVars(r.event_type), text: typeLabel(r.event_type) }),
      r.status !== 'occurred' ? h('span', { class: 'badge ' + r.status, text: r.status }) : null,
      r.disputed ? h('span', { class: 'badge disputed', text: 'disputed', title: r.disputed }) : null,
      r.place ? h('bdi', { class: 'where', text: r.place }) : null,
      r.actors.length ? h('span', { class: 'who' }, r.actors.map((a, i) => [i ? ', ' : null, h('bdi', { text: a })])) : null,
      tollText(r.fatalities) ? h('bdi', { class: 'toll', text: tollText(r.fatalities) }) : null,
      r.source_count > 1 ? h('span', { class: 'n-src', text: plural(r.source_count, 'source', 'sources') }) : null);
    const lane = h('div', { class: 'c-lane' });
    markFor(it, w).forEach((n) => lane.append(n));
    const row = h('div', {
      class: 'row' + (state.selected === it ? ' sel' : ''),
      role: 'listitem',
      'data-id': r.id === null ? 'n' + it.index : r.id,
      'data-index': i,
      'data-shape': r.date.shape,
    },
    h('div', { class: 'c-date' }, r.date.text),
    h('div', { class: 'c-main' }, h('div', { class: 'title', dir: 'auto', text: r.title || typeLabel(r.event_type) }), metaLine),
    lane);
    row.style.top = i * ROW_H + 'px';
    row.addEventListener('click', () => select(it, true));
    return row;
  }

  function renderRows(force) {
    if (force) { rows.forEach((el) => el.remove()); rows = new Map(); }
    const w = laneWidth();
    const top = scroller.scrollTop, height = scroller.clientHeight || 600;
    const a = Math.max(0, Math.floor(top / ROW_H) - 6);
    const b = Math.min(visible.length, Math.ceil((top + height) / ROW_H) + 6);
    rows.forEach((el, i) => { if (i < a || i >= b) { el.remove(); rows.delete(i); } });
    for (let i = a; i < b; i++) {
      if (!rows.has(i)) {
        const el = rowFor(visible[i], i, w);
        rows.set(i, el);
        spacer.append(el);
      }
    }
  }
  let frame = 0;
  scroller.addEventListener('scroll', () => {
    if (!frame) frame = requestAnimationFrame(() => { frame = 0; renderRows(false); });
  });

  // ---- Detail ------------------------------------------------------------------------------

  const detail = document.getElementById('detail');
  const app = document.getElementById('app');

  function fact(label, value) { return value ? [h('dt', { text: label }), h('dd', null, value)] : []; }

  function readingLine(x, r) {
    const part = (text, differs, title) => h('span', { class: differs ? 'differs' : null, title: differs ? 'differs from the incident: ' + title : null }, text);
    const toll = tollText(x.fatalities);
    return h('div', { class: 'reading' },
      part(x.date.text, x.date.edtf !== r.date.edtf, r.date.text),
      part(typeLabel(x.event_type), x.event_type !== r.event_type, typeLabel(r.event_type)),
      part(x.status, x.status !== r.status, r.status),
      x.place ? part(h('bdi', { text: x.place }), x.place !== r.place, r.place || 'no place') : null,
      toll ? part(h('bdi', { text: toll }), x.fatalities.figure !== r.fatalities.figure, tollText(r.fatalities) || 'no toll') : null);
  }

  function linkTo(url) {
    const safe = safeUrl(url);
    if (!safe) return url ? h('span', { class: 'url', text: url }) : null;
    return h('a', { href: safe, target: '_blank', rel: 'noopener noreferrer', dir: 'ltr', text: safe.replace(/^https?:\/\/(www\.)?/i, '') });
  }

  // Point by point: each value with the sources that give it. A date is worded as its
  // source's reading words it, with the EDTF beside it.
  function disputeTable(r) {
    const points = r.disputes && r.disputes.length ? r.disputes : [{ field: '', values: [{ value: r.disputed, sources: [] }] }];
    const wording = new Map(r.readings.map((x) => [x.date.edtf, x.date.text]));
    const value = (field, v) => {
      if (field === 'date' && wording.has(v)) return [h('span', { class: 'value', text: wording.get(v) }), h('code', { text: v })];
      return h('bdi', { class: 'value', text: v });
    };
    return h('dl', { class: 'd-table' }, points.map((p) => [
      h('dt', { text: p.field }),
      h('dd', null, p.values.map((v) => h('div', { class: 'claim' },
        value(p.field, v.value),
        v.sources.length ? h('span', { class: 'by' }, v.sources.map((n) => h('bdi', { text: n }))) : null))),
    ]));
  }

  function quote(sentence) { return h('blockquote', { dir: 'auto', text: sentence }); }

  function renderDetail(it) {
    const r = it.r;
    const lane = h('div', { class: 'lane' });
    // The mark at the incident's own scale: its possible days with a margin either side.
    const saved = axis;
    const lo = it.key !== null ? it.key : 0, hi = it.last !== null ? it.last : lo;
    const margin = Math.max(2, Math.round((hi - lo) * 0.35));
    axis = { lo: lo - margin - (it.s === null ? 30 : 0), hi: hi + margin + (it.e === null ? 30 : 0) };
    markFor(it, 120).forEach((n) => lane.append(n));
    axis = saved;

    const place = [r.place, r.country].filter(Boolean);
    const coords = r.latitude !== null && r.longitude !== null ? ' (' + r.latitude + ', ' + r.longitude + ')' : '';
    const f = r.fatalities;
    const toll = f.figure ? [h('bdi', { text: f.figure })].concat(f.phrase && f.phrase !== f.figure ? [' \u2014 \u201c', h('bdi', { text: f.phrase }), '\u201d'] : []) : null;
    const reported = r.first_reported
      ? (r.first_reported === r.last_reported ? fmtIso(r.first_reported) : fmtIso(r.first_reported) + ' to ' + fmtIso(r.last_reported)) +
        (r.source_count ? ' \u00b7 ' + plural(r.source_count, 'report', 'reports') : '')
      : (r.source_count ? plural(r.source_count, 'report', 'reports') : null);

    const sources = [];
    if (r.readings.length) {
      r.readings.forEach((x) => {
        sources.push(h('article', { class: 'src' },
          h('div', { class: 'src-head' },
            h('bdi', { class: 'name', text: x.name }),
            h('span', { class: 'pub', text: 'published ' + fmtIso(x.published) }),
            linkTo(x.url)),
          readingLine(x, r),
          x.evidence.map(quote)));
      });
    } else if (r.sources.length || r.source_urls.length) {
      sources.push(h('ul', { class: 'links' },
        r.sources.map((s) => h('li', null, h('bdi', { text: s }))),
        r.source_urls.map((u) => h('li', null, linkTo(u)))));
    }

    detail.textContent = '';
    append(detail, 
      h('div', { class: 'd-head' },
        h('div', { class: 'd-kicker' },
          h('span', { text: r.id !== null ? 'Incident ' + r.id : 'Incident' }),
          r.id !== null ? h('a', { class: 'link', href: '#incident=' + r.id, text: 'link', title: 'A link that opens this incident' }) : null,
          h('span', { class: 'grow' }),
          h('button', { type: 'button', class: 'd-close', 'aria-label': 'Close', title: 'Close (Esc)', text: '\u00d7', on: { click: closeDetail } })),
        h('h2', { dir: 'auto', text: r.title || typeLabel(r.event_type) })),
      h('div', { class: 'd-sec' },
        h('div', { class: 'd-when' }, lane,
          h('div', null,
            h('div', { class: 'text', text: r.date.text }),
            h('div', { class: 'sub' }, h('code', { text: r.date.edtf }), ' \u00b7 ' + (r.date.start ? fmtIso(r.date.start) : 'open') + ' to ' + (r.date.end ? fmtIso(r.date.end) : 'open'))))),
      r.disputed ? h('div', { class: 'dispute', title: r.disputed }, h('strong', { text: 'The sources disagree' }), disputeTable(r)) : null,
      h('div', { class: 'd-sec' },
        h('dl', { class: 'facts' },
          fact('Type', h('span', { class: 'chip', vars: kindVars(r.event_type), text: typeLabel(r.event_type) })),
          fact('Status', STATUSES[r.status] ? statusLabel(r.status) + ': ' + STATUSES[r.status][1].toLowerCase() : r.status),
          fact('Actors', r.actors.length ? h('span', { class: 'tags' }, r.actors.map((a) => h('bdi', { text: a }))) : null),
          fact('Place', place.length ? [h('bdi', { text: place.join(', ') }), coords] : null),
          fact('Fatalities', toll),
          fact('Reported', reported),
          fact('uid', r.uid ? h('code', { text: r.uid }) : null))),
      r.summary && !r.evidence.concat(...r.readings.map((x) => x.evidence)).includes(r.summary)
        ? h('div', { class: 'd-sec' }, h('h3', { text: 'Summary' }), h('p', { class: 'summary', dir: 'auto', text: r.summary })) : null,
      sources.length ? h('div', { class: 'd-sec' }, h('h3', { text: r.readings.length ? 'Sources (' + r.readings.length + '), each as it tells it' : 'Sources' }), sources) : null,
      r.evidence.length ? h('div', { class: 'd-sec' }, h('h3', { text: r.readings.length ? 'Other evidence' : 'Evidence' }), r.evidence.map(quote)) : null);
    detail.scrollTop = 0;
  }

  function select(it, fromClick) {
    state.selected = it;
    app.classList.add('with-detail');
    detail.hidden = false;
    renderDetail(it);
    const id = it.r.id;
    if (fromClick && id !== null && history.replaceState) history.replaceState(null, '', '#incident=' + id);
    layout();
    const i = visible.indexOf(it);
    if (i >= 0) {
      const top = i * ROW_H;
      if (top < scroller.scrollTop || top + ROW_H > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 3);
    }
    renderRows(true);
  }

  function closeDetail() {
    state.selected = null;
    app.classList.remove('with-detail');
    detail.hidden = true;
    if (history.replaceState) history.replaceState(null, '', location.pathname + location.search);
    layout();
    renderRows(true);
  }

  function openFromHash() {
    const m = /(?:^#|&)incident=([^&]+)/.exec(location.hash);
    if (!m) return;
    const id = decodeURIComponent(m[1]);
    const it = byId.get(id);
    if (it) { select(it, false); return; }
    // A link to an incident this export left out (another filter, a later deletion).
    state.selected = null;
    app.classList.add('with-detail');
    detail.hidden = false;
    detail.textContent = '';
    append(detail, h('div', { class: 'd-head' },
      h('div', { class: 'd-kicker' }, h('span', { text: 'Incident ' + id }), h('span', { class: 'grow' }),
        h('button', { type: 'button', class: 'd-close', 'aria-label': 'Close', text: '\u00d7', on: { click: closeDetail } })),
      h('p', { class: 'note', text: 'Incident ' + id + ' is not in this page: the export that made it left it out.' })));
    layout();
    renderRows(true);
  }
  window.addEventListener('hashchange', openFromHash);

  document.addEventListener('keydown', (ev) => {
    const tag = (ev.target && ev.target.tagName) || '';
    if (ev.key === 'Escape' && state.selected) { closeDetail(); return; }
    if (tag === 'INPUT' || tag === 'TEXTAREA') return;
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp' || ev.key === 'j' || ev.key === 'k') {
      if (!visible.length) return;
      const down = ev.key === 'ArrowDown' || ev.key === 'j';
      const i = state.selected ? visible.indexOf(state.selected) : -1;
      const next = Math.max(0, Math.min(visible.length - 1, i < 0 ? 0 : i + (down ? 1 : -1)));
      select(visible[next], true);
      ev.preventDefault();
    }
  });

  // ---- Putting it together -----------------------------------------------------------------

  function renderFacts() {
    const line = document.getElementById('facts-line');
    const names = new Set();
    let disputed = 0;
    items.forEach((it) => {
      if (it.r.readings.length) it.r.readings.forEach((x) => names.add(x.name)); else it.r.sources.forEach((s) => names.add(s));
      if (it.r.disputed) disputed++;
    });
    const parts = [plural(items.length, 'incident', 'incidents')];
    if (dataLo !== null) parts.push(fmtDay(dataLo) + ' \u2013 ' + fmtDay(dataHi));
    if (names.size) parts.push(plural(names.size, 'source', 'sources'));
    if (disputed) parts.push(disputed.toLocaleString('en') + ' disputed');
    parts.push('made by ' + meta.generator);
    line.textContent = '';
    parts.forEach((p, i) => { if (i) line.append(h('span', { class: 'sep', text: '\u00b7' })); line.append(p); });
  }

  function renderShown() {
    const el = document.getElementById('shown');
    el.textContent = '';
    if (visible.length === items.length) el.append('All ', h('b', { text: items.length.toLocaleString('en') }), ' ' + (items.length === 1 ? 'incident' : 'incidents'));
    else el.append('Showing ', h('b', { text: visible.length.toLocaleString('en') }), ' of ' + plural(items.length, 'incident', 'incidents'));
    if (state.from !== null || state.to !== null) {
      el.append(' \u00b7 ', h('button', { type: 'button', class: 'link', text: 'reset dates', on: { click: () => setDates(null, null) } }));
    } else if (state.full) {
      el.append(' \u00b7 ', h('button', { type: 'button', class: 'link', text: 'focus on the bulk', on: { click: () => { state.full = false; update(); } } }));
    }
  }

  // The header's lane column lines up with the rows' lane column: both use --lane-w, and the
  // header leaves room for the rows' scrollbar.
  function layout() {
    document.documentElement.style.setProperty('--scrollbar', (scroller.offsetWidth - scroller.clientWidth) + 'px');
  }

  function draw() {
    layout();
    computeBins();
    renderHistogram();
    renderAxis();
    renderRows(true);
  }

  function update() {
    tip.hidden = true;
    applyFilters();
    computeAxis();
    renderFilterCounts();
    renderShown();
    spacer.style.height = visible.length * ROW_H + 'px';
    emptyEl.hidden = visible.length > 0 || items.length === 0;
    if (items.length === 0) { emptyEl.hidden = false; emptyEl.firstElementChild.textContent = 'This export holds no incidents.'; }
    const i = state.selected ? visible.indexOf(state.selected) : -1;
    scroller.scrollTop = i >= 0 ? Math.max(0, i * ROW_H - scroller.clientHeight / 3) : 0;
    draw();
  }

  let resizeFrame = 0;
  const onResize = () => { if (!resizeFrame) resizeFrame = requestAnimationFrame(() => { resizeFrame = 0; draw(); }); };
  if (window.ResizeObserver) new ResizeObserver(onResize).observe(chart); else window.addEventListener('resize', onResize);

  renderFacts();
  update();
  openFromHash();
  document.body.setAttribute('data-ready', String(visible.length));
})();
