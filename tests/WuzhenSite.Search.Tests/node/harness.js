// Conformance harness for WuzhenSite.Search: runs lunr.js 2.3.9 (and lunr-cjk.js) on inputs the
// C# tests write to temp files, and prints JSON results on stdout.
//
//   node harness.js build    <corpus.json>                           → JSON.stringify(lunr index)
//   node harness.js search   <corpus.json> <ours.json> <queries.json> → results of both indexes
//   node harness.js cjk-search <ours.json> <queries.json>            → results of our CJK index
//   node harness.js tokenize-cjk <strings.json>                      → lunr.cjk.tokenize per string
//   node harness.js analyze  <strings.json>                          → lunr.tokenizer + pipelines
//   node harness.js stem     <words.json>                            → lunr.stemmer per word
//   node harness.js format   <numbers.json>                          → String(Number(s)) per string
//
// corpus.json: { analysis: "english" | "cjk", fields: [{ name, boost? }],
//                documents: [{ ref, boost?, fields: { name: string | null } }] }
'use strict'

var fs = require('fs')
var path = require('path')
var lunr = require('lunr')
require(path.join(__dirname, '..', '..', '..', 'src', 'WuzhenSite.Search', 'browser', 'lunr-cjk.js'))(lunr)

function readJson (file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

function own (obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined
}

function buildIndex (corpus) {
  return lunr(function () {
    var builder = this
    if (corpus.analysis === 'cjk') builder.use(lunr.cjk.plugin)
    builder.ref('ref')
    corpus.fields.forEach(function (field) {
      var attributes = {
        extractor: function (doc) { return own(doc.fields, field.name) }
      }
      if (field.boost !== undefined) attributes.boost = field.boost
      builder.field(field.name, attributes)
    })
    corpus.documents.forEach(function (doc) {
      if (doc.boost !== undefined) builder.add(doc, { boost: doc.boost })
      else builder.add(doc)
    })
  })
}

function runQuery (index, query) {
  try {
    return index.search(query).map(function (r) { return { ref: r.ref, score: r.score } })
  } catch (e) {
    return { error: String(e && e.message ? e.message : e) }
  }
}

function write (value) {
  process.stdout.write(typeof value === 'string' ? value : JSON.stringify(value))
}

var args = process.argv.slice(2)
switch (args[0]) {
  case 'build':
    write(JSON.stringify(buildIndex(readJson(args[1]))))
    break

  case 'search': {
    var expectedIndex = buildIndex(readJson(args[1]))
    var loaded = lunr.Index.load(readJson(args[2]))
    write(readJson(args[3]).map(function (q) {
      return { query: q, expected: runQuery(expectedIndex, q), actual: runQuery(loaded, q) }
    }))
    break
  }

  case 'cjk-search': {
    var ours = lunr.Index.load(readJson(args[1]))
    write(readJson(args[2]).map(function (q) {
      return { query: q, results: runQuery(ours, q) }
    }))
    break
  }

  case 'tokenize-cjk':
    write(readJson(args[1]).map(function (s) { return lunr.cjk.tokenize(s) }))
    break

  case 'analyze': {
    var indexPipeline = new lunr.Pipeline()
    indexPipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer)
    write(readJson(args[1]).map(function (s) {
      var tokens = lunr.tokenizer(s)
      return {
        lower: s === null ? null : s.toLowerCase(),
        tokens: tokens.map(function (t) {
          return { str: t.toString(), position: t.metadata.position, index: t.metadata.index }
        }),
        trimmed: tokens.map(function (t) { return lunr.trimmer(t.clone()).toString() }),
        stopped: tokens.map(function (t) { return lunr.stopWordFilter(t) !== undefined }),
        terms: indexPipeline.run(tokens).map(function (t) { return t.toString() })
      }
    }))
    break
  }

  case 'stem':
    write(readJson(args[1]).map(function (w) { return lunr.stemmer(new lunr.Token(w)).toString() }))
    break

  case 'format':
    write(readJson(args[1]).map(function (s) { return String(Number(s)) }))
    break

  default:
    process.stderr.write('unknown command: ' + args[0] + '\n')
    process.exit(2)
}
