/*
 * WuzhenSite search page. Reads this language's search.json (written by the build beside the
 * page), opens the Lunr index it names (one file, or term shards through lunr-sharded.js for large
 * sites), and searches with lunr.js's own query syntax: words, +required, -prohibited, field:word,
 * wild*cards, word~1, word^10. Chinese is matched without spaces (lunr-cjk.js splits queries into
 * the same character bigrams the index holds).
 *
 * - The query, the filters, the sort and the date range live in the address
 *   (?q=…&speaker=…&sort=newest&from=2019-01-01&to=2019-12-31), read on load and updated as the
 *   user types, so a search can be shared or bookmarked. Values the page cannot use are ignored.
 * - Results show title, type, date (in <time datetime>), speaker (for turns) and an excerpt with
 *   matched words marked; a result's link carries the query as highlight= for the page it opens.
 *   Every text from the index or the query is inserted as text, never as HTML.
 * - Filters (type, speaker, forum, year) and the date range narrow the hits; the sort orders them
 *   by relevance (lunr's), newest first or oldest first. With no query they list what matches.
 * - Each filter value shows how many hits it would leave (facets.json over every hit of the
 *   query, with the other filters and the date range applied); values that would leave none are
 *   disabled unless chosen.
 * - Keyboard: Enter searches, Arrow Down from the box moves to the results, Arrow Up/Down moves
 *   between results, Escape returns to the box.
 */
(function () {
  'use strict';

  var root = document.getElementById('search');
  if (!root || !window.lunr) { return; }

  var PAGE_SIZE = 10;      // results shown at first and added by "show more"; each may need its own store chunk
  var HIT_BATCH = 250;     // hits read at a time for the counts, the filters and the sorts
  var HIT_BUDGET_MS = 5;   // how long they are read before the browser gets a turn
  var FILTERS = ['type', 'speaker', 'forum', 'year'];
  var TYPES = ['article', 'transcript', 'turn', 'page'];
  var SORTS = ['newest', 'oldest'];   // and '' (relevance), the default, which the address leaves out
  var TURN = 2;                        // a turn's type number in facets.json
  var ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

  var metaUrl = new URL(root.getAttribute('data-search'), window.location.href);
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var selects = {};
  FILTERS.forEach(function (name) { selects[name] = document.getElementById('search-' + name); });
  var sortSelect = document.getElementById('search-sort');
  var fromInput = document.getElementById('search-from');
  var toInput = document.getElementById('search-to');
  var filterBox = document.getElementById('search-filters');

  var meta = null;
  var searcher = null;     // { search(query) -> Promise<{ length, slice(from, end) -> Promise<lunr results> }> }
  var phrases = null;      // lunr-phrases.js over this language's positions files, for queries with quotes
  var storeChunks = {};    // chunk number -> Promise<array of stored entries>
  var facets = null;       // Promise<array of [type, year, speakers, forums, day]>
  var pageStarts = null;   // per position, the position of the page it belongs to (a turn's transcript), made once from facets
  var runId = 0;
  var debounce = 0;
  var shown = null;        // the current hits, best first: { length, slice(from, end) -> Promise<hits> }
  var shownQuery = '';     // the query the shown results answer, for their links' highlight=
  var list = null;

  // A UI string from the page's data-t-* attributes with its {name} placeholders filled from args, as the
  // templates' t filter does (src/WuzhenSite.Core/Theming/UiStringFormat.cs): a count of 1 chooses the
  // "-one" variant when there is one. The build has checked the placeholders, so none is left unfilled.
  function t(name, args) {
    args = args || {};
    var one = 'data-t-' + name + '-one';
    var text = (args.count === 1 && root.hasAttribute(one) ? root.getAttribute(one) : root.getAttribute('data-t-' + name)) || '';
    return text.replace(/\{([A-Za-z0-9_]+)\}/g, function (placeholder, key) {
      return Object.prototype.hasOwnProperty.call(args, key) ? String(args[key]) : placeholder;
    });
  }

  // Resolves with its argument in a later task: the page's work on load (parsing the index, loading it,
  // the first search) runs as several short tasks, not one long one that input would wait behind.
  function nextTask(value) {
    return new Promise(function (resolve) { window.setTimeout(function () { resolve(value); }, 0); });
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { throw new Error(url + ': ' + response.status); }
      return response.json();
    });
  }

  // ---- Loading ----------------------------------------------------------------------------

  function open() {
    return getJson(metaUrl).then(function (m) {
      meta = m;
      fillFilters();
      if (meta.positions && window.lunr.phrases) {
        phrases = window.lunr.phrases.open(new URL('.', metaUrl).href, meta.positions);
      }
      var indexUrl = new URL(meta.index.file, metaUrl).href;
      if (meta.index.format === 'sharded') {
        if (!window.lunr.sharded) { throw new Error('lunr-sharded.js is not loaded'); }
        return window.lunr.sharded.open(indexUrl).then(function (sharded) {
          // Results made when read: a page of ten costs ten, not the tens of thousands a common word finds,
          // and the first page of a word comes from its first-page file, without its postings.
          searcher = { search: function (query) { return withPhrases(sharded, query) || sharded.ranked(query); } };
          // The first search runs compiled code, not code the engine meets for the first time (see warmUp);
          // search works without it.
          return sharded.warmUp().then(function () {
            return phrases ? phrases.warmUp(sharded.manifest.fields) : null;
          }).catch(function () {});
        });
      }
      return getJson(indexUrl).then(nextTask).then(function (json) {
        var index = window.lunr.Index.load(json);
        // lunr throws QueryParseError synchronously; a promise turns it into a rejection.
        searcher = { search: function (query) { return withPhrases(index, query) || new Promise(function (resolve) { resolve(new List(index.search(query))); }); } };
      });
    });
  }

  // A query with a quoted phrase goes through lunr-phrases.js (lunr's ranking, then the positions
  // files); any other query is lunr's alone, exactly as lunr.Index#search answers it.
  function withPhrases(index, query) {
    if (!phrases || !window.lunr.phrases.has(query)) { return null; }
    return phrases.ranked(index, query).then(function (found) { return Array.isArray(found) ? new List(found) : found; });
  }

  function storeEntry(position) {
    var chunk = Math.floor(position / meta.store.chunk);
    if (!storeChunks[chunk]) {
      storeChunks[chunk] = getJson(new URL(meta.store.pattern.replace('{n}', chunk), metaUrl));
    }
    return storeChunks[chunk].then(function (entries) { return entries[position - chunk * meta.store.chunk]; });
  }

  function loadFacets() {
    if (!facets) { facets = getJson(new URL(meta.facets, metaUrl)); }
    return facets;
  }

  // An option's facet key (type number, speaker or forum position, year) and its label without a count.
  function addOption(select, value, label, key) {
    var option = document.createElement('option');
    option.value = value;
    option.textContent = label;
    option.facetKey = key;
    option.plainLabel = label;
    select.appendChild(option);
  }

  // The controls are in the page from the start (their space is kept, so nothing moves); the choices
  // arrive with search.json.
  function fillFilters() {
    meta.types.forEach(function (type) { addOption(selects.type, type, t(type), TYPES.indexOf(type)); });
    meta.speakers.forEach(function (s, i) { addOption(selects.speaker, s.slug, s.name, i); });
    meta.forums.forEach(function (f, i) { addOption(selects.forum, f.slug, f.name, i); });
    meta.years.forEach(function (y) { addOption(selects.year, String(y), String(y), y); });
    FILTERS.forEach(function (name) { selects[name].options[0].plainLabel = selects[name].options[0].textContent; });
    if (meta.years.length) {
      var first = String(meta.years[meta.years.length - 1]) + '-01-01';
      var last = String(meta.years[0]) + '-12-31';
      [fromInput, toInput].forEach(function (box) { box.min = first; box.max = last; });
    }
    readAddress();
  }

  // Sets the controls from the address; a value that is not one of the choices, or not a real day, is ignored.
  function readAddress() {
    var params = new URLSearchParams(window.location.search);
    FILTERS.forEach(function (name) { choose(selects[name], params.get(name)); });
    choose(sortSelect, SORTS.indexOf(params.get('sort')) >= 0 ? params.get('sort') : '');
    fromInput.value = dayNumber(params.get('from')) ? params.get('from') : '';
    toInput.value = dayNumber(params.get('to')) ? params.get('to') : '';
  }

  function choose(select, value) {
    var known = Array.prototype.some.call(select.options, function (option) { return option.value === value; });
    select.value = known ? value : '';
  }

  /** YYYY-MM-DD as the number YYYYMMDD facets.json holds, or 0 when the text is not a real day. */
  function dayNumber(text) {
    var parts = ISO_DAY.exec(text || '');
    if (!parts) { return 0; }
    var year = parseInt(parts[1], 10), month = parseInt(parts[2], 10), day = parseInt(parts[3], 10);
    var date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) { return 0; }
    return year * 10000 + month * 100 + day;
  }

  // ---- Searching --------------------------------------------------------------------------

  // What the controls ask for: the query, the chosen filters by name, the sort ('' for relevance) and
  // the date range as YYYYMMDD numbers (0: open).
  function currentView() {
    var filters = {};
    FILTERS.forEach(function (name) { if (selects[name].value) { filters[name] = selects[name].value; } });
    return {
      query: input.value.trim(),
      filters: filters,
      sort: SORTS.indexOf(sortSelect.value) >= 0 ? sortSelect.value : '',
      from: dayNumber(fromInput.value),
      to: dayNumber(toInput.value),
    };
  }

  function narrows(view) { return Object.keys(view.filters).length > 0 || view.from > 0 || view.to > 0; }

  function writeAddress(view) {
    var params = new URLSearchParams();
    if (view.query) { params.set('q', view.query); }
    FILTERS.forEach(function (name) { if (view.filters[name]) { params.set(name, view.filters[name]); } });
    if (view.sort) { params.set('sort', view.sort); }
    if (view.from) { params.set('from', fromInput.value); }
    if (view.to) { params.set('to', toInput.value); }
    var search = params.toString();
    var url = window.location.pathname + (search ? '?' + search : '') + window.location.hash;
    if (url !== window.location.pathname + window.location.search + window.location.hash) {
      window.history.replaceState(null, '', url);
    }
  }

  function positionsOf(slug, list) {
    for (var i = 0; i < list.length; i++) { if (list[i].slug === slug) { return i; } }
    return -1;
  }

  // The facet key each chosen filter asks for, or null where nothing is chosen (-1 and 0 match nothing).
  function wantedKeys(filters) {
    return {
      type: filters.type ? TYPES.indexOf(filters.type) : null,
      speaker: filters.speaker ? positionsOf(filters.speaker, meta.speakers) : null,
      forum: filters.forum ? positionsOf(filters.forum, meta.forums) : null,
      year: filters.year ? parseInt(filters.year, 10) : null,
    };
  }

  function hasKey(f, name, key) {
    switch (name) {
      case 'type': return f[0] === key;
      case 'year': return f[1] === key;
      case 'speaker': return f[2].indexOf(key) >= 0;
      default: return f[3].indexOf(key) >= 0;
    }
  }

  function countKeys(counts, f, name) {
    function add(key) { counts[key] = (counts[key] || 0) + 1; }
    switch (name) {
      case 'type': add(f[0]); break;
      case 'year': if (f[1]) { add(f[1]); } break;
      case 'speaker': f[2].forEach(add); break;
      default: f[3].forEach(add);
    }
  }

  /**
   * One pass over every hit: the hits the filters and the date range keep, and per filter the count
   * of each value among the hits that pass the other filters and the range (what choosing that value
   * would leave), with the count for "all" of that filter under the key 'all'.
   */
  function sift(all, hits, view) {
    var wanted = wantedKeys(view.filters);
    var kept = [];
    var counts = {};
    FILTERS.forEach(function (name) { counts[name] = { all: 0 }; });
    hits.forEach(function (hit) {
      var f = all[hit.position];
      if (!f) { return; }
      var day = f[4] || 0;
      if ((view.from || view.to) && (!day || (view.from && day < view.from) || (view.to && day > view.to))) { return; }
      var failed = null;
      for (var i = 0; i < FILTERS.length; i++) {
        var name = FILTERS[i];
        if (wanted[name] !== null && !hasKey(f, name, wanted[name])) {
          if (failed) { return; }   // two filters leave it out: choosing another value of one still would
          failed = name;
        }
      }
      if (!failed) { kept.push(hit); }
      FILTERS.forEach(function (name) {
        if (failed && failed !== name) { return; }
        counts[name].all++;
        countKeys(counts[name], f, name);
      });
    });
    return { kept: kept, counts: counts };
  }

  // Per position, where its page starts: a turn belongs to the transcript before it (docs/search-index-format.md §2).
  function pageStartsOf(all) {
    if (!pageStarts) {
      pageStarts = new Array(all.length);
      for (var i = 0; i < all.length; i++) {
        pageStarts[i] = all[i][0] === TURN && i > 0 ? pageStarts[i - 1] : i;
      }
    }
    return pageStarts;
  }

  /**
   * The hits by day (facets.json's fifth element), undated last. Within a day, newest first keeps the
   * site's order (newest first already); oldest first reverses the pages but keeps each transcript
   * before its turns, and the turns in the order they were spoken.
   */
  function sortHits(hits, all, sort) {
    if (!sort) { return hits; }
    var starts = pageStartsOf(all);
    var newest = sort === 'newest';
    return hits.map(function (hit) {
      var f = all[hit.position];
      return { hit: hit, day: f ? f[4] || 0 : 0 };
    }).sort(function (a, b) {
      if (a.day !== b.day) {
        if (!a.day || !b.day) { return a.day ? -1 : 1; }
        return newest ? b.day - a.day : a.day - b.day;
      }
      var pa = starts[a.hit.position], pb = starts[b.hit.position];
      if (newest || pa === pb) { return a.hit.position - b.hit.position; }
      return pb - pa;
    }).map(function (keyed) { return keyed.hit; });
  }

  // ---- Counts -----------------------------------------------------------------------------

  function showCounts(counts) {
    FILTERS.forEach(function (name) {
      Array.prototype.forEach.call(selects[name].options, function (option, i) {
        var count = i === 0 ? counts[name].all : counts[name][option.facetKey] || 0;
        option.textContent = t('count-option', { name: option.plainLabel, count: count });
        option.disabled = i > 0 && count === 0 && !option.selected;
      });
    });
    filterBox.setAttribute('data-counts', 'ready');
  }

  function clearCounts() {
    filterBox.removeAttribute('data-counts');
    FILTERS.forEach(function (name) {
      Array.prototype.forEach.call(selects[name].options, function (option) {
        option.textContent = option.plainLabel;
        option.disabled = false;
      });
    });
  }

  // ---- Searching --------------------------------------------------------------------------

  function run() {
    var id = ++runId;
    var view = currentView();
    writeAddress(view);
    filterBox.removeAttribute('data-counts');
    if (!view.query && !narrows(view) && !view.sort) {
      results.textContent = '';
      status.textContent = '';
      shown = null;
      clearCounts();
      return Promise.resolve();
    }
    status.textContent = t('loading');
    var hits;
    if (view.query) {
      hits = searcher.search(view.query).then(function (found) { return new Hits(found); });
    } else {
      hits = Promise.resolve(new List(everything()));
    }
    return hits.then(function (found) {
      if (id !== runId) { return null; }
      if (!narrows(view) && !view.sort) {
        // The first page straight from the index (a sharded index's one-word query needs no shard for it);
        // the counts need every hit, so they come after.
        return show(id, found, view).then(function () {
          // Without counts (facets.json failed to arrive) the results still stand.
          return sifted(id, found, view).then(null, function () { if (id === runId) { clearCounts(); } });
        });
      }
      return sifted(id, found, view).then(function (kept) {
        return kept && show(id, kept, view);
      });
    }).then(null, function (error) {
      if (id !== runId) { return; }
      results.textContent = '';
      shown = null;
      clearCounts();
      status.textContent = error instanceof window.lunr.QueryParseError ? t('query-error', { message: error.message }) : t('failed');
    });
  }

  // Every hit through the filters and the date range, counted and sorted: the hits to show, or null when a newer run has started.
  function sifted(id, found, view) {
    return Promise.all([loadFacets(), everyHit(id, found)]).then(function (loaded) {
      if (id !== runId || !loaded[1]) { return null; }
      var all = loaded[0];
      var result = sift(all, loaded[1], view);
      showCounts(result.counts);
      return new List(sortHits(result.kept, all, view.sort));
    });
  }

  function show(id, found, view) {
    if (id !== runId) { return Promise.resolve(); }
    shown = found;
    shownQuery = view.query;
    results.textContent = '';
    list = null;
    if (found.length === 0) {
      status.textContent = narrows(view) ? t('no-results-filtered', { query: view.query }) : t('no-results', { query: view.query });
      return Promise.resolve();
    }
    status.textContent = t('results', { count: found.length });
    return showMore(0);
  }

  /**
   * All of a query's hits, read a few hundred at a time with a pause for the browser whenever a few
   * milliseconds have gone: a sharded index makes each result when it is read, and thousands in one
   * go would keep the page from answering input (and the reader from typing) for a tenth of a second.
   * Null when a newer run has started.
   */
  function everyHit(id, found) {
    var all = [];
    var since = Date.now();
    function from(start) {
      if (id !== runId) { return Promise.resolve(null); }
      if (start >= found.length) { return Promise.resolve(all); }
      return found.slice(start, start + HIT_BATCH).then(function (hits) {
        all.push.apply(all, hits);
        if (Date.now() - since < HIT_BUDGET_MS) { return from(start + HIT_BATCH); }
        return nextTask().then(function () {
          since = Date.now();
          return from(start + HIT_BATCH);
        });
      });
    }
    return from(0);
  }

  // The hits of a query, best first, made when a page of them is read: length, and slice(from, end)
  // as a promise (a later page of a sharded index may need a shard first). A hit keeps lunr's result;
  // its matched terms are read when it is shown.
  function Hits(found) {
    this.found = found;    // lunr's results in a List, or lunr-sharded.js's ranked results (made when sliced)
    this.length = found.length;
  }

  Hits.prototype.slice = function (from, end) {
    return this.found.slice(from, end).then(function (page) {
      return page.map(function (r) { return { position: parseInt(r.ref, 36), match: r }; });
    });
  };

  // An array read as hits are read: length, and slice(from, end) as a promise.
  function List(items) {
    this.items = items;
    this.length = items.length;
  }

  List.prototype.slice = function (from, end) { return Promise.resolve(this.items.slice(from, end)); };

  function everything() {
    var all = [];
    for (var i = 0; i < meta.count; i++) { all.push({ position: i, match: null }); }
    return all;
  }

  // ---- Rendering --------------------------------------------------------------------------

  // Results appear in rank order as their store chunks arrive: the first shows after one fetch, not ten.
  function showMore(from) {
    var id = runId;
    return shown.slice(from, from + PAGE_SIZE).then(function (page) {
      if (id !== runId) { return null; }
      return showPage(id, from, page);
    });
  }

  function showPage(id, from, page) {
    var entries = new Array(page.length);
    var next = 0;
    var first = null;
    if (!list) {
      list = document.createElement('ol');
      list.className = 'search-results__list';
      results.appendChild(list);
    }
    function flush() {
      while (next < page.length && entries[next] !== undefined) {
        if (entries[next]) {
          var item = renderResult(entries[next], termsOf(page[next]));
          list.appendChild(item);
          first = first || item.querySelector('a');
        }
        next++;
      }
    }
    return Promise.all(page.map(function (hit, i) {
      return storeEntry(hit.position).then(function (entry) {
        if (id !== runId) { return; }
        entries[i] = entry || null;
        flush();
      });
    })).then(function () {
      if (id !== runId) { return; }
      var old = results.querySelector('.search-results__more');
      if (old) { old.parentNode.removeChild(old); }
      var count = Math.min(from + PAGE_SIZE, shown.length);
      if (count < shown.length) {
        var more = document.createElement('p');
        more.className = 'search-results__more';
        var note = document.createElement('span');
        note.textContent = t('showing', { shown: count, total: shown.length }) + ' ';
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'search-results__more-button';
        button.textContent = t('show-more');
        button.addEventListener('click', function () {
          showMore(count).then(function (added) { if (added) { added.focus(); } });
        });
        more.appendChild(note);
        more.appendChild(button);
        results.appendChild(more);
      }
      return first;
    });
  }

  function termsOf(hit) {
    return hit.match ? Object.keys(hit.match.matchData.metadata) : [];
  }

  function renderResult(entry, terms) {
    var item = document.createElement('li');
    item.className = 'search-result search-result--' + entry.type;
    var link = document.createElement('a');
    link.className = 'search-result__link';
    link.href = withHighlight(entry.url, shownQuery);
    link.textContent = entry.speaker ? entry.speaker + ' — ' + entry.title : entry.title;
    var heading = document.createElement('p');
    heading.className = 'search-result__title';
    heading.appendChild(link);
    item.appendChild(heading);

    var details = document.createElement('p');
    details.className = 'search-result__meta';
    addPart(details, 'search-result__type', t(entry.type));
    if (entry.date) {
      var date = addPart(details, 'search-result__date', entry.date, entry.day ? 'time' : 'span');
      if (entry.day) { date.setAttribute('datetime', entry.day); }
    }
    if (entry.speaker) { addPart(details, 'search-result__speaker', entry.speaker); }
    item.appendChild(details);

    if (entry.excerpt) {
      var excerpt = document.createElement('p');
      excerpt.className = 'search-result__excerpt';
      appendHighlighted(excerpt, entry.excerpt, terms);
      item.appendChild(excerpt);
    }
    return item;
  }

  function addPart(parent, className, text, tag) {
    if (parent.childNodes.length) { parent.appendChild(document.createTextNode(' · ')); }
    var part = document.createElement(tag || 'span');
    part.className = className;
    part.textContent = text;
    parent.appendChild(part);
    return part;
  }

  /**
   * The entry's link with the query as highlight= before its #fragment, for the page it opens to mark
   * the words: only the query as typed (trimmed), never the filters or the sort, which the page has no
   * use for. Without a query there is nothing to mark and no parameter.
   */
  function withHighlight(url, query) {
    if (!query) { return url; }
    var hash = url.indexOf('#');
    var target = new URL(hash >= 0 ? url.slice(0, hash) : url, window.location.href);
    target.searchParams.set('highlight', query);
    var fragment = hash >= 0 ? url.slice(hash) : '';
    return (target.origin === window.location.origin ? target.pathname + target.search : target.href) + fragment;
  }

  // ---- Highlighting -----------------------------------------------------------------------

  var CJK = /[\u1100-\u11ff\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303b\u3041-\u3096\u3099-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3131-\u318e\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff\uf900-\ufaff\uff66-\uffdc]/;
  var WORD = /[^\s\-]+/g;
  var EDGE = /^\W+|\W+$/g;

  /** Ranges [start, end) of the excerpt that an index term of this hit matches. */
  function matchedRanges(text, terms) {
    var ranges = [];
    if (terms.length === 0) { return ranges; }
    var wanted = {};
    terms.forEach(function (term) { wanted[term] = true; });
    var lower = text.toLowerCase();
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(lower)) !== null) {
      var word = match[0];
      if (CJK.test(word)) { continue; }
      var trimmed = word.replace(EDGE, '');
      if (!trimmed) { continue; }
      var stem = window.lunr.stemmer(new window.lunr.Token(trimmed, {})).toString();
      if (wanted[stem] || wanted[trimmed]) {
        var start = match.index + word.indexOf(trimmed);
        ranges.push([start, start + trimmed.length]);
      }
    }
    terms.forEach(function (term) {
      if (!CJK.test(term)) { return; }
      for (var at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
        ranges.push([at, at + term.length]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) { last[1] = Math.max(last[1], r[1]); } else { merged.push([r[0], r[1]]); }
    });
    return merged;
  }

  /** Appends a snippet of about 240 characters around the first match, matches in <mark>. */
  function appendHighlighted(parent, text, terms) {
    var ranges = matchedRanges(text, terms);
    var start = 0;
    var end = text.length;
    if (text.length > 240) {
      start = ranges.length ? Math.max(0, ranges[0][0] - 80) : 0;
      if (start > 0) {
        var space = text.indexOf(' ', start);
        if (space > 0 && space < ranges[0][0]) { start = space + 1; }
      }
      end = Math.min(text.length, start + 240);
    }
    if (start > 0) { parent.appendChild(document.createTextNode('… ')); }
    var at = start;
    ranges.forEach(function (r) {
      if (r[1] <= start || r[0] >= end) { return; }
      var from = Math.max(r[0], start);
      var to = Math.min(r[1], end);
      if (from > at) { parent.appendChild(document.createTextNode(text.slice(at, from))); }
      var mark = document.createElement('mark');
      mark.textContent = text.slice(from, to);
      parent.appendChild(mark);
      at = to;
    });
    if (at < end) { parent.appendChild(document.createTextNode(text.slice(at, end))); }
    if (end < text.length) { parent.appendChild(document.createTextNode(' …')); }
  }

  // ---- Events -----------------------------------------------------------------------------

  function resultLinks() {
    return Array.prototype.slice.call(results.querySelectorAll('a.search-result__link'));
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.clearTimeout(debounce);
    if (searcher) { run(); }
  });

  input.addEventListener('input', function () {
    window.clearTimeout(debounce);
    debounce = window.setTimeout(function () { if (searcher) { run(); } }, 150);
  });

  FILTERS.map(function (name) { return selects[name]; }).concat([sortSelect, fromInput, toInput]).forEach(function (control) {
    control.addEventListener('change', function () { if (searcher) { run(); } });
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      var links = resultLinks();
      if (links.length) { event.preventDefault(); links[0].focus(); }
    }
  });

  results.addEventListener('keydown', function (event) {
    var links = resultLinks();
    var at = links.indexOf(document.activeElement);
    if (at < 0) { return; }
    if (event.key === 'ArrowDown' && at + 1 < links.length) {
      event.preventDefault();
      links[at + 1].focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (at > 0 ? links[at - 1] : input).focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });

  input.value = new URLSearchParams(window.location.search).get('q') || '';
  // data-state tells scripts and tests (and the search benchmark) when the index is open.
  open().then(nextTask).then(function () {
    root.setAttribute('data-state', 'ready');
    return run();
  }, function () {
    root.setAttribute('data-state', 'failed');
    status.textContent = t('failed');
  });
})();
