// Prints the benchmark table (markdown) from the outputs bench/run wrote into <out-dir>.
// Usage: node bench/summary.mjs <out-dir>
import { readFileSync, existsSync } from 'node:fs';

const out = process.argv[2];
const read = name => (existsSync(`${out}/${name}`) ? readFileSync(`${out}/${name}`, 'utf8') : '');
const num = (text, re) => { const m = text.match(re); return m ? Number(m[1]) : NaN; };
const fmt = (v, unit) => (Number.isNaN(v) ? 'n/a' : `${v} ${unit}`);
const ratio = (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? 'n/a' : `${(a / b).toFixed(2)}x`);

const p1 = read('pipeline-541909.txt'), p5 = read('pipeline-5000000.txt');
const d1 = read('duckdb-541909.txt'), d5 = read('duckdb-5000000.txt');
const svc = read('service.txt');
const ours1 = num(p1, /pipeline median=([\d.]+)/), ours5 = num(p5, /pipeline median=([\d.]+)/);
const duck1 = num(d1, /duckdb median=([\d.]+)/), duck5 = num(d5, /duckdb median=([\d.]+)/);
// the alternating wrk runs of bench/wrk-alternate.sh: "<name> median rps=R p99=P ms [vs redirect: throughput Tx p99 Qx]"
const wrk = name => {
  const m = svc.match(new RegExp(`^${name} median rps=([\\d.]+) p99=([\\d.]+) ms(?: vs \\S+: throughput ([\\d.]+)x p99 ([\\d.]+)x)?`, 'm'));
  return m ? { rps: m[1], p99: m[2], throughput: m[3], p99Ratio: m[4] } : null;
};
const redirect = wrk('redirect'), predict = wrk('predict'), health = wrk('health');
const wrkCell = w => (w ? `${w.rps} req/s, p99 ${w.p99} ms` : 'n/a');
const ratioCell = w => (w && w.throughput ? `${w.throughput}x throughput, ${w.p99Ratio}x p99 of the redirect` : 'n/a');

const rows = [
  ['in-memory pipeline, 541,909 lines, warm', '<= 0.5 s and <= 0.5x DuckDB', fmt(ours1, 's'), ratio(ours1, duck1), `${num(p1, /peak heap used=(\d+)/)} MB heap`],
  ['DuckDB SQL R/F/M, 541,909 lines', 'reference', fmt(duck1, 's'), '1.00x', ''],
  ['in-memory pipeline, 5,000,000 lines, -Xmx1g', '<= 5 s, heap <= 1 GB', fmt(ours5, 's'), ratio(ours5, duck5), `${num(p5, /peak heap used=(\d+)/)} MB heap`],
  ['DuckDB SQL R/F/M, 5,000,000 lines', 'reference', fmt(duck5, 's'), '1.00x', ''],
  ['POST /uploads 541,909 lines + its run, warm', '<= 2x DuckDB', fmt(num(svc, /upload\+run median=([\d.]+)/), 's'), ratio(num(svc, /upload\+run median=([\d.]+)/), duck1), `peak RSS ${num(svc, /upload\+run median=[\d.]+ s peakRss=(\d+)/)} MB`],
  ['POST /runs over stored purchases', '', fmt(num(svc, /^run median=([\d.]+)/m), 's'), '', `peak heap ${num(svc, /^run median=[\d.]+ s peakHeap=(\d+)/m)} MB`],
  ['GET /swagger-ui.html redirect (no work), wrk 50 conns, median of 3 alternating runs', 'reference', wrkCell(redirect), '', ''],
  ['POST /predict single by features, same runs', '>= 0.9x throughput, p99 <= 1.5x of the redirect', wrkCell(predict), ratioCell(predict), `peak heap ${num(svc, /predict peakHeap=(\d+)/)} MB`],
  ['GET /health, same runs', 'as fast as the redirect', wrkCell(health), ratioCell(health), ''],
  ['POST /predict 100,000 instances (10 x 10,000)', '<= 0.3 s', fmt(num(svc, /batch100k median=([\d.]+)/), 's'), '', `peak heap ${num(svc, /batch100k median=[\d.]+ s peakHeap=(\d+)/)} MB`],
];
console.log('| figure | target | measured (median) | ratio (ours / peer) | memory |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
