// Peer benchmark: the npm package mint-filter (Aho-Corasick sensitive-word
// filter) scanning the corpus that check_bench generates, with the same
// organisation dictionary.
//
//   build/bench/bench/check/check_bench --write-corpus=/tmp/nc-corpus.txt \
//       --write-dictionary=/tmp/nc-dictionary.txt
//   (cd bench/check && npm install && node mint-filter.mjs /tmp/nc-corpus.txt /tmp/nc-dictionary.txt)
//
// Prints MB/s per run (UTF-8 bytes of the corpus / wall time) and the median,
// plus 2 KB post latency p50/p99 on the same posts the C++ bench uses.
// bench/check/run runs it together with check_bench and prints the ratios.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import MintModule from 'mint-filter';

const Mint = MintModule.Mint ?? MintModule.default ?? MintModule;
const [corpusPath = '/tmp/nc-corpus.txt', dictPath = '/tmp/nc-dictionary.txt', runsArg = '3'] =
  process.argv.slice(2);
const bytes = readFileSync(corpusPath);
const corpus = bytes.toString('utf8');
const terms = readFileSync(dictPath, 'utf8').split('\n').map((s) => s.trim()).filter((s) => s && !s.startsWith('#'));

const t0 = performance.now();
const mint = new Mint(terms);
const buildMs = performance.now() - t0;

// Wall time and CPU time (user + system of this process): on a shared
// machine the CPU figure is the one to compare with check_bench's CPU column.
const runs = Number(runsArg);
const rates = [];
const cpuRates = [];
let found = 0;
for (let r = 0; r < runs; ++r) {
  const c0 = process.cpuUsage();
  const s = performance.now();
  const res = mint.filter(corpus, { replace: false });
  const ms = performance.now() - s;
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  found = res.words ? res.words.length : 0;
  rates.push(bytes.length / 1e6 / (ms / 1000));
  cpuRates.push(bytes.length / 1e6 / (cpuMs / 1000));
  console.log(`run ${r + 1}: wall ${(ms / 1000).toFixed(2)} s (${rates[r].toFixed(2)} MB/s), cpu ${(cpuMs / 1000).toFixed(2)} s (${cpuRates[r].toFixed(2)} MB/s), words reported ${found}`);
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`mint-filter: ${terms.length} terms (build ${buildMs.toFixed(0)} ms), corpus ${(bytes.length / 1e6).toFixed(1)} MB, median wall ${median(rates).toFixed(2)} MB/s, median cpu ${median(cpuRates).toFixed(2)} MB/s`);
// For bench/check/run: median seconds per pass over the corpus.
console.log(`RESULT bytes=${bytes.length} wall_s=${(bytes.length / 1e6 / median(rates)).toFixed(4)} cpu_s=${(bytes.length / 1e6 / median(cpuRates)).toFixed(4)} words=${found}`);

// 2 KB posts: 4096 slices at the offsets check_bench uses (byte offsets into UTF-8).
const posts = [];
for (let off = 0; posts.length < 4096; off += 24571) {
  let b = off % (bytes.length - 4096);
  while ((bytes[b] & 0xc0) === 0x80) ++b;
  let e = b + 2048;
  while ((bytes[e] & 0xc0) === 0x80) --e;
  posts.push(bytes.subarray(b, e).toString('utf8'));
}
const lat = [];
for (let k = 0; k < 20000; ++k) {
  const s = performance.now();
  mint.filter(posts[k % posts.length], { replace: false });
  lat.push((performance.now() - s) * 1000);
}
lat.sort((a, b) => a - b);
console.log(`mint-filter 2 KB post: p50 ${lat[lat.length >> 1].toFixed(1)} us, p99 ${lat[Math.floor(lat.length * 0.99)].toFixed(1)} us`);
