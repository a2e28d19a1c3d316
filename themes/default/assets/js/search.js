/*
 * WuzhenSite search page. Reads this language's search.json (written by the build beside the
 * page), opens the Lunr index it names (one file, or term shards through lunr-sharded.js for large
 * sites), and searches with lunr.js's own query syntax: words, +required, -prohibited, field:word,
 * wild*cards, word~1, word^10. Chinese is matched without spaces (lunr-cjk.js splits queries into
 * the same character bigrams the index holds).
 *
 * - The query and the filters live in the address (?q=…&speaker=…), read on load and updated as
 *   the user types, so a search can be shared or bookmarked.
 * - Results show title, type, date, speaker (for turns) and an excerpt with matched words marked.
 *   Every text from the index or the query is inserted as text, never as HTML.
 * - Filters (type, speaker, forum, year) narrow the hits; with no query they list what matches.
 * - Keyboard: Enter searches, Arrow Down from the box moves to the results, Arrow Up/Down moves
 *   between results, Escape returns to the box.
 */
(function () {
  'use strict';

  var root = document.getElementById('search');
  if (!root || !window.lunr) { return; }

  var PAGE_SIZE = 10;      // results shown at first and added by "show more"; each may need its own store chunk
  var FILTERS = ['type', 'speaker', 'forum', 'year'];
  var TYPES = ['article', 'transcript', 'turn', 'page'];

  var metaUrl = new URL(root.getAttribute('data-search'), window.location.href);
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var selects = {};
  FILTERS.forEach(function (name) { selects[name] = document.getElementById('search-' + name); });

  var meta = null;
  var searcher = null;     // { search(query) -> Promise<{ length, slice(from, end) -> Promise<lunr results> }> }
  var phrases = null;      // lunr-phrases.js over this language's positions files, for queries with quotes
  var storeChunks = {};    // chunk number -> Promise<array of stored entries>
  var facets = null;       // Promise<array of [type, year, speakers, forums]>
  var runId = 0;
  var debounce = 0;
  var shown = null;        // the current hits, best first: { length, slice(from, end) -> Promise<hits> }
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
          return sharded.warmUp().catch(function () {});
        });
      }
      return getJson(indexUrl).then(function (json) {
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
    return phrases.search(index, query).then(function (found) { return new List(found); });
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

  function addOption(select, value, label) {
    var option = document.createElement('option');
    option.value = value;
    option.textContent = label;
    select.appendChild(option);
  }

  function fillFilters() {
    meta.types.forEach(function (type) { addOption(selects.type, type, t(type)); });
    meta.speakers.forEach(function (s) { addOption(selects.speaker, s.slug, s.name); });
    meta.forums.forEach(function (f) { addOption(selects.forum, f.slug, f.name); });
    meta.years.forEach(function (y) { addOption(selects.year, String(y), String(y)); });
    var params = new URLSearchParams(window.location.search);
    FILTERS.forEach(function (name) { selects[name].value = params.get(name) || ''; });
    document.getElementById('search-filters').hidden = false;
  }

  // ---- Searching --------------------------------------------------------------------------

  function activeFilters() {
    var active = {};
    FILTERS.forEach(function (name) { if (selects[name].value) { active[name] = selects[name].value; } });
    return active;
  }

  function writeAddress(query, filters) {
    var params = new URLSearchParams();
    if (query) { params.set('q', query); }
    FILTERS.forEach(function (name) { if (filters[name]) { params.set(name, filters[name]); } });
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

  function filterHits(hits, filters) {
    if (Object.keys(filters).length === 0) { return Promise.resolve(hits); }
    var type = filters.type ? TYPES.indexOf(filters.type) : -1;
    var speaker = filters.speaker ? positionsOf(filters.speaker, meta.speakers) : -1;
    var forum = filters.forum ? positionsOf(filters.forum, meta.forums) : -1;
    var year = filters.year ? parseInt(filters.year, 10) : 0;
    return Promise.all([loadFacets(), hits.slice(0, hits.length)]).then(function (loaded) {
      var all = loaded[0];
      return new List(loaded[1].filter(function (hit) {
        var f = all[hit.position];
        return f &&
          (!filters.type || f[0] === type) &&
          (!filters.year || f[1] === year) &&
          (!filters.speaker || f[2].indexOf(speaker) >= 0) &&
          (!filters.forum || f[3].indexOf(forum) >= 0);
      }));
    });
  }

  function run() {
    var id = ++runId;
    var query = input.value.trim();
    var filters = activeFilters();
    writeAddress(query, filters);
    if (!query && Object.keys(filters).length === 0) {
      results.textContent = '';
      status.textContent = '';
      shown = null;
      return Promise.resolve();
    }
    status.textContent = t('loading');
    var hits;
    if (query) {
      hits = searcher.search(query).then(function (found) { return new Hits(found); });
    } else {
      hits = Promise.resolve(new List(everything()));
    }
    return hits.then(function (found) { return filterHits(found, filters); }).then(function (found) {
      if (id !== runId) { return; }
      shown = found;
      results.textContent = '';
      list = null;
      if (found.length === 0) {
        status.textContent = Object.keys(filters).length ? t('no-results-filtered', { query: query }) : t('no-results', { query: query });
        return;
      }
      status.textContent = t('results', { count: found.length });
      return showMore(0);
    }, function (error) {
      if (id !== runId) { return; }
      results.textContent = '';
      shown = null;
      status.textContent = error instanceof window.lunr.QueryParseError ? t('query-error', { message: error.message }) : t('failed');
    });
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
    link.href = entry.url;
    link.textContent = entry.speaker ? entry.speaker + ' — ' + entry.title : entry.title;
    var heading = document.createElement('p');
    heading.className = 'search-result__title';
    heading.appendChild(link);
    item.appendChild(heading);

    var details = document.createElement('p');
    details.className = 'search-result__meta';
    addPart(details, 'search-result__type', t(entry.type));
    if (entry.date) { addPart(details, 'search-result__date', entry.date); }
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

  function addPart(parent, className, text) {
    if (parent.childNodes.length) { parent.appendChild(document.createTextNode(' · ')); }
    var span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    parent.appendChild(span);
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

  FILTERS.forEach(function (name) {
    selects[name].addEventListener('change', function () { if (searcher) { run(); } });
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
  open().then(function () {
    root.setAttribute('data-state', 'ready');
    return run();
  }, function () {
    root.setAttribute('data-state', 'failed');
    status.textContent = t('failed');
  });
})();
