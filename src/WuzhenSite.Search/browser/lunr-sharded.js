/*!
 * lunr-sharded.js — searches an index written by WuzhenSite.Search's ShardedIndexWriter (lunr.js 2.3.9).
 *
 * A sharded index is a manifest plus shards holding, per term, its lunr term index and, per
 * field, its postings: document positions as ascending differences, then weights in thousandths
 * (lunr rounds weights to three decimals, so w / 1000 is lunr's own number). Refs are the
 * positions in base 36 unless the manifest names a ref list. For a query this script fetches only the shards of the query's
 * terms (the term list too, for wildcard and fuzzy terms), rebuilds a lunr.Index holding just
 * those terms, and calls lunr's own search on it. lunr scores a document field by the query
 * vector's dot product with the field vector, divided by the query vector's magnitude; both only
 * involve the query's terms, so the small index gives the same refs, order and scores as the
 * whole one.
 *
 * Browser:  <script src="lunr.js"></script><script src="lunr-cjk.js"></script><script src="lunr-sharded.js"></script>
 *           lunr.sharded.open('/en/search/index/').then(function (index) { return index.search('silk road') })
 * Node:     require('./lunr-sharded.js')(lunr); lunr.sharded.open(folder, readJson)
 *
 * open(baseUrl, fetchJson?) — baseUrl ends with '/'; fetchJson(url) returns a promise of the parsed
 * JSON (default: window.fetch). The returned object has search(query) → promise of lunr results,
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
    this.loaded = Object.create(null)      // shard number → its terms, once fetched
    this.termList = null                   // promise of the sorted term list
    this.fullTokenSet = null
    this.fieldRefs = null                  // promise of every field ref, in index order
    this.refList = null                    // promise of every document ref by position, when refs are not base 36
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

  /** The terms each clause looks up after the pipeline, and whether any needs the whole term list. */
  ShardedIndex.prototype.clauseTerms = function (query) {
    var wanted = []
    var needsTermList = false
    for (var i = 0; i < query.clauses.length; i++) {
      var clause = query.clauses[i]
      var terms = clause.usePipeline ? this.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term]
      for (var j = 0; j < terms.length; j++) {
        var expands = clause.editDistance > 0 || terms[j].indexOf(lunr.Query.wildcard) >= 0
        // The clause as lunr.Index#query hands it to TokenSet.fromClause: the same object, with this term.
        var copy = {}
        for (var key in clause) { copy[key] = clause[key] }
        copy.term = terms[j]
        wanted.push({ clause: copy, expands: expands })
        if (expands) { needsTermList = true }
      }
    }
    return { wanted: wanted, needsTermList: needsTermList }
  }

  ShardedIndex.prototype.search = function (queryString) {
    var self = this
    return new Promise(function (resolve) { resolve(self.parse(queryString)) }).then(function (query) {
      var plan = self.clauseTerms(query)
      return (plan.needsTermList ? self.terms() : Promise.resolve(null)).then(function () {
        var terms = Object.create(null)
        plan.wanted.forEach(function (w) {
          if (w.expands) {
            self.fullTokenSet.intersect(lunr.TokenSet.fromClause(w.clause)).toArray().forEach(function (t) { terms[t] = true })
          } else {
            terms[w.clause.term] = true
          }
        })
        var names = Object.keys(terms)
        var numbers = Object.create(null)
        names.forEach(function (t) { numbers[shardOf(t, self.manifest.shards)] = true })
        var loads = Object.keys(numbers).map(function (n) { return self.shard(n) })
        loads.push(query.isNegated() ? self.allFieldRefs() : Promise.resolve(null))
        loads.push(self.documentRefs())
        return Promise.all(loads).then(function (loaded) {
          var refList = loaded.pop()
          var fieldRefs = loaded.pop()
          var index = self.partialIndex(names, fieldRefs, refList)
          return index.search(queryString)
        })
      })
    })
  }

  /** A lunr.Index holding the given terms (those the index has), their postings and the field-vector entries of those terms. */
  ShardedIndex.prototype.partialIndex = function (names, allFieldRefs, refList) {
    var fields = this.manifest.fields
    var invertedIndex = Object.create(null)
    var found = []
    for (var n = 0; n < names.length; n++) {
      var shard = this.loaded[shardOf(names[n], this.manifest.shards)]
      if (shard && Object.prototype.hasOwnProperty.call(shard, names[n])) { found.push([names[n], shard[names[n]]]) }
    }
    // Terms in ascending term index: each field vector then receives its elements already in
    // lunr's order (a vector is sorted by term index), so no per-vector sort is needed.
    found.sort(function (a, b) { return a[1][0] - b[1][0] })

    var elements = Object.create(null)     // field ref → flat [termIndex, weight, …]
    var present = []
    for (var t = 0; t < found.length; t++) {
      var term = found[t][0]
      var entry = found[t][1]
      present.push(term)
      var termIndex = entry[0]
      var posting = { _index: termIndex }
      for (var f = 0; f < fields.length; f++) {
        var list = entry[f + 1]
        var count = list.length / 2
        var prefix = fields[f] + '/'
        // No prototype: a ref such as "__proto__" must become a key, as it does when JSON.parse reads a whole index.
        // Added in ascending position, the refs take lunr's serialised order (JavaScript puts array-index keys first).
        var refs = Object.create(null)
        var position = 0
        for (var k = 0; k < count; k++) {
          position += list[k]
          var ref = refList ? refList[position] : position.toString(36)
          refs[ref] = {}
          var fieldRef = prefix + ref
          var flat = elements[fieldRef]
          if (flat === undefined) { elements[fieldRef] = flat = [] }
          flat.push(termIndex, list[count + k] / 1000)
        }
        posting[fields[f]] = refs
      }
      invertedIndex[term] = posting
    }

    var fieldVectors = Object.create(null)
    var keys = allFieldRefs || Object.keys(elements)
    for (var i = 0; i < keys.length; i++) {
      fieldVectors[keys[i]] = new lunr.Vector(elements[keys[i]] || [])
    }

    present.sort()
    return new lunr.Index({
      invertedIndex: invertedIndex,
      fieldVectors: fieldVectors,
      tokenSet: this.fullTokenSet || lunr.TokenSet.fromArray(present),
      fields: fields,
      pipeline: this.pipeline
    })
  }

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
