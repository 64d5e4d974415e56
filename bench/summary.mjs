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
const rps = num(svc, /Requests\/sec:\s+([\d.]+)/);
const p50 = svc.match(/ 50%\s+([\d.]+\w+)/)?.[1] ?? 'n/a';
const p99 = svc.match(/ 99%\s+([\d.]+\w+)/)?.[1] ?? 'n/a';

const rows = [
  ['in-memory pipeline, 541,909 lines, warm', '<= 0.5 s and <= 0.5x DuckDB', fmt(ours1, 's'), ratio(ours1, duck1), `${num(p1, /peak heap used=(\d+)/)} MB heap`],
  ['DuckDB SQL R/F/M, 541,909 lines', 'reference', fmt(duck1, 's'), '1.00x', ''],
  ['in-memory pipeline, 5,000,000 lines, -Xmx1g', '<= 5 s, heap <= 1 GB', fmt(ours5, 's'), ratio(ours5, duck5), `${num(p5, /peak heap used=(\d+)/)} MB heap`],
  ['DuckDB SQL R/F/M, 5,000,000 lines', 'reference', fmt(duck5, 's'), '1.00x', ''],
  ['POST /uploads 541,909 lines + its run, warm', '<= 3 s', fmt(num(svc, /upload\+run median=([\d.]+)/), 's'), '', `peak RSS ${num(svc, /upload\+run median=[\d.]+ s peakRss=(\d+)/)} MB`],
  ['POST /runs over stored purchases', '', fmt(num(svc, /^run median=([\d.]+)/m), 's'), '', `peak heap ${num(svc, /^run median=[\d.]+ s peakHeap=(\d+)/m)} MB`],
  ['POST /predict single, wrk 50 conns 30 s', '>= 10,000 req/s, p99 <= 10 ms', `${rps} req/s, p50 ${p50}, p99 ${p99}`, '', `peak heap ${num(svc, /predict peakHeap=(\d+)/)} MB`],
  ['POST /predict 100,000 instances (10 x 10,000)', '<= 1 s', fmt(num(svc, /batch100k median=([\d.]+)/), 's'), '', `peak heap ${num(svc, /batch100k median=[\d.]+ s peakHeap=(\d+)/)} MB`],
];
console.log('| figure | target | measured (median) | ours / DuckDB | memory |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
