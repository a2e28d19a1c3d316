/*!
 * lunr-cjk.js — CJK bigram support for lunr.js 2.3.9 (WuzhenSite).
 *
 * Indexes written by WuzhenSite.Search with the "CJK-aware" analysis split runs of Chinese,
 * Japanese and Korean characters into overlapping character bigrams (数字丝绸之路 → 数字 字丝
 * 丝绸 绸之 之路) and serialise their search pipeline as ["cjkBigrams", "stemmer"]. This file
 * registers the "cjkBigrams" pipeline function so lunr.Index.load can read such an index and
 * split CJK query terms the same way. It must be loaded after lunr.js and before Index.load.
 *
 * Browser:  <script src="lunr.js"></script><script src="lunr-cjk.js"></script>
 * Node:     var lunr = require('lunr'); require('./lunr-cjk.js')(lunr)
 *
 * The rules mirror WuzhenSite.Search.CjkTokenizer exactly (a test checks both agree):
 *  - text is lower-cased and split on lunr's separator (whitespace or hyphen);
 *  - inside each piece, a run of CJK characters (Han, Hiragana, Katakana, Hangul; CJK
 *    punctuation excluded) gives its overlapping bigrams, or the character itself when alone;
 *  - a piece without CJK characters stays whole; the non-CJK parts of a piece that has CJK
 *    characters are kept only if they contain a \w character.
 */
;(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory
  } else if (root && root.lunr) {
    factory(root.lunr)
  } else if (root && root.console) {
    root.console.warn('lunr-cjk.js: load lunr.js first')
  }
})(typeof globalThis !== 'undefined' ? globalThis : this, function (lunr) {
  if (lunr.cjk) {
    return lunr.cjk
  }

  var separator = /[\s\-]/
  var wordChar = /\w/

  /** True when the code point is indexed as CJK (same ranges as CjkTokenizer.IsCjk). */
  function isCjk (cp) {
    if (cp < 0x1100) return false
    if (cp < 0x3000) {
      return cp <= 0x11FF || (cp >= 0x2E80 && cp <= 0x2FDF)
    }
    if (cp < 0x3400) {
      return (cp >= 0x3005 && cp <= 0x3007) ||
        (cp >= 0x3021 && cp <= 0x3029) ||
        (cp >= 0x3031 && cp <= 0x3035) ||
        (cp >= 0x3038 && cp <= 0x303B) ||
        (cp >= 0x3041 && cp <= 0x3096) ||
        (cp >= 0x3099 && cp <= 0x309F) ||
        (cp >= 0x30A1 && cp <= 0x30FA) ||
        (cp >= 0x30FC && cp <= 0x30FF) ||
        (cp >= 0x3131 && cp <= 0x318E) ||
        (cp >= 0x31F0 && cp <= 0x31FF)
    }
    if (cp <= 0xFFFF) {
      return cp <= 0x4DBF ||
        (cp >= 0x4E00 && cp <= 0x9FFF) ||
        (cp >= 0xA960 && cp <= 0xA97F) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) ||
        (cp >= 0xD7B0 && cp <= 0xD7FF) ||
        (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0xFF66 && cp <= 0xFF9F) ||
        (cp >= 0xFFA0 && cp <= 0xFFDC)
    }
    return (cp >= 0x1B000 && cp <= 0x1B16F) ||
      (cp >= 0x20000 && cp <= 0x2FA1F) ||
      (cp >= 0x30000 && cp <= 0x323AF)
  }

  /** The code point at i (a whole surrogate pair when one starts there) and its width in code units. */
  function codePointAt (str, i, end) {
    var c = str.charCodeAt(i)
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < end) {
      var d = str.charCodeAt(i + 1)
      if (d >= 0xDC00 && d <= 0xDFFF) {
        return { cp: (c - 0xD800) * 0x400 + (d - 0xDC00) + 0x10000, width: 2 }
      }
    }
    return { cp: c, width: 1 }
  }

  function containsCjk (str, start, end) {
    for (var i = start; i < end;) {
      var c = codePointAt(str, i, end)
      if (isCjk(c.cp)) return true
      i += c.width
    }
    return false
  }

  /**
   * Splits str[start, end) (one lunr token) into segments pushed onto out as
   * { start, length, cjk } objects.
   */
  function segment (str, start, end, out) {
    if (!containsCjk(str, start, end)) {
      out.push({ start: start, length: end - start, cjk: false })
      return
    }

    var i = start
    while (i < end) {
      var first = codePointAt(str, i, end)
      if (isCjk(first.cp)) {
        var next = i + first.width
        var second = next < end ? codePointAt(str, next, end) : null
        if (!second || !isCjk(second.cp)) {
          out.push({ start: i, length: first.width, cjk: true })
          i = next
          continue
        }

        var prevStart = i
        var prevWidth = first.width
        var current = next
        var currentWidth = second.width
        while (true) {
          out.push({ start: prevStart, length: prevWidth + currentWidth, cjk: true })
          var after = current + currentWidth
          var third = after < end ? codePointAt(str, after, end) : null
          if (!third || !isCjk(third.cp)) {
            i = after
            break
          }
          prevStart = current
          prevWidth = currentWidth
          current = after
          currentWidth = third.width
        }
        continue
      }

      var runStart = i
      var hasWordChar = false
      while (i < end) {
        var c = codePointAt(str, i, end)
        if (isCjk(c.cp)) break
        if (c.width === 1 && wordChar.test(str.charAt(i))) hasWordChar = true
        i += c.width
      }
      if (hasWordChar) {
        out.push({ start: runStart, length: i - runStart, cjk: false })
      }
    }
  }

  /**
   * Tokenizes a string the way the CJK-aware C# tokenizer does. Returns plain objects
   * { str, start, length, index, cjk }.
   */
  function tokenize (text) {
    if (text === null || text === undefined) return []
    var str = text.toString().toLowerCase()
    var segments = []
    var sliceStart = 0
    for (var sliceEnd = 0; sliceEnd <= str.length; sliceEnd++) {
      if (sliceEnd === str.length || separator.test(str.charAt(sliceEnd))) {
        if (sliceEnd > sliceStart) segment(str, sliceStart, sliceEnd, segments)
        sliceStart = sliceEnd + 1
      }
    }
    return segments.map(function (s, index) {
      return { str: str.slice(s.start, s.start + s.length), start: s.start, length: s.length, index: index, cjk: s.cjk }
    })
  }

  /** A lunr tokenizer (for builder.tokenizer) that emits CJK bigrams, marked with metadata.cjk. */
  function tokenizer (obj, metadata) {
    if (obj === null || obj === undefined) return []
    if (Array.isArray(obj)) {
      return obj.map(function (t) {
        return new lunr.Token(lunr.utils.asString(t).toLowerCase(), lunr.utils.clone(metadata))
      })
    }
    return tokenize(obj).map(function (t) {
      var tokenMetadata = lunr.utils.clone(metadata) || {}
      tokenMetadata.position = [t.start, t.length]
      tokenMetadata.index = t.index
      if (t.cjk) tokenMetadata.cjk = true
      return new lunr.Token(t.str, tokenMetadata)
    })
  }

  /** Pipeline function "cjkBigrams": splits one (query) token into CJK bigrams and word parts. */
  function bigrams (token) {
    var str = token.toString()
    if (str.length === 0) return []
    var segments = []
    segment(str, 0, str.length, segments)
    if (segments.length === 1 && !segments[0].cjk && segments[0].length === str.length) return token
    return segments.map(function (s) {
      var metadata = lunr.utils.clone(token.metadata) || {}
      if (s.cjk) metadata.cjk = true
      return new lunr.Token(str.slice(s.start, s.start + s.length), metadata)
    })
  }

  /** Wraps a pipeline function so tokens marked metadata.cjk pass through untouched. */
  function skipCjk (fn) {
    return function (token, i, tokens) {
      if (token.metadata && token.metadata.cjk) return token
      return fn(token, i, tokens)
    }
  }

  function register (fn, label) {
    if (!(label in lunr.Pipeline.registeredFunctions)) {
      lunr.Pipeline.registerFunction(fn, label)
    } else {
      fn.label = label
    }
    return lunr.Pipeline.registeredFunctions[label]
  }

  var cjk = {
    isCjk: isCjk,
    tokenize: tokenize,
    tokenizer: tokenizer,
    bigrams: register(bigrams, 'cjkBigrams'),
    trimmer: register(skipCjk(lunr.trimmer), 'cjkTrimmer'),
    stopWordFilter: register(skipCjk(lunr.stopWordFilter), 'cjkStopWordFilter'),
    stemmer: register(skipCjk(lunr.stemmer), 'cjkStemmer')
  }

  /**
   * A builder plugin that indexes the way WuzhenSite's CJK-aware analysis does:
   * lunr(function () { this.use(lunr.cjk.plugin); ... })
   */
  cjk.plugin = function (builder) {
    builder.tokenizer = tokenizer
    builder.pipeline.reset()
    builder.pipeline.add(cjk.trimmer, cjk.stopWordFilter, cjk.stemmer)
    builder.searchPipeline.reset()
    builder.searchPipeline.add(cjk.bigrams, lunr.stemmer)
  }

  lunr.cjk = cjk
  return cjk
})
