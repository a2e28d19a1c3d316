/*!
 * lunr-sharded.js — searches an index written by WuzhenSite.Search's ShardedIndexWriter (lunr.js 2.3.9).
 *
 * A sharded index is a manifest plus binary shards holding, per term, its lunr term index and,
 * per field, its postings: document numbers as ascending differences (varints), and weights in
 * thousandths, whole or as byte planes (lunr rounds weights to three decimals, so w / 1000 is
 * lunr's own number), read into typed arrays (ShardEncoder in WuzhenSite.Search describes the bytes). Documents are
 * numbered in the order Object.keys lists lunr's refs (array-index refs first, by value, then the
 * others by position), the order lunr walks a posting in. Refs are the positions in base 36 unless
 * the manifest names a ref list (by number). A term is in shard fnv1a(term) mod shards unless the
 * manifest's ownShards gives it a shard of its own. For a query this script fetches only the
 * shards of the query's terms (the term list too, for wildcard and fuzzy terms) and runs
 * lunr.Index#query's algorithm over them with typed arrays. lunr scores a document field by the
 * query vector's dot product with the field vector, divided by the query vector's magnitude; both
 * only involve the query's terms, so a term's weights are all the score needs, and the results are
 * lunr's: the same refs, order and scores as lunr.Index.load(whole index).search(query). Query
 * parsing, the search pipeline and term expansion are lunr's own code.
 *
 * Browser:  <script src="lunr.js"></script><script src="lunr-cjk.js"></script><script src="lunr-sharded.js"></script>
 *           lunr.sharded.open('/en/search/index/').then(function (index) { return index.search('silk road') })
 * Node:     require('./lunr-sharded.js')(lunr); lunr.sharded.open(folder, readFile)
 *
 * A query of one term over every field (the most common query: a word) needs none of its postings
 * for its first page: first/N.json holds, per term hashed to shard N, how many documents it finds and its
 * first ten results with their weights per field, ranked at build time as lunr ranks them. ranked()
 * answers that page from them, and fetches the shard only for later pages.
 *
 * open(baseUrl, fetchFile?) — baseUrl ends with '/'; fetchFile(url, type) returns a promise of the
 * parsed JSON (type 'json') or an ArrayBuffer (type 'binary'), or of { body, bytes } to have the
 * bytes counted (default: window.fetch). The returned object has search(query) → promise of lunr
 * results, ranked(query) → promise of the same results made when read ({ length, slice(from, end)
 * and all(), each a promise: a page of ten costs no more than ten, and the first page of a word no
 * postings), and stats { requests, bytes }.
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

  function defaultFetchFile (url, type) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { throw new Error(url + ': HTTP ' + response.status) }
      return type === 'binary' ? response.arrayBuffer() : response.text()
    }).then(function (body) {
      return typeof body === 'string' ? { body: JSON.parse(body), bytes: body.length } : { body: body, bytes: body.byteLength }
    })
  }

  function ShardedIndex (baseUrl, fetchFile, manifest) {
    this.baseUrl = baseUrl
    this.fetchFile = fetchFile
    this.manifest = manifest
    this.ownShards = manifest.ownShards || {}
    this.pipeline = lunr.Pipeline.load(manifest.pipeline)
    this.shards = Object.create(null)      // shard number → promise of its ShardFile
    this.firstPageFiles = Object.create(null)  // shard number → promise of its terms' first pages
    this.loaded = Object.create(null)      // shard number → its ShardFile, once fetched
    this.termList = null                   // promise of the sorted term list
    this.fullTokenSet = null
    this.fieldRefs = null                  // promise of every field ref, in index order
    this.refList = null                    // promise of every document ref by number, when refs are not base 36
    this.decoded = new Map()               // term → its decoded postings (null: not in the index)
    this.base36 = null                     // see Base36Refs
    this.numberOfRef = null                // ref → document number, for queries that walk every field ref
    this.stats = { requests: 1, bytes: 0 }
  }

  /** The file's parsed JSON, or its bytes as an ArrayBuffer when type is 'binary'. */
  ShardedIndex.prototype.get = function (file, type) {
    var self = this
    self.stats.requests++
    return self.fetchFile(self.baseUrl + file, type || 'json').then(function (result) {
      if (result && result.body !== undefined) {
        self.stats.bytes += result.bytes || 0
        return result.body
      }
      return result
    })
  }

  /** The shard a term is in: its own, when the manifest names one, or the one its hash picks. */
  ShardedIndex.prototype.shardNumber = function (term) {
    return Object.prototype.hasOwnProperty.call(this.ownShards, term) ? this.ownShards[term] : shardOf(term, this.manifest.shards)
  }

  ShardedIndex.prototype.shard = function (number) {
    var self = this
    if (!self.shards[number]) {
      self.shards[number] = self.get(self.manifest.shardFiles + number + '.bin', 'binary').then(function (buffer) {
        self.loaded[number] = new ShardFile(buffer)
        return self.loaded[number]
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

  /** The document refs by number, or null when a ref is its position in base 36. */
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

  /** The ranked results of a lunr.Query built by the caller (lunr-phrases.js adds clauses to a parsed one). */
  ShardedIndex.prototype.rankQuery = function (query) {
    return this.rankParsed(query, false)
  }

  ShardedIndex.prototype.rank = function (queryString, fromFirstPage) {
    var self = this
    return new Promise(function (resolve) { resolve(self.parse(queryString)) }).then(function (query) {
      return self.rankParsed(query, fromFirstPage)
    })
  }

  ShardedIndex.prototype.rankParsed = function (query, fromFirstPage) {
    var self = this
    return Promise.resolve().then(function () {
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
          var number = self.shardNumber(t)
          if (!termsOfShard[number]) { termsOfShard[number] = [] }
          termsOfShard[number].push(t)
        })
      })
    })
    var refs = self.documentRefs()
    var loads = Object.keys(termsOfShard).map(function (n) {
      // A shard's terms are decoded as soon as it arrives, while the other shards are still on their way.
      return Promise.all([self.shard(n), refs]).then(function (loaded) {
        termsOfShard[n].forEach(function (t) { self.postingsOf(t) })
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

  /** Reads an unsigned varint (7 bits a byte, low bits first) at reader.at, moving past it. */
  function readVarint (bytes, reader) {
    var value = 0
    var shift = 0
    var b
    do {
      b = bytes[reader.at++]
      value += (b & 127) * Math.pow(2, shift)
      shift += 7
    } while (b & 128)
    return value
  }

  /**
   * A shard's bytes (see ShardEncoder in WuzhenSite.Search): where each term's postings and weights
   * start, read from the header when the shard arrives; a term's postings are decoded when a query
   * asks for them.
   */
  function ShardFile (buffer) {
    var bytes = new Uint8Array(buffer)
    this.bytes = bytes
    this.weightsStart = new DataView(buffer).getUint32(0, true)
    this.width = bytes[4]                                                // 2 or 4 bytes a weight …
    this.planes = bytes[5] === 1                                         // … as byte planes, or whole numbers
    this.weightCount = (bytes.length - this.weightsStart) / this.width
    this.terms = new Map()  // term → { index, at: where its field postings start, weightAt: its first weight }
    var reader = { at: 6 }
    var weightAt = 0
    var count = readVarint(bytes, reader)
    for (var t = 0; t < count; t++) {
      var length = readVarint(bytes, reader)
      var units = new Array(length)
      for (var u = 0; u < length; u++) { units[u] = readVarint(bytes, reader) }
      var term = String.fromCharCode.apply(null, units)
      var index = readVarint(bytes, reader)
      var byteLength = readVarint(bytes, reader)
      var postings = readVarint(bytes, reader)
      this.terms.set(term, { index: index, at: reader.at, weightAt: weightAt })
      reader.at += byteLength
      weightAt += postings
    }
  }

  /** The term's lunr term index and its postings per field, or null when the shard lacks it. */
  ShardFile.prototype.postings = function (term, fieldCount) {
    var entry = this.terms.get(term)
    if (!entry) { return null }
    var bytes = this.bytes
    var reader = { at: entry.at }
    // Byte b of weight i is at weightsStart + b × step + i × width: step is the plane size, or 1.
    var width = this.width
    var step = this.planes ? this.weightCount : 1
    var stride = this.planes ? 1 : width
    var weightAt = this.weightsStart + entry.weightAt * stride
    var wide = width === 4
    var fields = []
    for (var f = 0; f < fieldCount; f++) {
      var count = readVarint(bytes, reader)
      var documents = new Int32Array(count)
      var weights = wide ? new Int32Array(count) : new Uint16Array(count)
      var at = reader.at
      var document = 0
      for (var k = 0; k < count; k++) {
        var w = weightAt + k * stride
        weights[k] = wide
          ? bytes[w] | (bytes[w + step] << 8) | (bytes[w + 2 * step] << 16) | (bytes[w + 3 * step] << 24)
          : bytes[w] | (bytes[w + step] << 8)
        // Most differences fit one byte (a common word is in nearly every document): that case first.
        var b = bytes[at++]
        if (b < 128) {
          document += b
        } else {
          var difference = b & 127
          var shift = 7
          do {
            b = bytes[at++]
            difference += (b & 127) * Math.pow(2, shift)
            shift += 7
          } while (b & 128)
          document += difference
        }
        documents[k] = document
      }
      reader.at = at
      fields.push(new FieldPostings(documents, weights))
      weightAt += count * stride
    }
    return { index: entry.index, fields: fields }
  }

  /**
   * A term's postings in one field: document numbers ascending (the order lunr walks them in) and
   * their weights in thousandths (lunr's number is w / 1000).
   */
  function FieldPostings (documents, weights) {
    this.documents = documents
    this.weights = weights
  }

  /** Whether the document numbered document is in these postings. */
  FieldPostings.prototype.has = function (document) {
    var documents = this.documents
    var low = 0
    var high = documents.length - 1
    while (low <= high) {
      var middle = (low + high) >>> 1
      var value = documents[middle]
      if (value === document) { return true }
      if (value < document) { low = middle + 1 } else { high = middle - 1 }
    }
    return false
  }

  /**
   * Document numbers and refs when a ref is its position in base 36. Refs made only of decimal digits
   * are array indices and come first in key order, by value; read as decimal numbers they are 0, 1,
   * 2, … in the order of their positions, so number n < indexKeys is the position whose base 36 is n's
   * decimal digits, and the other numbers follow the other positions in order.
   */
  function Base36Refs (documents) {
    this.documents = documents
    this.indexKeys = digitOnlyBelow(documents)
  }

  /** How many positions below limit have only decimal digits in base 36: the m whose digits, read in base 36, are below limit. */
  function digitOnlyBelow (limit) {
    var low = 0
    var high = limit
    while (low < high) {
      var middle = Math.floor((low + high) / 2)
      if (parseInt(String(middle), 36) < limit) { low = middle + 1 } else { high = middle }
    }
    return low
  }

  Base36Refs.prototype.refOf = function (number) {
    if (number < this.indexKeys) { return number.toString() }
    // The position p whose base 36 has a letter and that has number - indexKeys such positions before it.
    var others = number - this.indexKeys
    var low = 0
    var high = this.documents - 1
    while (low < high) {
      var middle = Math.floor((low + high) / 2)
      if (middle + 1 - digitOnlyBelow(middle + 1) > others) { high = middle } else { low = middle + 1 }
    }
    return low.toString(36)
  }

  /** By position, the document's number: one pass, for the rare query that walks every field ref. */
  Base36Refs.prototype.numbers = function () {
    var numbers = new Int32Array(this.documents)
    var indexKeys = 0
    var others = this.indexKeys
    for (var position = 0; position < this.documents; position++) {
      numbers[position] = /^[0-9]+$/.test(position.toString(36)) ? indexKeys++ : others++
    }
    return numbers
  }

  /** By document number, the document's position (its base-36 ref's value): made once, in one pass. */
  ShardedIndex.prototype.positionsByNumber = function () {
    if (!this._positionsByNumber) {
      if (!this.base36) { this.base36 = new Base36Refs(this.manifest.documents) }
      var numbers = this.base36.numbers()
      var positions = new Int32Array(numbers.length)
      for (var position = 0; position < numbers.length; position++) { positions[numbers[position]] = position }
      this._positionsByNumber = positions
    }
    return this._positionsByNumber
  }

  /** The ref of the document numbered number. */
  ShardedIndex.prototype.refOf = function (number, refList) {
    if (refList) { return refList[number] }
    if (!this.base36) { this.base36 = new Base36Refs(this.manifest.documents) }
    return this.base36.refOf(number)
  }

  /** Ref → document number, for every document. */
  ShardedIndex.prototype.documentNumbers = function (refList) {
    if (!this.numberOfRef) {
      var map = this.numberOfRef = new Map()
      if (refList) {
        refList.forEach(function (ref, number) { map.set(ref, number) })
      } else {
        if (!this.base36) { this.base36 = new Base36Refs(this.manifest.documents) }
        this.base36.numbers().forEach(function (number, position) { map.set(position.toString(36), number) })
      }
    }
    return this.numberOfRef
  }

  /** The term's lunr term index and its postings per field, decoded once; null when the index lacks the term. */
  ShardedIndex.prototype.postingsOf = function (term) {
    var cached = this.decoded.get(term)
    if (cached !== undefined) { return cached }
    var shard = this.loaded[this.shardNumber(term)]
    var postings = shard ? shard.postings(term, this.manifest.fields.length) : null
    this.decoded.set(term, postings)
    return postings
  }

  // ---- Sets of documents, as lunr.Set behaves -----------------------------------------------

  var COMPLETE = { complete: true }
  var EMPTY = { empty: true }

  function bitsSet (bits) { return bits ? { bits: bits } : EMPTY }

  function contains (set, document) {
    return set === COMPLETE || (set !== EMPTY && set.bits[document] === 1)
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
    var documents = postings.documents
    for (var k = 0; k < documents.length; k++) { bits[documents[k]] = 1 }
  }

  // ---- One query, scored as lunr.Index#query scores it ----------------------------------------

  /**
   * lunr.Index#query, step for step, over typed arrays instead of objects: the same clauses, term
   * expansion, required and prohibited sets, query vectors, walk order and floating-point operations
   * in the same order, so refs, order and scores are lunr's own. What lunr spends most of its time
   * on, a MatchData per matching field and a field vector per document, is not built: a document
   * field's dot product with the query vector is summed term by term from the postings (in ascending
   * term index, as lunr.Vector#dot sums it), and a result's matchData is made only when read.
   *
   * lunr meets field refs pair by pair, a pair being an (expanded term, field) whose postings it walks
   * (in document number order: key order), and pushes a document's result at its first field ref,
   * adding each later one's score to it. So a document's results come in the order of (the pair its
   * first field ref was met in, its number), and its score is its fields' scores added in the order of
   * the pairs they were first met in: both follow from one walk of the pairs, once every dot product
   * is known, with arrays indexed by document number.
   */
  function QueryRun (index, query, clauses, allFieldRefs, refList) {
    this.index = index
    this.query = query
    this.clauses = clauses
    this.allFieldRefs = allFieldRefs
    this.refList = refList
    this.fields = index.manifest.fields
    this.documents = index.manifest.documents
    this.pairs = []      // { term, field, postings } that added matches, in lunr's order
    this.firstPair = []  // by field: by document, 1 + the pair its field ref was first met in; 0: never (absent: field not met)
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
          if (this.index.postingsOf(terms[m].expanded[e])) { expandedTerms.push(terms[m].expanded[e]) }
        }
        if (expandedTerms.length === 0 && required) {
          for (var k = 0; k < clause.fields.length; k++) { requiredMatches[fieldNumber[clause.fields[k]]] = EMPTY }
          break
        }
        for (var j = 0; j < expandedTerms.length; j++) {
          var expandedTerm = expandedTerms[j]
          var termPostings = this.index.postingsOf(expandedTerm)
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

    var filtered = allRequired !== COMPLETE || allProhibited !== EMPTY
    var results = { numbers: new Int32Array(documents), scores: new Float64Array(documents), count: 0, slotOf: new Int32Array(documents) }
    var negated = this.query.isNegated()
    if (negated) {
      this.walkEveryFieldRef(results, filtered, allRequired, allProhibited)
    } else {
      var dots = this.dotProducts(queryVectors, termsByIndex)
      var magnitudes = queryVectors.map(function (v) { return v.magnitude() })
      this.walkPairs(results, dots, magnitudes, filtered, allRequired, allProhibited)
    }
    return new RankedResults(this, results.numbers, results.scores, results.count, negated)
  }

  /**
   * Pushes results and adds their scores as lunr does: the pairs in order, each field ref when first met
   * (in a pair's document order), its score the field's dot product divided by the query vector's magnitude.
   */
  QueryRun.prototype.walkPairs = function (results, dots, magnitudes, filtered, allRequired, allProhibited) {
    var numbers = results.numbers
    var scores = results.scores
    var slotOf = results.slotOf
    var count = results.count
    for (var p = 0; p < this.pairs.length; p++) {
      var f = this.pairs[p].field
      var firstPair = this.firstPair[f] || (this.firstPair[f] = new Int32Array(this.documents))
      var pairDocuments = this.pairs[p].postings.documents
      var fieldDots = dots[f]
      var magnitude = magnitudes[f]
      for (var k = 0; k < pairDocuments.length; k++) {
        var document = pairDocuments[k]
        if (firstPair[document] !== 0) { continue }
        firstPair[document] = p + 1
        if (filtered && (!contains(allRequired, document) || contains(allProhibited, document))) { continue }
        var score = fieldDots[document] / magnitude || 0
        var slot = slotOf[document]
        if (slot === 0) {
          numbers[count] = document
          scores[count] = score
          slotOf[document] = ++count
        } else {
          scores[slot - 1] += score
        }
      }
    }
    results.count = count
  }

  /** A query of nothing but prohibited terms: lunr walks every field ref of the index, in index order, each scoring 0. */
  QueryRun.prototype.walkEveryFieldRef = function (results, filtered, allRequired, allProhibited) {
    var numberOf = this.index.documentNumbers(this.refList)
    for (var i = 0; i < this.allFieldRefs.length; i++) {
      var document = numberOf.get(lunr.FieldRef.fromString(this.allFieldRefs[i]).docRef)
      if (filtered && (!contains(allRequired, document) || contains(allProhibited, document))) { continue }
      if (results.slotOf[document] === 0) {
        results.numbers[results.count] = document
        results.slotOf[document] = ++results.count
      }
    }
  }

  /**
   * A query's results in lunr's order, made when read: a search page shows ten of tens of thousands,
   * so ranking them all and making a result object for each would be most of a query's time. The
   * first pages are picked by a partial selection in the order of the full ranking (score
   * descending, then the order lunr pushed them), so slice(0, n) is search()'s first n results.
   */
  function RankedResults (run, documents, scores, count, negated) {
    this.length = count
    this._run = run
    this._documents = documents
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
      results.push(new ShardedResult(this._run, this._documents[slot], this._scores[slot], this._negated))
    }
    return results
  }

  /** A promise of every result: what lunr.Index#search returns. */
  RankedResults.prototype.all = function () { return this.slice(0, this.length) }

  /**
   * The results whose document keep accepts, ranked as these are (lunr-phrases.js keeps the documents
   * where a phrase stands): the kept ones keep the order they were created in, so equal scores still
   * come in lunr's order, and no result object is made for a document left out. keep is given the
   * document's position (the ref read in base 36) when refs are positions, as a site's are, and its
   * ref otherwise.
   */
  RankedResults.prototype.filter = function (keep) {
    var run = this._run
    var positions = run.refList ? null : run.index.positionsByNumber()
    // Typed as the run's own arrays are: rankByScore sorts the scores numerically.
    var documents = new Uint32Array(this.length)
    var scores = new Float64Array(this.length)
    var count = 0
    for (var slot = 0; slot < this.length; slot++) {
      var document = this._documents[slot]
      if (keep(positions ? positions[document] : run.index.refOf(document, run.refList))) {
        documents[count] = document
        scores[count++] = this._scores[slot]
      }
    }
    return new RankedResults(run, documents, scores, count, this._negated)
  }

  /**
   * The results of a single-term query (see singleTermOf), first page from the term's first-page
   * entry [count, [document number, weight per field or null], …]; later pages, from allResults(), a promise
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
    var document = row[0]
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
    return { ref: this._index.refOf(document, this._refList), score: score, matchData: matchData }
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

  /**
   * By field, every document's dot product with the field's query vector (null for fields the query
   * does not search), summed as lunr.Vector#dot sums it: by ascending term index.
   */
  QueryRun.prototype.dotProducts = function (queryVectors, termsByIndex) {
    var dots = []
    for (var f = 0; f < queryVectors.length; f++) {
      var elements = queryVectors[f].elements
      var fieldDots = elements.length > 0 ? new Float64Array(this.documents) : null
      for (var e = 0; e < elements.length; e += 2) {
        var postings = termsByIndex.get(elements[e]).fields[f]
        var value = elements[e + 1]
        var numbers = postings.documents
        var weights = postings.weights
        // Weights in thousandths: w / 1000 is lunr's number, multiplied as lunr.Vector#dot multiplies it.
        for (var k = 0; k < numbers.length; k++) { fieldDots[numbers[k]] += value * (weights[k] / 1000) }
      }
      dots.push(fieldDots)
    }
    return dots
  }

  /** What lunr's MatchData for a result holds: its field refs' matches, combined in the order lunr met them. */
  QueryRun.prototype.matchDataOf = function (document, negated) {
    if (negated) { return new lunr.MatchData() }
    // The document's field refs in the order lunr met them: by the pair each was first met in.
    var fields = []
    for (var f = 0; f < this.fields.length; f++) {
      if (this.firstPair[f] && this.firstPair[f][document] !== 0) { fields.push(f) }
    }
    var firstPair = this.firstPair
    fields.sort(function (a, b) { return firstPair[a][document] - firstPair[b][document] })
    var combined = null
    for (var i = 0; i < fields.length; i++) {
      var field = fields[i]
      var fieldMatch = null
      for (var p = 0; p < this.pairs.length; p++) {
        var pair = this.pairs[p]
        if (pair.field !== field || !pair.postings.has(document)) { continue }
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
  function ShardedResult (run, document, score, negated) {
    this.ref = run.index.refOf(document, run.refList)
    this.score = score
    this._run = run
    this._document = document
    this._negated = negated
    this._matchData = null
  }

  Object.defineProperty(ShardedResult.prototype, 'matchData', {
    get: function () {
      if (!this._matchData) { this._matchData = this._run.matchDataOf(this._document, this._negated) }
      return this._matchData
    }
  })

  // ---- Warming up ---------------------------------------------------------------------------

  /** Appends value as an unsigned varint. */
  function pushVarint (bytes, value) {
    while (value >= 128) {
      bytes.push((value & 127) | 128)
      value = Math.floor(value / 128)
    }
    bytes.push(value)
  }

  /**
   * A made-up shard for warmUp, in ShardEncoder's layout with 16-bit weights (two byte planes): each word, its term index its
   * place in words, in every field, in every first, second or third document from its place on.
   */
  function madeUpShard (words, fieldCount, documents) {
    var head = []
    var postings = []
    var weights = []
    pushVarint(head, words.length)
    words.forEach(function (word, t) {
      pushVarint(head, word.length)
      for (var u = 0; u < word.length; u++) { pushVarint(head, word.charCodeAt(u)) }
      pushVarint(head, t)
      postings.length = 0
      var count = 0
      for (var f = 0; f < fieldCount; f++) {
        var step = 1 + ((t + f) % 3)
        pushVarint(postings, Math.ceil((documents - t) / step))
        for (var d = t; d < documents; d += step) {
          pushVarint(postings, d === t ? t : step)
          weights.push(100 + ((d * 7 + f) % 2000))
          count++
        }
      }
      pushVarint(head, postings.length)
      pushVarint(head, count)
      for (var k = 0; k < postings.length; k++) { head.push(postings[k]) }
    })
    var weightsStart = 6 + head.length
    var buffer = new ArrayBuffer(weightsStart + 2 * weights.length)
    new DataView(buffer).setUint32(0, weightsStart, true)
    var bytes = new Uint8Array(buffer)
    bytes[4] = 2
    bytes[5] = 1
    bytes.set(head, 6)
    for (var i = 0; i < weights.length; i++) {
      bytes[weightsStart + i] = weights[i] & 255
      bytes[weightsStart + weights.length + i] = weights[i] >> 8
    }
    return buffer
  }

  /** How many documents the made-up index of warmUp has, how many times its query runs, and its words. */
  var WARM_UP_DOCUMENTS = 2000
  var WARM_UP_ROUNDS = 2
  var WARM_UP_WORDS = ['warm', 'up', 'search']

  /**
   * The made-up index of warmUp with the given fields, for warming up this file's code and
   * lunr-phrases.js's: { words, documents, create() }, create making a fresh sharded index (nothing
   * fetched or decoded yet) over one made-up shard held in memory (madeUpShard).
   */
  function madeUpIndex (fields) {
    var shard = madeUpShard(WARM_UP_WORDS, fields.length, WARM_UP_DOCUMENTS)
    var manifest = { fields: fields, pipeline: [], shards: 1, shardFiles: '', documents: WARM_UP_DOCUMENTS, refs: 'base36', ownShards: {} }
    var fromMemory = function () { return Promise.resolve(shard.slice(0)) }
    return {
      words: WARM_UP_WORDS,
      documents: WARM_UP_DOCUMENTS,
      create: function () { return new ShardedIndex('', fromMemory, manifest) }
    }
  }

  /**
   * Runs a made-up query of three words over a made-up index held in memory, a few times, so that a page's
   * first real search runs parsing, decoding and scoring code the JavaScript engine has already compiled.
   * Without it that search spends most of its scoring in the engine's slowest tiers: a common word has a
   * hundred thousand postings, walked once each by code run for the first time. Costs a few milliseconds
   * and no request. Returns a promise of how many results the made-up query found (all its documents).
   */
  ShardedIndex.prototype.warmUp = function () {
    var madeUp = madeUpIndex(this.manifest.fields)
    var round = function (left, found) {
      if (left === 0) { return Promise.resolve(found) }
      var index = madeUp.create()
      return index.rank(madeUp.words.join(' '), false).then(function (ranked) {
        return ranked.slice(0, 10).then(function (results) {
          results.forEach(function (r) { return r.matchData })
          return round(left - 1, ranked.length)
        })
      })
    }
    return round(WARM_UP_ROUNDS, 0)
  }

  /** Opens the sharded index at baseUrl (ending with '/'). */
  function open (baseUrl, fetchFile) {
    var get = fetchFile || defaultFetchFile
    return get(baseUrl + 'manifest.json', 'json').then(function (result) {
      var manifest = result && result.body !== undefined ? result.body : result
      var index = new ShardedIndex(baseUrl, get, manifest)
      if (result && result.bytes) { index.stats.bytes += result.bytes }
      return index
    })
  }

  // Base36Refs is exported for tests: document numbers and refs must agree with Object.keys. madeUpIndex
  // and pushVarint serve lunr-phrases.js's warm-up.
  lunr.sharded = { open: open, shardOf: shardOf, Base36Refs: Base36Refs, madeUpIndex: madeUpIndex, pushVarint: pushVarint }
  return lunr.sharded
})
