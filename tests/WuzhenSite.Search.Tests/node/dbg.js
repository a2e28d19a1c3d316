var fs=require('fs'),lunr=require('lunr');var b='/work/main/src/WuzhenSite.Search/browser/';
require(b+'lunr-cjk.js')(lunr);require(b+'lunr-sharded.js')(lunr);require(b+'lunr-phrases.js')(lunr);
var dir='/work/corpus/out10k/zh/search/';var meta=JSON.parse(fs.readFileSync(dir+'search.json'));
function rf(u,t){var x=fs.readFileSync(u);return Promise.resolve({body:t==='binary'?x.buffer.slice(x.byteOffset,x.byteOffset+x.length):JSON.parse(x.toString()),bytes:x.length})}
(async()=>{var idx=await lunr.sharded.open(dir+'index/',rf);
var ph=lunr.phrases.open(dir,meta.positions,{fetchFile:rf});
for (var q of ['"丝绸之路"','"数字丝绸之路"','"丝绸"', '"乌镇峰会"']){var r=await ph.search(idx,q);console.log(q,r.length)}
var bl=await ph.blocksOf(['丝绸','绸之','之路']);
for (var t of ['丝绸','绸之','之路']) console.log(t, bl[t] ? Object.keys(bl[t]).map(f=>f+':'+bl[t][f].documents).join(' ') : null);
var r=await (await idx.rankQuery((function(){var q=new lunr.Query(idx.manifest.fields);['丝绸','绸之','之路'].forEach(t=>q.clause({term:t,presence:lunr.Query.presence.REQUIRED,usePipeline:false}));return q})())).all();console.log('required',r.length, r.slice(0,3).map(x=>x.ref));
})();
