/*
 * WuzhenSite: the words of a search marked where its result lands, and the search box of a transcript.
 * Loaded by the article and transcript layouts; the page reads and works without it.
 *
 * - A page opened with ?highlight=<query> (search result links carry the query as typed) wraps the
 *   query's words in <mark> inside the turn the #fragment names, or inside the article body without
 *   one. Query syntax is lunr's plus quoted phrases: +word, -word (never marked), field:word, word*,
 *   word~1, word^10, "a phrase" (one mark from its first to its last word). The parameter is taken out
 *   of the address at once, so a copied link is clean; a polite live region says the page was opened
 *   at a search result and how many places are marked, and a fixed bar offers to clear them.
 * - A transcript's box (#transcript-search, rendered hidden: without script it is not shown) filters
 *   the page's own turns as the reader types: turns that hold every word (and no -word) stay, their
 *   words marked; the count is announced; Escape clears. It never loads the site's index.
 *
 * Matching mirrors the index: text is split as lunr splits it (whitespace and hyphens, edges trimmed),
 * English words compare by lunr.stemmer and stop words are skipped, so "cities" marks "city"; runs of
 * Chinese, Japanese or Korean characters match as substrings, so Chinese needs no spaces. lunr.min.js is
 * fetched (from data-lunr) only when a query has Latin words. Marks add no padding, border or weight:
 * wrapping words in them moves nothing on the page. Text is only ever split and wrapped, never
 * inserted as HTML, so a phrase that runs across a link or emphasis is one mark per piece of text.
 */
(function () {
  'use strict';

  var PARAM = 'highlight';
  var LANDING = 'landing';   // data-mark of the marks a search result's query made
  var FILTER = 'filter';     // data-mark of the marks the transcript's box made

  var bar = document.getElementById('mark-bar');
  if (!bar) { return; }
  var lunrUrl = bar.getAttribute('data-lunr');

  // A UI string from an element's data-t-* attributes with its {name} placeholders filled from args, as
  // the templates' t filter does (src/WuzhenSite.Core/Theming/UiStringFormat.cs): a count of 1 chooses
  // the "-one" variant when there is one.
  function t(element, name, args) {
    args = args || {};
    var one = 'data-t-' + name + '-one';
    var text = (args.count === 1 && element.hasAttribute(one) ? element.getAttribute(one) : element.getAttribute('data-t-' + name)) || '';
    return text.replace(/\{([A-Za-z0-9_]+)\}/g, function (placeholder, key) {
      return Object.prototype.hasOwnProperty.call(args, key) ? String(args[key]) : placeholder;
    });
  }

  // ---- lunr, fetched only for queries with Latin words -----------------------------------------

  var lunrLoading = null;

  /** A promise of window.lunr, or of null when it cannot be loaded (words then match as written). */
  function loadLunr() {
    if (window.lunr) { return Promise.resolve(window.lunr); }
    if (!lunrLoading) {
      lunrLoading = new Promise(function (resolve) {
        if (!lunrUrl) { resolve(null); return; }
        var script = document.createElement('script');
        script.src = lunrUrl;
        script.async = true;
        script.onload = function () { resolve(window.lunr || null); };
        script.onerror = function () { resolve(null); };
        document.head.appendChild(script);
      });
    }
    return lunrLoading;
  }

  function lunrFor(query) {
    return query.latin ? loadLunr() : Promise.resolve(window.lunr || null);
  }

  // ---- Words: the text split as the index splits it ---------------------------------------------

  // The CJK ranges lunr-cjk.js indexes as character pairs (CJK punctuation excluded); a high surrogate
  // from D840 to D88C starts a character of the CJK extensions beyond the first plane.
  var CJK = /[\u1100-\u11ff\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303b\u3041-\u3096\u3099-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3131-\u318e\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff\uf900-\ufaff\uff66-\uffdc]/;
  var CJK_HIGH = /[\ud840-\ud88c]/;
  var PIECE = /[^\s\-]+/g;   // lunr.tokenizer.separator is /[\s\-]+/
  var LEADING = /^\W+/;
  var TRAILING = /\W+$/;

  function isCjkAt(text, i) {
    var c = text.charAt(i);
    return CJK.test(c) || (CJK_HIGH.test(c) && i + 1 < text.length);
  }

  function charWidth(text, i) {
    var c = text.charCodeAt(i);
    return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }

  /**
   * The words of a text: { start, end, cjk, text } in order, text lower-cased. A piece between spaces
   * and hyphens is split into its CJK runs and the rest; the rest is trimmed of non-word characters at
   * its edges (lunr.trimmer) and dropped when nothing is left.
   */
  function words(text) {
    var out = [];
    var piece;
    PIECE.lastIndex = 0;
    while ((piece = PIECE.exec(text)) !== null) {
      var value = piece[0];
      var from = 0;
      var cjk = null;
      for (var i = 0; i < value.length; i += charWidth(value, i)) {
        var here = isCjkAt(value, i);
        if (cjk !== null && here !== cjk) {
          addWord(out, value.slice(from, i), piece.index + from, cjk);
          from = i;
        }
        cjk = here;
      }
      if (cjk !== null) { addWord(out, value.slice(from), piece.index + from, cjk); }
    }
    return out;
  }

  function addWord(out, text, start, cjk) {
    if (cjk) {
      out.push({ start: start, end: start + text.length, cjk: true, text: text });
      return;
    }
    var lead = text.length - text.replace(LEADING, '').length;
    var trimmed = text.replace(LEADING, '').replace(TRAILING, '');
    if (!trimmed) { return; }
    out.push({ start: start + lead, end: start + lead + trimmed.length, cjk: false, text: trimmed.toLowerCase() });
  }

  // ---- Queries -----------------------------------------------------------------------------------

  var FIELD = /^[A-Za-z_][A-Za-z0-9_]*:(?=\S)/;
  var MODIFIER = /[\^~]\d*$/;

  /**
   * A query as clauses { words, phrase, prohibited }: a quoted phrase is one clause, every other word
   * one of its own (lunr ORs them; a hyphen inside a word separates two, as in lunr's lexer). field:,
   * +, ^n and ~n are dropped; a trailing * makes the word a prefix. latin says whether any word needs
   * lunr's stemmer.
   */
  function parse(text) {
    var clauses = [];
    var i = 0;
    var n = text.length;
    while (i < n) {
      while (i < n && /\s/.test(text.charAt(i))) { i++; }
      if (i >= n) { break; }
      var sign = text.charAt(i);
      var prohibited = sign === '-';
      if (sign === '-' || sign === '+') { i++; }
      var field = FIELD.exec(text.slice(i));
      if (field) { i += field[0].length; }
      if (text.charAt(i) === '"') {
        var close = text.indexOf('"', i + 1);
        if (close < 0) { close = n; }
        var phrase = words(text.slice(i + 1, close));
        i = close + 1;
        while (i < n && !/\s/.test(text.charAt(i))) { i++; } // a ^2 or ~1 after the closing quote
        if (phrase.length) { clauses.push({ words: phrase, phrase: true, prohibited: prohibited }); }
        continue;
      }
      var end = i;
      while (end < n && !/\s/.test(text.charAt(end))) { end++; }
      var word = text.slice(i, end).replace(MODIFIER, '');
      i = end;
      var wildcard = /\*$/.test(word);
      var found = words(word.replace(/\*/g, ''));
      found.forEach(function (w, at) {
        if (wildcard && at === found.length - 1) { w.prefix = true; }
        clauses.push({ words: [w], phrase: false, prohibited: prohibited && at === 0 });
      });
    }
    return {
      clauses: clauses,
      latin: clauses.some(function (c) { return c.words.some(function (w) { return !w.cjk; }); }),
      marks: clauses.some(function (c) { return !c.prohibited; })
    };
  }

  // ---- The matcher, shared by the landing marks and the transcript's box -------------------------

  /** Matches a parsed query in texts; lunr (or null) gives the stemmer and stop words. */
  function Matcher(query, lunr) {
    this.lunr = lunr;
    this.stems = {};
    this.stops = {};
    var self = this;
    // Stop words are not in the index: a phrase skips them, and one alone matches nothing.
    this.clauses = query.clauses.map(function (clause) {
      var kept = clause.words.filter(function (w) { return w.cjk || w.prefix || !self.isStop(w.text); });
      return {
        prohibited: clause.prohibited,
        words: kept.map(function (w) { return { cjk: w.cjk, text: w.text, prefix: !!w.prefix, stem: w.cjk || w.prefix ? w.text : self.stem(w.text) }; })
      };
    }).filter(function (clause) { return clause.words.length > 0; });
  }

  Matcher.prototype.stem = function (word) {
    if (!this.lunr) { return word; }
    if (!Object.prototype.hasOwnProperty.call(this.stems, word)) {
      this.stems[word] = this.lunr.stemmer(new this.lunr.Token(word, {})).toString();
    }
    return this.stems[word];
  };

  Matcher.prototype.isStop = function (word) {
    if (!this.lunr) { return false; }
    if (!Object.prototype.hasOwnProperty.call(this.stops, word)) {
      this.stops[word] = !this.lunr.stopWordFilter(new this.lunr.Token(word, {}));
    }
    return this.stops[word];
  };

  Matcher.prototype.sameWord = function (q, w) {
    if (q.prefix) { return w.text.indexOf(q.text) === 0 || this.stem(w.text).indexOf(q.text) === 0; }
    return w.text === q.text || this.stem(w.text) === q.stem;
  };

  /** Ranges [start, end) of the text that the clause matches. */
  Matcher.prototype.ranges = function (clause, text, textWords) {
    var found = [];
    var q = clause.words;
    if (q.length === 1 && q[0].cjk) {
      for (var at = text.indexOf(q[0].text); at >= 0; at = text.indexOf(q[0].text, at + 1)) {
        found.push([at, at + q[0].text.length]);
      }
      return found;
    }
    var self = this;
    var sequence = textWords.filter(function (w) { return w.cjk || !self.isStop(w.text); });
    for (var i = 0; i + q.length <= sequence.length; i++) {
      var range = this.phraseAt(q, sequence, i);
      if (range) { found.push(range); }
    }
    return found;
  };

  /**
   * The range of the words q standing at sequence[i…] in order, or null. A CJK word of a longer phrase
   * may end the CJK run it starts in, begin the run it ends in, and fill a run between.
   */
  Matcher.prototype.phraseAt = function (q, sequence, i) {
    var start = 0;
    var end = 0;
    for (var j = 0; j < q.length; j++) {
      var want = q[j];
      var word = sequence[i + j];
      if (want.cjk !== word.cjk) { return null; }
      var from = word.start;
      var to = word.end;
      if (!want.cjk) {
        if (!this.sameWord(want, word)) { return null; }
      } else if (q.length === 1) {
        return null; // a lone CJK word is matched as a substring
      } else if (j === 0) {
        if (!endsWith(word.text, want.text)) { return null; }
        from = word.end - want.text.length;
      } else if (j === q.length - 1) {
        if (word.text.indexOf(want.text) !== 0) { return null; }
        to = word.start + want.text.length;
      } else if (word.text !== want.text) {
        return null;
      }
      if (j === 0) { start = from; }
      end = to;
    }
    return [start, end];
  };

  function endsWith(text, tail) {
    return text.length >= tail.length && text.lastIndexOf(tail) === text.length - tail.length;
  }

  /** True when hits (per clause, how many ranges it matched) hold every word and no prohibited one. */
  Matcher.prototype.accepts = function (hits) {
    return this.clauses.every(function (clause, i) { return clause.prohibited ? hits[i] === 0 : hits[i] > 0; });
  };

  // ---- Finding and wrapping text in the page -----------------------------------------------------

  // Elements inside a paragraph; any other element starts and ends a text of its own, so a match never
  // runs from one paragraph into the next.
  var INLINE = { A: 1, ABBR: 1, B: 1, BDI: 1, BDO: 1, CITE: 1, CODE: 1, DATA: 1, DEL: 1, DFN: 1, EM: 1, I: 1, INS: 1, KBD: 1, Q: 1, S: 1, SAMP: 1, SMALL: 1, SPAN: 1, STRONG: 1, SUB: 1, SUP: 1, TIME: 1, U: 1, VAR: 1 };
  // Not the reader's text: controls, labels for screen readers only, the turn's tools, the box itself.
  var SKIP = 'script, style, noscript, template, button, input, select, textarea, svg, mark, [hidden], .visually-hidden, ' +
    '.turn__tools, .transcript__download, .transcript__heading, .transcript-search, .mark-bar';

  /** The texts under root: { text, pieces: [{ node, start }] }, one per paragraph or other block. */
  function texts(root) {
    var blocks = [];
    var current = null;
    function add(node) {
      if (!current) {
        current = { text: '', pieces: [] };
        blocks.push(current);
      }
      current.pieces.push({ node: node, start: current.text.length });
      current.text += node.data;
    }
    function visit(parent) {
      for (var child = parent.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          add(child);
        } else if (child.nodeType === 1) {
          var inline = INLINE.hasOwnProperty(child.tagName);
          if (child.tagName === 'BR' || child.matches(SKIP)) {
            if (current) { current.text += ' '; } // words on either side stay apart
            if (!inline) { current = null; }
            continue;
          }
          if (!inline) { current = null; }
          visit(child);
          if (!inline) { current = null; }
        }
      }
    }
    visit(root);
    return blocks;
  }

  /**
   * Where the matcher's clauses match under root: ranges { block, start, end } of the clauses that are
   * marked, overlaps merged, in order; hits: per clause, how many ranges it matched.
   */
  function find(root, matcher) {
    var hits = matcher.clauses.map(function () { return 0; });
    var ranges = [];
    texts(root).forEach(function (block) {
      var blockWords = null;
      var found = [];
      matcher.clauses.forEach(function (clause, i) {
        if (!blockWords) { blockWords = words(block.text); }
        var r = matcher.ranges(clause, block.text, blockWords);
        hits[i] += r.length;
        if (!clause.prohibited) { found = found.concat(r); }
      });
      found.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
      var last = null;
      found.forEach(function (r) {
        if (last && r[0] < last.end) {
          last.end = Math.max(last.end, r[1]);
        } else {
          last = { block: block, start: r[0], end: r[1] };
          ranges.push(last);
        }
      });
    });
    return { ranges: ranges, hits: hits };
  }

  /** Wraps every range in <mark data-mark="kind"> (one per text node it covers); returns the first mark. */
  function wrap(ranges, kind) {
    var cuts = [];
    var nodes = [];
    ranges.forEach(function (range) {
      range.block.pieces.forEach(function (piece) {
        var from = Math.max(range.start, piece.start);
        var to = Math.min(range.end, piece.start + piece.node.data.length);
        if (from >= to) { return; }
        var node = nodes.indexOf(piece.node);
        if (node < 0) { node = nodes.push(piece.node) - 1; }
        cuts.push({ node: piece.node, nodeIndex: node, from: from - piece.start, to: to - piece.start });
      });
    });
    // Each node from its end backwards, so the offsets still to cut in it stay where they were.
    cuts.sort(function (a, b) { return a.nodeIndex - b.nodeIndex || b.from - a.from; });
    var marks = [];
    cuts.forEach(function (cut) {
      cut.node.splitText(cut.to);
      var middle = cut.node.splitText(cut.from);
      var mark = document.createElement('mark');
      mark.className = 'mark-hit';
      mark.setAttribute('data-mark', kind);
      middle.parentNode.replaceChild(mark, middle);
      mark.appendChild(middle);
      marks.push(mark);
    });
    var first = null;
    marks.forEach(function (mark) {
      if (!first || (first.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_PRECEDING)) { first = mark; }
    });
    return first;
  }

  /** Takes out the marks of one kind, joining their text back to its neighbours. */
  function unwrap(kind) {
    var marks = document.querySelectorAll('mark[data-mark="' + kind + '"]');
    var parents = [];
    for (var i = 0; i < marks.length; i++) {
      var mark = marks[i];
      var parent = mark.parentNode;
      while (mark.firstChild) { parent.insertBefore(mark.firstChild, mark); }
      parent.removeChild(mark);
      if (parents.indexOf(parent) < 0) { parents.push(parent); }
    }
    parents.forEach(function (parent) { parent.normalize(); });
  }

  // ---- Landing at a search result ----------------------------------------------------------------

  var status = document.getElementById('mark-status');
  var barText = document.getElementById('mark-bar-text');
  var clearButton = document.getElementById('mark-clear');

  function announce(region, message) {
    region.textContent = '';
    // A change after a tick is announced even when the message is the same as last time.
    window.setTimeout(function () { region.textContent = message; }, 100);
  }

  function decode(fragment) {
    try { return decodeURIComponent(fragment); } catch (e) { return fragment; }
  }

  /** The turn the fragment names, or the article's body (a transcript's turns). */
  function landingRoot() {
    var id = decode(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.classList.contains('turn')) { return target; }
    return document.querySelector('.article__body') || document.querySelector('.transcript');
  }

  /** The query the address carries; the parameter is taken out of the address at once. */
  function takeQuery() {
    var params = new URLSearchParams(window.location.search);
    if (!params.has(PARAM)) { return ''; }
    var query = (params.get(PARAM) || '').trim();
    params.delete(PARAM);
    var rest = params.toString();
    if (window.history && window.history.replaceState) {
      window.history.replaceState(window.history.state, '', window.location.pathname + (rest ? '?' + rest : '') + window.location.hash);
    }
    return query;
  }

  function clearLanding(announceIt) {
    if (bar.hidden) { return; }
    unwrap(LANDING);
    bar.hidden = true;
    document.documentElement.classList.remove('has-mark-bar');
    if (announceIt) { announce(status, t(bar, 'cleared')); }
  }

  function land() {
    var text = takeQuery();
    var root = landingRoot();
    if (!text || !root) { return; }
    var query = parse(text);
    var scrolledAtStart = window.pageYOffset;
    lunrFor(query).then(function (lunr) {
      var found = query.marks ? find(root, new Matcher(query, lunr)).ranges : [];
      if (found.length === 0) {
        announce(status, t(bar, 'status-none', { query: text }));
        return;
      }
      var first = wrap(found, LANDING);
      barText.textContent = t(bar, 'bar', { count: found.length, query: text });
      bar.hidden = false;
      document.documentElement.classList.add('has-mark-bar');
      announce(status, t(bar, 'status', { count: found.length, query: text }));
      // The first mark is brought into view when it is out of sight (further down a long turn, or below an
      // article's first screen), unless the reader has scrolled meanwhile.
      if (window.pageYOffset === scrolledAtStart && first) {
        var box = first.getBoundingClientRect();
        if (box.top < 0 || box.bottom > window.innerHeight - bar.offsetHeight) { first.scrollIntoView({ block: 'center' }); }
      }
    });
  }

  clearButton.addEventListener('click', function () {
    clearLanding(true);
    var main = document.getElementById('main');
    if (main) { main.focus({ preventScroll: true }); } // the button is gone: keep the focus on the page
  });

  // ---- Searching within a transcript -------------------------------------------------------------

  function transcriptSearch() {
    var box = document.getElementById('transcript-search');
    var input = document.getElementById('transcript-search-input');
    var boxStatus = document.getElementById('transcript-search-status');
    if (!box || !input || !boxStatus) { return; }
    var turns = Array.prototype.slice.call(document.querySelectorAll('.transcript .turn'));
    var runId = 0;
    var debounce = 0;
    var filtered = false;

    function showAll() {
      unwrap(FILTER);
      turns.forEach(function (turn) { turn.hidden = false; });
    }

    function run() {
      var id = ++runId;
      var text = input.value.trim();
      if (!text) {
        showAll();
        if (filtered) { boxStatus.textContent = t(box, 'all'); }
        filtered = false;
        return;
      }
      var query = parse(text);
      lunrFor(query).then(function (lunr) {
        if (id !== runId) { return; }
        clearLanding(false); // the reader's own search replaces the one the page was opened with
        showAll();
        var matcher = new Matcher(query, lunr);
        var shown = 0;
        turns.forEach(function (turn) {
          var found = find(turn, matcher);
          var keep = matcher.accepts(found.hits);
          turn.hidden = !keep;
          if (keep) {
            wrap(found.ranges, FILTER);
            shown++;
          }
        });
        filtered = true;
        boxStatus.textContent = shown ? t(box, 'count', { count: shown }) : t(box, 'none', { query: text });
      });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(debounce);
      debounce = window.setTimeout(run, 150);
    });

    input.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && input.value) {
        event.preventDefault();
        window.clearTimeout(debounce);
        input.value = '';
        run();
      } else if (event.key === 'Enter') {
        window.clearTimeout(debounce);
        run();
      }
    });

    box.hidden = false;
  }

  land();
  transcriptSearch();
})();
