// R, F and M for an Online Retail-shaped CSV with DuckDB SQL, the same cleaning rules as the service:
// drop rows without CustomerID, cancelled invoices (C...), Quantity <= 0, UnitPrice <= 0, exact duplicate rows;
// reference date = day after the latest purchase. Prints the median wall time of warm runs and check sums.
// Usage: node bench/duckdb-rfm.mjs <file.csv> [warmups] [iterations]
import { DuckDBInstance } from '@duckdb/node-api';

const [file, warmupArg, iterationArg] = process.argv.slice(2);
const warmups = Number(warmupArg ?? 2);
const iterations = Number(iterationArg ?? 5);
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
const path = file.replaceAll("'", "''");
const sql = `
WITH lines AS (
  SELECT DISTINCT * FROM read_csv('${path}', header = true,
    types = {'InvoiceNo': 'VARCHAR', 'CustomerID': 'VARCHAR', 'InvoiceDate': 'TIMESTAMP', 'Quantity': 'DOUBLE', 'UnitPrice': 'DOUBLE'})
), clean AS (
  SELECT CustomerID, InvoiceNo, CAST(InvoiceDate AS DATE) AS day, Quantity * UnitPrice AS amount FROM lines
  WHERE CustomerID IS NOT NULL AND NOT starts_with(InvoiceNo, 'C') AND Quantity > 0 AND UnitPrice > 0
), ref AS (SELECT max(day) + 1 AS asof FROM clean)
SELECT CustomerID, date_diff('day', max(day), any_value(ref.asof)) AS recency, count(DISTINCT InvoiceNo) AS frequency,
       sum(amount) AS monetary
FROM clean, ref GROUP BY CustomerID`;

const times = [];
let rows;
for (let i = -warmups; i < iterations; i++) {
  const t0 = process.hrtime.bigint();
  const reader = await db.runAndReadAll(sql);
  rows = reader.getRowObjects();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (i >= 0) times.push(seconds);
}
times.sort((a, b) => a - b);
const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
const sumF = rows.reduce((s, r) => s + Number(r.frequency), 0);
const sumM = rows.reduce((s, r) => s + Number(r.monetary), 0);
console.log(`duckdb median=${median.toFixed(3)} s runs=${JSON.stringify(times.map(t => +t.toFixed(3)))}`);
console.log(`duckdb customers=${rows.length} sumF=${sumF} sumM=${sumM.toFixed(2)}`);
