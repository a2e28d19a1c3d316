// Equality harness for sharded indexes: for every query, lunr.Index.load(full).search(q) and
// lunr-sharded.js's search over the shards written beside it must give the same refs, in the
// same order, with the same scores (bit for bit) and the same matchData (terms and fields, in lunr's
// key order), also when read page by page from a fresh, warmed-up opening. Also reports what the sharded search fetched.
//
//   node sharded-harness.js <full-index.json> <shard-folder/> <queries.json>
//   → { compared, withResults, mismatches: [...], fetched: [{ query, requests, bytes }],
//       firstPages: [{ query, requests (opening to ranked()), afterFirstPage (after slices 0–10 and 0–3) }] }
'use strict'

var fs = require('fs')
var path = require('path')
var lunr = require('lunr')
var browser = path.join(__dirname, '..', '..', '..', 'src', 'WuzhenSite.Search', 'browser')
require(path.join(browser, 'lunr-cjk.js'))(lunr)
require(path.join(browser, 'lunr-sharded.js'))(lunr)

var full = lunr.Index.load(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')))
var folder = process.argv[3]
var queries = JSON.parse(fs.readFileSync(process.argv[4], 'utf8'))

function readFile (url, type) {
  var bytes = fs.readFileSync(url)
  var body = type === 'binary' ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) : JSON.parse(bytes.toString('utf8'))
  return Promise.resolve({ body: body, bytes: bytes.length })
}

function run (search, query) {
  try {
    return Promise.resolve(search(query)).then(function (results) { return { results: results } }, function (e) { return { error: e.name, message: String(e.stack || e.message) } })
  } catch (e) {
    return Promise.resolve({ error: e.name, message: e.message })
  }
}

function summary (outcome) {
  if (outcome.error) return { error: outcome.error, message: outcome.message }
  return outcome.results.map(function (r) {
    var metadata = r.matchData.metadata
    return { ref: r.ref, score: r.score, terms: Object.keys(metadata).map(function (t) { return t + ':' + Object.keys(metadata[t]).join(',') }) }
  })
}

function same (a, b) {
  if (a.error || b.error) return a.error === b.error
  if (a.length !== b.length) return false
  for (var i = 0; i < a.length; i++) {
    if (a[i].ref !== b[i].ref) return false
    if (a[i].score !== b[i].score) return false
    if (a[i].terms.join('\u0000') !== b[i].terms.join('\u0000')) return false
  }
  return true
}

var report = { compared: 0, withResults: 0, mismatches: [], fetched: [], firstPages: [] }
var chain = Promise.resolve()
queries.forEach(function (query) {
  chain = chain.then(function () {
    // A fresh opening per query, so the fetch counts are what a first search of it costs.
    return lunr.sharded.open(folder, readFile).then(function (sharded) {
      return Promise.all([run(function (q) { return full.search(q) }, query), run(function (q) { return sharded.search(q) }, query)])
        .then(function (both) {
          var expected = summary(both[0])
          var actual = summary(both[1])
          report.compared++
          if (!expected.error && expected.length > 0) report.withResults++
          if (!same(expected, actual)) {
            report.mismatches.push({ query: query, expected: expected.error ? expected : expected.slice(0, 5), actual: actual.error ? actual : actual.slice(0, 5) })
          }
          report.fetched.push({ query: query, requests: sharded.stats.requests, bytes: sharded.stats.bytes })
          if (expected.error) return
          // The search page reads pages of ranked(), from a fresh opening as a reader's first search: each
          // must be that part of search()'s results, whether taken from the term's first page (a one-term
          // query), picked by partial selection (up to 100) or from the full ranking.
          // Warmed up first, as the search page does: the made-up index must neither fetch nor change a thing.
          return lunr.sharded.open(folder, readFile).then(function (fresh) {
            return fresh.warmUp().then(function (found) { return { fresh: fresh, found: found } })
          }).then(function (warmed) {
            var fresh = warmed.fresh
            if (fresh.stats.requests !== 1 || !(warmed.found > 0)) { report.mismatches.push({ query: query, warmUpRequests: fresh.stats.requests - 1, warmUpFound: warmed.found }) }
            return fresh.ranked(query).then(function (ranked) {
              var firstPageRequests = fresh.stats.requests
              var pages = [[0, 10], [0, 3], [10, 20], [0, 100], [95, 130], [0, 10]]
              return pages.reduce(function (previous, page, i) {
                return previous.then(function () {
                  return ranked.slice(page[0], page[1]).then(function (results) {
                    var part = summary({ results: results })
                    if (ranked.length !== expected.length || !same(expected.slice(page[0], page[1]), part)) {
                      report.mismatches.push({ query: query, page: page, length: ranked.length, expected: expected.slice(page[0], page[0] + 5), actual: part.slice(0, 5) })
                    }
                    if (i === 1) { report.firstPages.push({ query: query, requests: firstPageRequests, afterFirstPage: fresh.stats.requests }) }
                  })
                })
              }, Promise.resolve())
            })
          })
        })
    })
  })
})
chain.then(function () {
  process.stdout.write(JSON.stringify(report))
}, function (e) {
  process.stderr.write(String(e && e.stack || e))
  process.exit(1)
})
