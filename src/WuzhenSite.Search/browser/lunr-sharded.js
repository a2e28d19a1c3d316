/*!
 * lunr-sharded.js — searches an index written by WuzhenSite.Search's ShardedIndexWriter (lunr.js 2.3.9).
 *
 * A sharded index is a manifest plus shards holding, per term, its lunr term index and, per
 * field, its postings: document positions as ascending differences, then weights in thousandths
 * (lunr rounds weights to three decimals, so w / 1000 is lunr's own number). Refs are the
 * positions in base 36 unless the manifest names a ref list. For a query this script fetches only
 * the shards of the query's terms (the term list too, for wildcard and fuzzy terms) and runs
 * lunr.Index#query's algorithm over them with typed arrays. lunr scores a document field by the
 * query vector's dot product with the field vector, divided by the query vector's magnitude; both
 * only involve the query's terms, so a term's weights are all the score needs, and the results are
 * lunr's: the same refs, order and scores as lunr.Index.load(whole index).search(query). Query
 * parsing, the search pipeline and term expansion are lunr's own code.
 *
 * Browser:  <script src="lunr.js"></script><script src="lunr-cjk.js"></script><script src="lunr-sharded.js"></script>
 *           lunr.sharded.open('/en/search/index/').then(function (index) { return index.search('silk road') })
 * Node:     require('./lunr-sharded.js')(lunr); lunr.sharded.open(folder, readJson)
 *
 * A query of one term over every field (the most common query: a word) needs none of its postings
 * for its first page: first/N.json holds, per term of shard N, how many documents it finds and its
 * first ten results with their weights per field, ranked at build time as lunr ranks them. ranked()
 * answers that page from them, and fetches the shard only for later pages.
 *
 * open(baseUrl, fetchJson?) — baseUrl ends with '/'; fetchJson(url) returns a promise of the parsed
 * JSON (default: window.fetch). The returned object has search(query) → promise of lunr results,
 * ranked(query) → promise of the same results made when read ({ length, slice(from, end) and all(),
 * each a promise: a page of ten costs no more than ten, and the first page of a word no postings),
 * and stats { requests, bytes } (bytes counted when fetchJson reports them, see below).
 */
;(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory
  } else if (root && root.lunr) {
    factory(root.lunr)
  }
})(typeof globalThis !== 'undefined' ? globalThis : this, function (lunr) {
  if (lunr.sharded) {
    return lunr.sharded
  }

  /** FNV-1a over UTF-16 code units, as TermShards.Of computes it. */
  function shardOf (term, count) {
    var hash = 2166136261
    for (var i = 0; i < term.length; i++) {
      hash ^= term.charCodeAt(i)
      hash = Math.imul(hash, 16777619) >>> 0
    }
    return hash % count
  }

  function defaultFetchJson (url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { throw new Error(url + ': HTTP ' + response.status) }
      return response.text()
    }).then(function (text) {
      return { json: JSON.parse(text), bytes: text.length }
    })
  }

  function ShardedIndex (baseUrl, fetchJson, manifest) {
    this.baseUrl = baseUrl
    this.fetchJson = fetchJson
    this.manifest = manifest
    this.pipeline = lunr.Pipeline.load(manifest.pipeline)
    this.shards = Object.create(null)      // shard number → promise of its terms
    this.firstPageFiles = Object.create(null)  // shard number → promise of its terms' first pages
    this.loaded = Object.create(null)      // shard number → its terms, once fetched
    this.termList = null                   // promise of the sorted term list
    this.fullTokenSet = null
    this.fieldRefs = null                  // promise of every field ref, in index order
    this.refList = null                    // promise of every document ref by position, when refs are not base 36
    this.decoded = new Map()               // term → its decoded postings (null: not in the index)
    this.indexKeyFlags = null              // see base36IndexKeys
    this.stats = { requests: 1, bytes: 0 }
  }

  ShardedIndex.prototype.get = function (file) {
    var self = this
    self.stats.requests++
    return self.fetchJson(self.baseUrl + file).then(function (result) {
      if (result && result.json !== undefined) {
        self.stats.bytes += result.bytes || 0
        return result.json
      }
      return result
    })
  }

  ShardedIndex.prototype.shard = function (number) {
    var self = this
    if (!self.shards[number]) {
      self.shards[number] = self.get('shards/' + number + '.json').then(function (terms) {
        self.loaded[number] = terms
        return terms
      })
    }
    return self.shards[number]
  }

  /** The first pages of the terms of shard number (see SingleTermFirstPage in WuzhenSite.Search). */
  ShardedIndex.prototype.firstPages = function (number) {
    if (!this.firstPageFiles[number]) {
      this.firstPageFiles[number] = this.get(this.manifest.firstPages + number + '.json')
    }
    return this.firstPageFiles[number]
  }

  ShardedIndex.prototype.terms = function () {
    var self = this
    if (!self.termList) {
      self.termList = self.get(self.manifest.termList).then(function (terms) {
        self.fullTokenSet = lunr.TokenSet.fromArray(terms)
        return terms
      })
    }
    return self.termList
  }

  ShardedIndex.prototype.allFieldRefs = function () {
    if (!this.fieldRefs) { this.fieldRefs = this.get(this.manifest.fieldRefList) }
    return this.fieldRefs
  }

  /** The document refs by position, or null when a ref is its position in base 36. */
  ShardedIndex.prototype.documentRefs = function () {
    if (this.manifest.refs === 'base36') { return Promise.resolve(null) }
    if (!this.refList) { this.refList = this.get(this.manifest.refs) }
    return this.refList
  }

  /** Parses the query as lunr.Index#search does (throws lunr.QueryParseError for bad syntax). */
  ShardedIndex.prototype.parse = function (queryString) {
    var query = new lunr.Query(this.manifest.fields)
    new lunr.QueryParser(queryString, query).parse()
    return query
  }

  /** Each clause with the terms it looks up after the pipeline, and whether any needs the whole term list. */
  ShardedIndex.prototype.clauseTerms = function (query) {
    var clauses = []
    var needsTermList = false
    for (var i = 0; i < query.clauses.length; i++) {
      var clause = query.clauses[i]
      var terms = clause.usePipeline ? this.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term]
      var wanted = []
      for (var j = 0; j < terms.length; j++) {
        var expands = clause.editDistance > 0 || terms[j].indexOf(lunr.Query.wildcard) >= 0
        // The clause as lunr.Index#query hands it to TokenSet.fromClause: the same object, with this term.
        var copy = {}
        for (var key in clause) { copy[key] = clause[key] }
        copy.term = terms[j]
        wanted.push({ clause: copy, expands: expands })
        if (expands) { needsTermList = true }
      }
      clauses.push({ clause: clause, terms: wanted })
    }
    return { clauses: clauses, needsTermList: needsTermList }
  }

  /** lunr.Index#search: every result, best first. */
  ShardedIndex.prototype.search = function (queryString) {
    return this.rank(queryString, false).then(function (ranked) { return ranked.all() })
  }

  /**
   * The same results made when read: length, slice(from, end) and all(), each slice a promise (see
   * RankedResults). A query of one term over every field starts from the term's first page.
   */
  ShardedIndex.prototype.ranked = function (queryString) {
    return this.rank(queryString, true)
  }

  ShardedIndex.prototype.rank = function (queryString, fromFirstPage) {
    var self = this
    return new Promise(function (resolve) { resolve(self.parse(queryString)) }).then(function (query) {
      var plan = self.clauseTerms(query)
      return (plan.needsTermList ? self.terms() : Promise.resolve(null)).then(function () {
        plan.clauses.forEach(function (c) {
          c.terms.forEach(function (w) {
            // Wildcard and fuzzy terms expand over the whole term list, exactly as lunr.Index#query does.
            w.expanded = w.expands ? self.fullTokenSet.intersect(lunr.TokenSet.fromClause(w.clause)).toArray() : [w.clause.term]
          })
        })
        var allResults = function () { return self.scored(query, plan) }
        var term = fromFirstPage && self.manifest.firstPages ? singleTermOf(plan, self.manifest.fields) : null
        if (term === null) { return allResults() }
        return Promise.all([self.firstPages(shardOf(term, self.manifest.shards)), self.documentRefs()]).then(function (loaded) {
          var pages = loaded[0]
          var page = Object.prototype.hasOwnProperty.call(pages, term) ? pages[term] : [0]
          return new FirstPageResults(self, term, page, loaded[1], allResults)
        })
      })
    })
  }

  /** Fetches the shards of the query's (expanded) terms and scores every match as lunr.Index#query does. */
  ShardedIndex.prototype.scored = function (query, plan) {
    var self = this
    var termsOfShard = Object.create(null)
    plan.clauses.forEach(function (c) {
      c.terms.forEach(function (w) {
        w.expanded.forEach(function (t) {
          var number = shardOf(t, self.manifest.shards)
          if (!termsOfShard[number]) { termsOfShard[number] = [] }
          termsOfShard[number].push(t)
        })
      })
    })
    var refs = self.documentRefs()
    var loads = Object.keys(termsOfShard).map(function (n) {
      // A shard's terms are decoded as soon as it arrives, while the other shards are still on their way.
      return Promise.all([self.shard(n), refs]).then(function (loaded) {
        termsOfShard[n].forEach(function (t) { self.postingsOf(t, loaded[1]) })
      })
    })
    loads.push(query.isNegated() ? self.allFieldRefs() : Promise.resolve(null))
    loads.push(refs)
    return Promise.all(loads).then(function (loaded) {
      var refList = loaded.pop()
      var fieldRefs = loaded.pop()
      return new QueryRun(self, query, plan.clauses, fieldRefs, refList).results()
    })
  }

  /**
   * The one index term of a query whose results are that term's single-term query over every field
   * with boost 1 (a word, or a wildcard that expands to one term, optional or required), or null. For
   * such a query lunr's query vector in every field is the term with weight 1, so the score of a
   * document is its weights summed field by field: what the first pages were ranked by.
   */
  function singleTermOf (plan, fields) {
    if (plan.clauses.length !== 1) { return null }
    var clause = plan.clauses[0].clause
    var terms = plan.clauses[0].terms
    if (clause.presence === lunr.Query.presence.PROHIBITED || clause.boost !== 1) { return null }
    if (clause.fields.length !== fields.length) { return null }
    for (var f = 0; f < fields.length; f++) {
      if (clause.fields[f] !== fields[f]) { return null }
    }
    if (terms.length !== 1 || terms[0].expanded.length !== 1) { return null }
    return terms[0].expanded[0]
  }

  // ---- Postings ---------------------------------------------------------------------------

  /** A term's postings in one field: positions ascending, weights as lunr's numbers, and the order in which Object.keys lists them. */
  function FieldPostings (list, refList, base36IndexKeys) {
    var count = list.length / 2
    var positions = new Int32Array(count)
    var weights = new Float64Array(count)
    var position = 0
    for (var k = 0; k < count; k++) {
      position += list[k]
      positions[k] = position
      weights[k] = list[count + k] / 1000
    }
    this.positions = positions
    this.weights = weights
    this.keyOrder = keyOrder(positions, refList, base36IndexKeys)
  }

  /** Whether the document at position is in these postings. */
  FieldPostings.prototype.has = function (position) {
    var positions = this.positions
    var low = 0
    var high = positions.length - 1
    while (low <= high) {
      var middle = (low + high) >>> 1
      var value = positions[middle]
      if (value === position) { return true }
      if (value < position) { low = middle + 1 } else { high = middle - 1 }
    }
    return false
  }

  /** Whether position in base 36 has only decimal digits, so that JavaScript treats the ref as an array index. */
  function base36IsIndexKey (position) {
    do {
      if (position % 36 >= 10) { return false }
      position = Math.floor(position / 36)
    } while (position > 0)
    return true
  }

  function isIndexKey (ref) {
    return /^(?:0|[1-9][0-9]*)$/.test(ref) && Number(ref) < 4294967295
  }

  /**
   * The order in which Object.keys lists a posting's refs once JSON.parse has read the whole index,
   * as indices into positions, or null when it is position order. lunr.Index#query walks a posting
   * in that order, and the walk decides which equal-scored result comes first. JavaScript lists keys
   * that are array indices first, by value, then the others in the order written (position order).
   * Refs in base 36 made only of digits rank by value exactly as by position, so they need no sort.
   */
  function keyOrder (positions, refList, base36IndexKeys) {
    var count = positions.length
    var isIndex = new Uint8Array(count)
    var indexCount = 0
    for (var k = 0; k < count; k++) {
      if (refList ? isIndexKey(refList[positions[k]]) : base36IndexKeys[positions[k]] === 1) {
        isIndex[k] = 1
        indexCount++
      }
    }
    // Digit-only refs in base 36 rank by value as by position: position order unless others follow them.
    if (indexCount === 0 || (!refList && indexCount === count)) { return null }
    // Typed arrays filled in two passes: a posting of a common word has tens of thousands of refs.
    var order = new Int32Array(count)
    var at = 0
    for (k = 0; k < count; k++) { if (isIndex[k]) { order[at++] = k } }
    if (refList) {
      order.subarray(0, indexCount).sort(function (a, b) { return Number(refList[positions[a]]) - Number(refList[positions[b]]) })
    }
    for (k = 0; k < count; k++) { if (!isIndex[k]) { order[at++] = k } }
    return order
  }

  /** By position, 1 where the ref in base 36 is an array index (digits only); made once, read for every posting. */
  ShardedIndex.prototype.base36IndexKeys = function () {
    if (!this.indexKeyFlags) {
      this.indexKeyFlags = new Uint8Array(this.manifest.documents)
      for (var position = 0; position < this.manifest.documents; position++) {
        if (base36IsIndexKey(position)) { this.indexKeyFlags[position] = 1 }
      }
    }
    return this.indexKeyFlags
  }

  /** The term's lunr term index and its postings per field, decoded once; null when the index lacks the term. */
  ShardedIndex.prototype.postingsOf = function (term, refList) {
    var cached = this.decoded.get(term)
    if (cached !== undefined) { return cached }
    var shard = this.loaded[shardOf(term, this.manifest.shards)]
    var entry = shard && Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : null
    var postings = null
    if (entry) {
      postings = { index: entry[0], fields: [] }
      var base36IndexKeys = refList ? null : this.base36IndexKeys()
      for (var f = 0; f < this.manifest.fields.length; f++) { postings.fields.push(new FieldPostings(entry[f + 1], refList, base36IndexKeys)) }
    }
    this.decoded.set(term, postings)
    return postings
  }

  // ---- Sets of documents, as lunr.Set behaves -----------------------------------------------

  var COMPLETE = { complete: true }
  var EMPTY = { empty: true }

  function bitsSet (bits) { return bits ? { bits: bits } : EMPTY }

  function contains (set, position) {
    return set === COMPLETE || (set !== EMPTY && set.bits[position] === 1)
  }

  function intersect (a, b) {
    if (a === COMPLETE || b === EMPTY) { return b }
    if (a === EMPTY || b === COMPLETE) { return a }
    var bits = new Uint8Array(a.bits.length)
    for (var i = 0; i < bits.length; i++) { bits[i] = a.bits[i] & b.bits[i] }
    return { bits: bits }
  }

  function union (a, b) {
    if (a === COMPLETE || b === EMPTY) { return a }
    if (a === EMPTY || b === COMPLETE) { return b }
    var bits = a.bits.slice()
    for (var i = 0; i < bits.length; i++) { bits[i] |= b.bits[i] }
    return { bits: bits }
  }

  function addPostings (bits, postings) {
    var positions = postings.positions
    for (var k = 0; k < positions.length; k++) { bits[positions[k]] = 1 }
  }

  // ---- One query, scored as lunr.Index#query scores it ----------------------------------------

  /**
   * lunr.Index#query, step for step, over typed arrays instead of objects: the same clauses, term
   * expansion, required and prohibited sets, query vectors, walk order and floating-point operations
   * in the same order, so refs, order and scores are lunr's own. A field ref is field × documents +
   * position. What lunr spends most of its time on, a MatchData per matching field and a field vector
   * per document, is not built: a document field's dot product with the query vector is summed term
   * by term from the postings (in ascending term index, as lunr.Vector#dot sums it), and a result's
   * matchData is made only when read.
   */
  function QueryRun (index, query, clauses, allFieldRefs, refList) {
    this.index = index
    this.query = query
    this.clauses = clauses
    this.allFieldRefs = allFieldRefs
    this.refList = refList
    this.fields = index.manifest.fields
    this.documents = index.manifest.documents
    this.rank = new Int32Array(this.fields.length * this.documents)  // field ref → 1 + when lunr first met it; 0: never
    this.order = new Int32Array(this.fields.length * this.documents)  // field refs in the order lunr met them …
    this.met = 0                                                       // … up to here
    this.pairs = []                                                    // { term, field, postings } that added matches, in lunr's order
  }

  function add (a, b) { return a + b }

  QueryRun.prototype.results = function () {
    var fields = this.fields
    var documents = this.documents
    var fieldNumber = Object.create(null)
    var queryVectors = []
    for (var f = 0; f < fields.length; f++) {
      fieldNumber[fields[f]] = f
      queryVectors.push(new lunr.Vector())
    }
    var termsByIndex = new Map()
    var termFieldCache = new Set()
    var requiredMatches = new Array(fields.length)    // undefined, COMPLETE or a set, as lunr's
    var prohibitedBits = new Array(fields.length)     // a field's prohibited documents, or undefined

    for (var c = 0; c < this.clauses.length; c++) {
      var clause = this.clauses[c].clause
      var terms = this.clauses[c].terms
      var required = clause.presence === lunr.Query.presence.REQUIRED
      var prohibited = clause.presence === lunr.Query.presence.PROHIBITED
      var clauseBits = null

      for (var m = 0; m < terms.length; m++) {
        var expandedTerms = []
        for (var e = 0; e < terms[m].expanded.length; e++) {
          if (this.index.postingsOf(terms[m].expanded[e], this.refList)) { expandedTerms.push(terms[m].expanded[e]) }
        }
        if (expandedTerms.length === 0 && required) {
          for (var k = 0; k < clause.fields.length; k++) { requiredMatches[fieldNumber[clause.fields[k]]] = EMPTY }
          break
        }
        for (var j = 0; j < expandedTerms.length; j++) {
          var expandedTerm = expandedTerms[j]
          var termPostings = this.index.postingsOf(expandedTerm, this.refList)
          termsByIndex.set(termPostings.index, termPostings)
          for (k = 0; k < clause.fields.length; k++) {
            var field = clause.fields[k]
            f = fieldNumber[field]
            var postings = termPostings.fields[f]
            if (required) {
              if (!clauseBits) { clauseBits = new Uint8Array(documents) }
              addPostings(clauseBits, postings)
              if (requiredMatches[f] === undefined) { requiredMatches[f] = COMPLETE }
            }
            if (prohibited) {
              if (!prohibitedBits[f]) { prohibitedBits[f] = new Uint8Array(documents) }
              addPostings(prohibitedBits[f], postings)
              continue
            }
            queryVectors[f].upsert(termPostings.index, clause.boost, add)
            var termField = expandedTerm + '/' + field
            if (termFieldCache.has(termField)) { continue }
            this.meet(f, postings)
            this.pairs.push({ term: expandedTerm, field: f, postings: postings })
            termFieldCache.add(termField)
          }
        }
      }

      if (required) {
        var clauseMatches = bitsSet(clauseBits)
        for (k = 0; k < clause.fields.length; k++) {
          f = fieldNumber[clause.fields[k]]
          if (requiredMatches[f] === undefined) {
            // lunr reads requiredMatches[field].intersect here and fails the same way (a required term the pipeline removed).
            throw new TypeError("Cannot read properties of undefined (reading 'intersect')")
          }
          requiredMatches[f] = intersect(requiredMatches[f], clauseMatches)
        }
      }
    }

    var allRequired = COMPLETE
    var allProhibited = EMPTY
    for (f = 0; f < fields.length; f++) {
      if (requiredMatches[f]) { allRequired = intersect(allRequired, requiredMatches[f]) }
      if (prohibitedBits[f]) { allProhibited = union(allProhibited, bitsSet(prohibitedBits[f])) }
    }

    var negated = this.query.isNegated()
    if (negated) { this.meetAll() }
    var dots = negated ? null : this.dotProducts(queryVectors, termsByIndex)
    var magnitudes = queryVectors.map(function (v) { return v.magnitude() })

    // Results in the order lunr pushes them (a document's first matching field ref), scores summed in lunr's order.
    var filtered = allRequired !== COMPLETE || allProhibited !== EMPTY
    var slotOf = new Int32Array(documents)  // 1 + a document's result slot; 0: none yet
    var positions = new Int32Array(documents)
    var scores = new Float64Array(documents)
    var count = 0
    var order = this.order
    for (var i = 0; i < this.met; i++) {
      var id = order[i]
      f = (id / documents) | 0
      var position = id - f * documents
      if (filtered && (!contains(allRequired, position) || contains(allProhibited, position))) { continue }
      var score = negated ? 0 : dots[i] / magnitudes[f] || 0
      var slot = slotOf[position]
      if (slot === 0) {
        positions[count] = position
        scores[count] = score
        slotOf[position] = ++count
      } else {
        scores[slot - 1] += score
      }
    }

    this.order = null  // results keep the run for their matchData, which needs only rank and pairs
    return new RankedResults(this, positions, scores, count, negated)
  }

  /**
   * A query's results in lunr's order, made when read: a search page shows ten of tens of thousands,
   * so ranking them all and making a result object for each would be most of a query's time. The
   * first pages are picked by a partial selection in the order of the full ranking (score
   * descending, then the order lunr pushed them), so slice(0, n) is search()'s first n results.
   */
  function RankedResults (run, positions, scores, count, negated) {
    this.length = count
    this._run = run
    this._positions = positions
    this._scores = scores
    this._negated = negated
    this._ranking = null
  }

  /** Where a slice of results starts and ends, as Array#slice takes them for the non-negative bounds a page has. */
  function sliceStart (from) { return Math.max(from || 0, 0) }
  function sliceEnd (end, length) { return Math.min(end === undefined ? length : end, length) }

  /** The largest page picked without ranking every result. */
  var PARTIAL_RANKING_LIMIT = 100

  /** A promise of the results from (inclusive) to end (exclusive) of the ranking, as lunr's result objects. */
  RankedResults.prototype.slice = function (from, end) {
    return Promise.resolve(this.sliceNow(from, end))
  }

  RankedResults.prototype.sliceNow = function (from, end) {
    end = sliceEnd(end, this.length)
    from = sliceStart(from)
    var ranking = this._ranking
    if (!ranking && end > PARTIAL_RANKING_LIMIT) { ranking = this._ranking = rankByScore(this._scores, this.length) }
    var slots = ranking || topSlots(this._scores, this.length, end)
    var results = []
    for (var i = from; i < end; i++) {
      var slot = slots[i]
      results.push(new ShardedResult(this._run, this._positions[slot], this._scores[slot], this._negated))
    }
    return results
  }

  /** A promise of every result: what lunr.Index#search returns. */
  RankedResults.prototype.all = function () { return this.slice(0, this.length) }

  /**
   * The results of a single-term query (see singleTermOf), first page from the term's first-page
   * entry [count, [position, weight per field or null], …]; later pages, from allResults(), a promise
   * of the whole query's RankedResults.
   */
  function FirstPageResults (index, term, page, refList, allResults) {
    this.length = page[0]
    this._index = index
    this._term = term
    this._page = page
    this._refList = refList
    this._allResults = allResults
    this._all = null
  }

  FirstPageResults.prototype.slice = function (from, end) {
    end = sliceEnd(end, this.length)
    from = sliceStart(from)
    if (end > this._page.length - 1) {
      if (!this._all) { this._all = this._allResults() }
      return this._all.then(function (all) { return all.slice(from, end) })
    }
    var results = []
    for (var i = from; i < end; i++) { results.push(this.result(this._page[i + 1])) }
    return Promise.resolve(results)
  }

  FirstPageResults.prototype.all = function () { return this.slice(0, this.length) }

  /**
   * A result from its first-page row, as QueryRun makes it: the score is the field weights (w / 1000)
   * added in field order, the order lunr meets a document's fields in, and matchData the term in each
   * of those fields.
   */
  FirstPageResults.prototype.result = function (row) {
    var fields = this._index.manifest.fields
    var position = row[0]
    var score = 0
    var matchData = null
    for (var f = 0; f < fields.length; f++) {
      var weight = row[f + 1]
      if (weight === null) { continue }
      var fieldMatch = new lunr.MatchData(this._term, fields[f], {})
      if (matchData) {
        score += weight / 1000
        matchData.combine(fieldMatch)
      } else {
        score = weight / 1000
        matchData = fieldMatch
      }
    }
    return { ref: this._refList ? this._refList[position] : position.toString(36), score: score, matchData: matchData }
  }

  /**
   * The first k result slots of the full ranking: by descending score, equal scores in slot order.
   * One pass keeping the best k in order; a slot joins only with a score above the k-th's, because
   * at an equal score the earlier slot ranks first.
   */
  function topSlots (scores, count, k) {
    var top = new Int32Array(Math.min(k, count))
    var size = 0
    for (var slot = 0; slot < count; slot++) {
      var score = scores[slot]
      if (size === top.length && !(score > scores[top[size - 1]])) { continue }
      var i = size < top.length ? size++ : size - 1
      while (i > 0 && scores[top[i - 1]] < score) {
        top[i] = top[i - 1]
        i--
      }
      top[i] = slot
    }
    return top
  }

  /**
   * Result slots by descending score, equal scores in slot order: what lunr's stable
   * results.sort((a, b) => b.score - a.score) gives. Sorting the scores natively and then placing
   * each slot at its score's next place avoids a comparator call per comparison (several times
   * faster for tens of thousands of results).
   */
  function rankByScore (scores, count) {
    var sorted = scores.slice(0, count).sort()           // ascending, numerically
    var next = new Map()                                 // score → its next place in the ranking
    var place = 0
    for (var i = count - 1; i >= 0; i--) {
      if (i === count - 1 || sorted[i] !== sorted[i + 1]) { next.set(sorted[i], place) }
      place++
    }
    var ranking = new Uint32Array(count)
    for (i = 0; i < count; i++) {
      var at = next.get(scores[i])
      ranking[at] = i
      next.set(scores[i], at + 1)
    }
    return ranking
  }

  /** Records the field refs of postings lunr has not met yet, in the order lunr's walk meets them. */
  QueryRun.prototype.meet = function (f, postings) {
    var base = f * this.documents
    var positions = postings.positions
    var keyOrder = postings.keyOrder
    var rank = this.rank
    var order = this.order
    var met = this.met
    for (var k = 0; k < positions.length; k++) {
      var id = base + positions[keyOrder ? keyOrder[k] : k]
      if (rank[id] === 0) {
        order[met] = id
        rank[id] = ++met
      }
    }
    this.met = met
  }

  /** A negated query walks every field ref of the index, in index order. */
  QueryRun.prototype.meetAll = function () {
    var fieldNumber = Object.create(null)
    this.fields.forEach(function (field, f) { fieldNumber[field] = f })
    var positionOf = null
    if (this.refList) {
      positionOf = new Map()
      this.refList.forEach(function (ref, position) { positionOf.set(ref, position) })
    }
    this.met = 0
    for (var i = 0; i < this.allFieldRefs.length; i++) {
      var fieldRef = lunr.FieldRef.fromString(this.allFieldRefs[i])
      var position = positionOf ? positionOf.get(fieldRef.docRef) : parseInt(fieldRef.docRef, 36)
      this.order[this.met++] = fieldNumber[fieldRef.fieldName] * this.documents + position
    }
  }

  /**
   * Every met field ref's dot product with its field's query vector, by the order lunr met them in,
   * summed as lunr.Vector#dot sums it: by ascending term index. Every posting of a query-vector term
   * was met when the term was added, so each has a rank.
   */
  QueryRun.prototype.dotProducts = function (queryVectors, termsByIndex) {
    var documents = this.documents
    var rank = this.rank
    var dots = new Float64Array(this.met)
    for (var f = 0; f < queryVectors.length; f++) {
      var elements = queryVectors[f].elements
      var base = f * documents
      for (var e = 0; e < elements.length; e += 2) {
        var postings = termsByIndex.get(elements[e]).fields[f]
        var value = elements[e + 1]
        var positions = postings.positions
        var weights = postings.weights
        for (var k = 0; k < positions.length; k++) { dots[rank[base + positions[k]] - 1] += value * weights[k] }
      }
    }
    return dots
  }

  /** What lunr's MatchData for a result holds: its field refs' matches, combined in the order lunr met them. */
  QueryRun.prototype.matchDataOf = function (position, negated) {
    if (negated) { return new lunr.MatchData() }
    var ids = []
    for (var f = 0; f < this.fields.length; f++) {
      var id = f * this.documents + position
      if (this.rank[id] !== 0) { ids.push(id) }
    }
    var rank = this.rank
    ids.sort(function (a, b) { return rank[a] - rank[b] })
    var combined = null
    for (var i = 0; i < ids.length; i++) {
      var field = (ids[i] / this.documents) | 0
      var fieldMatch = null
      for (var p = 0; p < this.pairs.length; p++) {
        var pair = this.pairs[p]
        if (pair.field !== field || !pair.postings.has(position)) { continue }
        if (fieldMatch) {
          fieldMatch.add(pair.term, this.fields[field], {})
        } else {
          fieldMatch = new lunr.MatchData(pair.term, this.fields[field], {})
        }
      }
      if (combined) { combined.combine(fieldMatch) } else { combined = fieldMatch }
    }
    return combined
  }

  /** A search result as lunr's: ref, score and matchData (made when first read: most results are never shown). */
  function ShardedResult (run, position, score, negated) {
    this.ref = run.refList ? run.refList[position] : position.toString(36)
    this.score = score
    this._run = run
    this._position = position
    this._negated = negated
    this._matchData = null
  }

  Object.defineProperty(ShardedResult.prototype, 'matchData', {
    get: function () {
      if (!this._matchData) { this._matchData = this._run.matchDataOf(this._position, this._negated) }
      return this._matchData
    }
  })

  /** Opens the sharded index at baseUrl (ending with '/'). */
  function open (baseUrl, fetchJson) {
    var get = fetchJson || defaultFetchJson
    return get(baseUrl + 'manifest.json').then(function (result) {
      var manifest = result && result.json !== undefined ? result.json : result
      var index = new ShardedIndex(baseUrl, get, manifest)
      if (result && result.bytes) { index.stats.bytes += result.bytes }
      return index
    })
  }

  lunr.sharded = { open: open, shardOf: shardOf }
  return lunr.sharded
})
