// Document numbers of a sharded index with base-36 refs must follow Object.keys: for each count of documents given,
// lunr-sharded.js's Base36Refs must give the ref Object.keys lists at every number, and the number of every position.
//
//   node base36-refs.js <count> [<count> …]   → { checked, mismatches: [{ documents, number | position }] }
'use strict'

var path = require('path')
var lunr = require('lunr')
require(path.join(__dirname, '..', '..', '..', 'src', 'WuzhenSite.Search', 'browser', 'lunr-sharded.js'))(lunr)

var report = { checked: 0, mismatches: [] }
process.argv.slice(2).map(Number).forEach(function (documents) {
  var object = {}
  for (var position = 0; position < documents; position++) { object[position.toString(36)] = position }
  var keys = Object.keys(object)
  var refs = new lunr.sharded.Base36Refs(documents)
  var numbers = refs.numbers()
  for (var n = 0; n < documents; n++) {
    report.checked++
    if (refs.refOf(n) !== keys[n]) { report.mismatches.push({ documents: documents, number: n }) }
    if (keys[numbers[n]] !== n.toString(36)) { report.mismatches.push({ documents: documents, position: n }) }
  }
})
process.stdout.write(JSON.stringify(report))
