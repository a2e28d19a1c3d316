/*!
 * lunr-phrases.js — exact phrases ("digital silk road") for indexes written by WuzhenSite.Search.
 *
 * lunr.js has no phrase queries. This file adds them on top of lunr's own search, for the single
 * index (lunr.Index) and the sharded one (lunr-sharded.js) alike:
 *
 *  1. A quoted part of the query ("…", optionally +"…", -"…" or field:"…") is taken out of it and
 *     run through the index's own analysis (tokenizer and index pipeline: trimmer, stop words,
 *     stemmer; Chinese as character pairs), which gives the sequence of terms the phrase is.
 *  2. The rest of the query goes to lunr unchanged, and each term of a phrase that is not prohibited
 *     is added as a required clause: lunr finds the documents holding all the words and ranks them
 *     by its own score for them.
 *  3. The positions files (PhrasePositionsWriter) say where the phrase's units stand: its rare terms,
 *     and the pairs of adjacent terms of which one is common (a common term has no places of its own,
 *     so a phrase of common words reads where its pairs stand, not where each word does). A document
 *     is kept when, in one field, every unit stands at its offset from one place: the phrase's terms
 *     at consecutive places (places count only the terms the pipeline keeps, so "road of the future"
 *     is the terms road, futur next to each other). A prohibited phrase removes the documents where it
 *     stands; a phrase of one term is that term, required or prohibited, as lunr has it.
 *
 * A query without a quote is none of this' business: callers run it through lunr as before.
 *
 *   var phrases = lunr.phrases.open(positionsUrl, meta.positions)
 *   if (lunr.phrases.has(query)) phrases.search(index, query).then(function (results) { … })
 *   (or phrases.ranked(index, query), whose results a sharded index makes page by page)
 *
 * Needs lunr.js, lunr-cjk.js (for indexes with the cjkBigrams pipeline) and lunr-sharded.js (its
 * term hash, and its index when sharded).
 */
;(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory
  } else if (root && root.lunr) {
    factory(root.lunr)
  }
})(typeof globalThis !== 'undefined' ? globalThis : this, function (lunr) {
  if (lunr.phrases) {
    return lunr.phrases
  }

  var FORMAT = 'wuzhen-positions-2'
  // A quoted part: optional + or -, optional field name and colon, then "…" (an unclosed quote runs to the end).
  var QUOTED = /(^|[\s])([+-]?)(?:([^\s:"+\-][^\s:"]*):)?"([^"]*)(?:"|$)/g

  function has (queryString) {
    return typeof queryString === 'string' && queryString.indexOf('"') >= 0
  }

  /**
   * The query without its quoted parts, and the quoted parts: { rest, phrases: [{ text, presence,
   * field }] }, presence 'required' (a phrase must stand in a result, as a search engine's quotes do)
   * or 'prohibited'.
   */
  function split (queryString) {
    var phrases = []
    var rest = queryString.replace(QUOTED, function (all, before, sign, field, text) {
      phrases.push({ text: text, presence: sign === '-' ? 'prohibited' : 'required', field: field || null })
      return before + ' '
    })
    return { rest: rest, phrases: phrases }
  }

  /** The index pipeline of an index whose search pipeline is `labels`, as WuzhenSite.Search builds it. */
  function analyzer (labels) {
    var pipeline = new lunr.Pipeline()
    if (labels.indexOf('cjkBigrams') >= 0) {
      if (!lunr.cjk) { throw new Error('lunr-phrases.js: load lunr-cjk.js for this index') }
      pipeline.add(lunr.cjk.trimmer, lunr.cjk.stopWordFilter, lunr.cjk.stemmer)
      return function (text) { return pipeline.run(lunr.cjk.tokenizer(text)).map(String) }
    }
    pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer)
    return function (text) { return pipeline.run(lunr.tokenizer(text)).map(String) }
  }

  // ---- Positions files ----------------------------------------------------------------------

  function readVarint (bytes, reader) {
    var at = reader.at
    var b = bytes[at++]
    var value = b & 0x7f
    var scale = 128
    while (b & 0x80) {
      b = bytes[at++]
      value += (b & 0x7f) * scale
      scale *= 128
    }
    reader.at = at
    return value
  }

  /** One positions file: its units' data (a unit is a term, or two terms with a space between), decoded when a unit is asked for. */
  function PositionsFile (buffer) {
    var bytes = new Uint8Array(buffer)
    var reader = { at: 0 }
    var count = readVarint(bytes, reader)
    var entries = Object.create(null)
    var lengths = []
    var terms = []
    for (var i = 0; i < count; i++) {
      var units = readVarint(bytes, reader)
      var chars = new Array(units)
      for (var u = 0; u < units; u++) { chars[u] = String.fromCharCode(readVarint(bytes, reader)) }
      terms.push(chars.join(''))
      lengths.push(readVarint(bytes, reader))
    }
    var offset = reader.at
    for (var t = 0; t < count; t++) {
      entries[terms[t]] = { from: offset, to: offset + lengths[t] }
      offset += lengths[t]
    }
    this.bytes = bytes
    this.entries = entries
  }

  /**
   * Where the unit's field blocks start: field number -> { bytes, at, documents }, or null when the
   * file does not hold the unit. Found by one pass that reads and keeps nothing.
   */
  PositionsFile.prototype.blocks = function (unit) {
    var entry = this.entries[unit]
    if (!entry) { return null }
    if (!entry.blocks) {
      var bytes = this.bytes
      var reader = { at: entry.from }
      var blocks = {}
      var fields = readVarint(bytes, reader)
      for (var f = 0; f < fields; f++) {
        var field = readVarint(bytes, reader)
        var documents = readVarint(bytes, reader)
        blocks[field] = { bytes: bytes, at: reader.at, documents: documents }
        var cursor = new Cursor(blocks[field])
        while (cursor.next()) { /* skips */ }
        reader.at = cursor.reader.at
      }
      entry.blocks = blocks
    }
    return entry.blocks
  }

  /** Reads one field block document by document; a document's places are read only when asked for. */
  function Cursor (block) {
    this.bytes = block.bytes
    this.reader = { at: block.at }
    this.left = block.documents
    this.document = -1
    this.count = 0
    this.unread = 0          // places of the current document not read yet
  }

  /** Moves to the next document; false (and document Infinity) past the last. */
  Cursor.prototype.next = function () {
    while (this.unread > 0) { readVarint(this.bytes, this.reader); this.unread-- }
    if (this.left === 0) { this.document = Infinity; return false }
    this.left--
    var gapAndMore = readVarint(this.bytes, this.reader)
    this.document += Math.floor(gapAndMore / 2) + 1
    this.count = gapAndMore % 2 === 1 ? readVarint(this.bytes, this.reader) + 2 : 1
    this.unread = this.count
    return true
  }

  /** The current document's places, ascending (read once, right after next). */
  Cursor.prototype.places = function () {
    var places = new Array(this.count)
    var place = -1
    for (var p = 0; p < this.count; p++) {
      place += readVarint(this.bytes, this.reader) + 1
      places[p] = place
    }
    this.unread = 0
    return places
  }

  function defaultFetchFile (url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { throw new Error(url + ': ' + response.status) }
      return response.arrayBuffer()
    })
  }

  /**
   * The phrase searcher of one language: `meta` is search.json's "positions" object, `baseUrl` the
   * folder its pattern is relative to. options.fetchFile(url, 'binary') -> Promise<ArrayBuffer> replaces fetch;
   * options.documentOf(ref) gives a result's document number (default: the ref read in base 36).
   */
  function PhraseIndex (baseUrl, meta, options) {
    if (!meta || meta.format !== FORMAT) { throw new Error('lunr-phrases.js: unknown positions format ' + (meta && meta.format)) }
    if (!lunr.sharded || !lunr.sharded.shardOf) { throw new Error('lunr-phrases.js: load lunr-sharded.js first') }
    options = options || {}
    this.baseUrl = baseUrl
    this.meta = meta
    this.fetchFile = options.fetchFile || defaultFetchFile
    this.documentOf = options.documentOf || function (ref) { return parseInt(ref, 36) }
    this.files = {}
    this.common = new Set(meta.common || [])
  }

  PhraseIndex.prototype.file = function (unit) {
    var number = lunr.sharded.shardOf(unit, this.meta.files)
    if (!this.files[number]) {
      var url = this.baseUrl + this.meta.pattern.replace('{n}', number)
      // A fetchFile may answer { body, bytes } as lunr-sharded.js's does, for counting what was fetched.
      this.files[number] = this.fetchFile(url, 'binary').then(function (result) {
        return new PositionsFile(result && result.body !== undefined ? result.body : result)
      })
    }
    return this.files[number]
  }

  /** Every unit's field blocks, as { unit: blocks or null }. */
  PhraseIndex.prototype.blocksOf = function (units) {
    var self = this
    var unique = units.filter(function (t, i) { return units.indexOf(t) === i })
    return Promise.all(unique.map(function (t) {
      return self.file(t).then(function (file) { return file.blocks(t) })
    })).then(function (found) {
      var byTerm = Object.create(null)
      unique.forEach(function (t, i) { byTerm[t] = found[i] })
      return byTerm
    })
  }

  /**
   * The units that say where a phrase of terms (two or more) stands, each with its offset from the
   * phrase's first place: every term that is not common, at its own offset, and every pair of
   * adjacent terms of which one is common, at its first term's offset. Each common term is then
   * inside a pair, so the units standing at their offsets from a place p put every term i at p + i.
   */
  function unitsOf (terms, isCommon) {
    var units = []
    for (var i = 0; i < terms.length; i++) {
      if (!isCommon(terms[i])) { units.push({ key: terms[i], offset: i }) }
      if (i + 1 < terms.length && (isCommon(terms[i]) || isCommon(terms[i + 1]))) {
        units.push({ key: terms[i] + ' ' + terms[i + 1], offset: i })
      }
    }
    return units
  }

  /**
   * The documents in which the phrase stands: each of its units at its offset from one place, in one
   * of its fields. The units' blocks are walked side by side, documents ascending, and places are
   * read only for a document that has every unit in that field.
   */
  function documentsWhereStands (units, blocks, fieldNumbers) {
    var found = new Set()
    var offsets = units.map(function (u) { return u.offset })
    fieldNumbers.forEach(function (field) {
      var cursors = []
      for (var i = 0; i < units.length; i++) {
        var block = blocks[units[i].key] && blocks[units[i].key][field]
        if (!block) { return }
        cursors.push(new Cursor(block))
      }
      cursors.forEach(function (c) { c.next() })
      while (true) {
        var highest = -1
        for (var k = 0; k < cursors.length; k++) { highest = Math.max(highest, cursors[k].document) }
        if (highest === Infinity) { return }
        var together = true
        for (k = 0; k < cursors.length; k++) {
          while (cursors[k].document < highest) { cursors[k].next() }
          together = together && cursors[k].document === highest
        }
        if (!together) { continue }
        if (!found.has(highest) && standsAtSomePlace(cursors.map(function (c) { return c.places() }), offsets)) {
          found.add(highest)
        }
        cursors.forEach(function (c) { c.next() })
      }
    })
    return found
  }

  // Some place p has unit i at p + offsets[i] for every i (each list ascending; offsets[0] is 0).
  function standsAtSomePlace (lists, offsets) {
    var cursors = new Array(lists.length).fill(0)
    for (var s = 0; s < lists[0].length; s++) {
      var start = lists[0][s] - offsets[0]
      var all = true
      for (var i = 1; i < lists.length && all; i++) {
        var list = lists[i]
        var want = start + offsets[i]
        while (cursors[i] < list.length && list[cursors[i]] < want) { cursors[i]++ }
        all = cursors[i] < list.length && list[cursors[i]] === want
      }
      if (all) { return true }
    }
    return false
  }

  /**
   * The query's results, best first, as an array of lunr results: lunr's own ranking of the query
   * with each phrase's terms required, keeping the documents where every required phrase stands and
   * no prohibited one does. `index` is a lunr.Index or a lunr.sharded index; throws (rejects with)
   * lunr.QueryParseError as lunr does.
   */
  PhraseIndex.prototype.search = function (index, queryString) {
    return this.ranked(index, queryString).then(function (found) { return Array.isArray(found) ? found : found.all() })
  }

  /**
   * The same results as search, for a sharded index as lunr-sharded.js's ranked results (length, and
   * slice(from, end) -> Promise of lunr results), whose result objects are made only for the page
   * shown; for a lunr.Index as the array search gives.
   */
  PhraseIndex.prototype.ranked = function (index, queryString) {
    var self = this
    var sharded = !(index instanceof lunr.Index)
    var fields = sharded ? index.manifest.fields : index.fields
    var labels = sharded ? index.manifest.pipeline : index.pipeline.toJSON()
    return new Promise(function (resolve) {
      var parts = split(queryString)
      var analyze = analyzer(labels)
      var phrases = []
      parts.phrases.forEach(function (p) {
        if (p.field !== null && fields.indexOf(p.field) < 0) {
          throw new lunr.QueryParseError("unrecognised field '" + p.field + "', possible fields: " + fields.join(', '), 0, 0)
        }
        var terms = analyze(p.text)
        if (terms.length > 0) {
          phrases.push({ terms: terms, presence: p.presence, fields: p.field === null ? fields : [p.field] })
        }
      })
      var query = new lunr.Query(fields)
      new lunr.QueryParser(parts.rest, query).parse()
      phrases.forEach(function (p) {
        // A prohibited phrase of one term is that term prohibited; longer ones are checked below.
        if (p.presence === 'prohibited' && p.terms.length > 1) { return }
        p.terms.forEach(function (term) {
          query.clause({ term: term, fields: p.fields, presence: lunr.Query.presence[p.presence === 'required' ? 'REQUIRED' : 'PROHIBITED'], usePipeline: false })
        })
      })
      resolve({ query: query, phrases: phrases })
    }).then(function (planned) {
      // The sharded index's ranking is filtered before any result object is made: a phrase of common
      // words has tens of thousands of documents holding its words and a handful where it stands.
      var found = sharded
        ? index.rankQuery(planned.query)
        : index.query(function (q) { q.clauses = planned.query.clauses })
      var checked = planned.phrases.filter(function (p) { return p.terms.length > 1 })
      // The common terms are listed in search.json, so the units' files are fetched beside the shards.
      var units = checked.map(function (p) { return unitsOf(p.terms, function (t) { return self.common.has(t) }) })
      var keys = []
      units.forEach(function (u) { keys = keys.concat(u.map(function (unit) { return unit.key })) })
      return Promise.all([found, self.blocksOf(keys)]).then(function (loaded) {
        var blocks = loaded[1]
        var where = checked.map(function (p, i) {
          return documentsWhereStands(units[i], blocks, p.fields.map(function (f) { return fields.indexOf(f) }))
        })
        // A document's number in the positions files is its position, which a site's ref is in base 36.
        var keep = function (positionOrRef) {
          var document = typeof positionOrRef === 'number' ? positionOrRef : self.documentOf(positionOrRef)
          for (var i = 0; i < checked.length; i++) {
            if (where[i].has(document) !== (checked[i].presence === 'required')) { return false }
          }
          return true
        }
        return sharded
          ? loaded[0].filter(keep)
          : loaded[0].filter(function (result) { return keep(result.ref) })
      })
    })
  }

  // ---- Warming up ---------------------------------------------------------------------------

  /**
   * A made-up positions file in which the words stand one after another from place 0 of field 0 of
   * each of `documents` documents, every word common: the units are the pairs of adjacent words, in
   * ordinal order, the pair starting at word i standing at place i.
   */
  function madeUpPositions (words, documents) {
    var push = lunr.sharded.pushVarint
    var pairs = []
    for (var i = 0; i + 1 < words.length; i++) { pairs.push({ key: words[i] + ' ' + words[i + 1], place: i }) }
    pairs.sort(function (a, b) { return a.key < b.key ? -1 : a.key > b.key ? 1 : 0 })
    var head = []
    var data = []
    push(head, pairs.length)
    pairs.forEach(function (pair) {
      var block = []
      push(block, 1)                  // one field,
      push(block, 0)                  // field 0,
      push(block, documents)          // every document:
      for (var d = 0; d < documents; d++) {
        push(block, 0)                // gap 0, standing once,
        push(block, pair.place)       // at its place.
      }
      push(head, pair.key.length)
      for (var u = 0; u < pair.key.length; u++) { push(head, pair.key.charCodeAt(u)) }
      push(head, block.length)
      data = data.concat(block)
    })
    return new Uint8Array(head.concat(data)).buffer
  }

  /**
   * Runs a made-up phrase over a made-up sharded index and positions file held in memory (no request),
   * so that a page's first phrase runs code the JavaScript engine has compiled already, as
   * lunr-sharded.js's warmUp does for its scoring. `fields` are the real index's. Returns a promise
   * of how many results the made-up phrase found (the made-up documents holding all its words).
   */
  PhraseIndex.prototype.warmUp = function (fields) {
    var madeUpIndex = lunr.sharded.madeUpIndex(fields)
    var words = madeUpIndex.words
    var file = madeUpPositions(words, madeUpIndex.documents)
    var index = madeUpIndex.create()
    var meta = { format: FORMAT, files: 1, pattern: '{n}', common: words }
    var madeUp = new PhraseIndex('', meta, { fetchFile: function () { return Promise.resolve(file.slice(0)) } })
    return madeUp.ranked(index, '"' + words.join(' ') + '"').then(function (ranked) {
      return ranked.slice(0, 10).then(function () { return ranked.length })
    })
  }

  var phrases = {
    has: has,
    split: split,
    open: function (baseUrl, meta, options) { return new PhraseIndex(baseUrl, meta, options) }
  }
  lunr.phrases = phrases
  return phrases
})
