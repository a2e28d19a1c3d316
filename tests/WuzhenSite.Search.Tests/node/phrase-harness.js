// Phrase harness: runs every query through lunr-phrases.js twice, over the single-file index
// (lunr.Index.load) and over the shards written beside it (lunr-sharded.js), with the same
// positions files, and prints both result lists so the C# tests can compare them and check
// which documents a phrase keeps.
//
//   node phrase-harness.js <full-index.json> <shard-folder/> <search-folder/> <positions.json> <queries.json>
//   → [{ query, single: [{ ref, score }] | { error }, sharded: … }], and last the warm-up's row:
//     { query: '(warm-up)', single: { found, requests }, sharded: (the same) }
'use strict'

var fs = require('fs')
var path = require('path')
var lunr = require('lunr')
var browser = path.join(__dirname, '..', '..', '..', 'src', 'WuzhenSite.Search', 'browser')
require(path.join(browser, 'lunr-cjk.js'))(lunr)
require(path.join(browser, 'lunr-sharded.js'))(lunr)
require(path.join(browser, 'lunr-phrases.js'))(lunr)

var full = lunr.Index.load(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')))
var shardFolder = process.argv[3]
var searchFolder = process.argv[4]
var positions = JSON.parse(fs.readFileSync(process.argv[5], 'utf8'))
var queries = JSON.parse(fs.readFileSync(process.argv[6], 'utf8'))

function readFile (url, type) {
  var bytes = fs.readFileSync(url)
  var body = type === 'binary' ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) : JSON.parse(bytes.toString('utf8'))
  return Promise.resolve({ body: body, bytes: bytes.length })
}

function summary (results) {
  return results.map(function (r) { return { ref: r.ref, score: r.score } })
}

function run (index, query) {
  var phrases = lunr.phrases.open(searchFolder, positions, { fetchFile: readFile })
  return phrases.search(index, query).then(summary, function (e) { return { error: e.name, message: String(e.message) } })
}

lunr.sharded.open(shardFolder, readFile).then(function (sharded) {
  var report = []
  var chain = Promise.resolve()
  queries.forEach(function (query) {
    chain = chain.then(function () {
      return Promise.all([run(full, query), run(sharded, query)]).then(function (both) {
        report.push({ query: query, single: both[0], sharded: both[1] })
      })
    })
  })
  // The warm-up (run by the search page before its first query) fetches nothing and finds its phrase.
  chain = chain.then(function () {
    var requests = 0
    var counting = lunr.phrases.open(searchFolder, positions, { fetchFile: function (url, type) { requests++; return readFile(url, type) } })
    return counting.warmUp(sharded.manifest.fields).then(function (found) {
      report.push({ query: '(warm-up)', single: { found: found, requests: requests }, sharded: { found: found, requests: requests } })
    })
  })
  return chain.then(function () { process.stdout.write(JSON.stringify(report)) })
}).catch(function (e) {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n')
  process.exit(1)
})
