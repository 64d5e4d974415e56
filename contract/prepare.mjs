// Copies http/*.http for the contract run: drops the files' own @host/@apiKey/@writeKey (httpyac would prefer them
// over --var), sends the full key with every request outside security.http, and makes ../../shared/data resolve,
// with small generated stand-ins for the data files that are absent.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [from, to, shared, sharedCopy] = process.argv.slice(2);
const REQUEST_LINE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /;
const OWN_VARIABLE = /^@(host|apiKey|writeKey)\s*=/;

function provide(name) {
  const target = join(sharedCopy, name);
  if (existsSync(target)) return;
  if (existsSync(join(shared, name))) {
    copyFileSync(join(shared, name), target);
    console.log(`   ${name}: the real file from ${shared}`);
    return;
  }
  const generate = STAND_INS[name];
  if (!generate) {
    console.log(`   ${name}: absent from ${shared} and no stand-in: its requests send an empty file`);
    writeFileSync(target, '');
    return;
  }
  writeFileSync(target, generate());
  console.log(`   ${name}: absent from ${shared}; sending a small generated stand-in`);
}

function random(seed) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const STAND_INS = {
  // Online Retail layout, 40 customers, a year of orders
  'online_retail_sample_30k.csv': () => {
    const next = random(7);
    const rows = ['InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'];
    for (let i = 0; i < 400; i++) {
      const day = new Date(Date.UTC(2011, 0, 1) + Math.floor(next() * 340) * 86400000).toISOString().slice(0, 10);
      rows.push([700000 + Math.floor(i / 3), 'S' + Math.floor(next() * 50), 'Item', 1 + Math.floor(next() * 12),
        `${day} 10:${String(i % 60).padStart(2, '0')}:00`, (0.5 + next() * 20).toFixed(2),
        `${88000 + Math.floor(next() * 40)}.0`, 'United Kingdom'].join(','));
    }
    return rows.join('\n') + '\n';
  },
  // the marketing-campaign customer-attributes layout (';'-separated), 80 customers
  'marketing_campaign.csv': () => {
    const next = random(11);
    const header = ['ID', 'Year_Birth', 'Education', 'Marital_Status', 'Income', 'Kidhome', 'Teenhome', 'Dt_Customer',
      'Recency', 'MntWines', 'MntFruits', 'MntMeatProducts', 'MntFishProducts', 'MntSweetProducts', 'MntGoldProds',
      'NumDealsPurchases', 'NumWebPurchases', 'NumCatalogPurchases', 'NumStorePurchases', 'NumWebVisitsMonth'];
    const rows = [header.join(';')];
    const n = max => Math.floor(next() * max);
    for (let i = 0; i < 80; i++) {
      rows.push([1000 + i, 1945 + n(50), 'Graduation', 'Single', 20000 + n(80000), n(2), n(2),
        `201${2 + n(3)}-0${1 + n(9)}-1${n(9)}`, n(100), n(1000), n(100), n(800), n(200), n(200), n(200),
        n(10), n(12), n(10), n(13), n(10)].join(';'));
    }
    return rows.join('\n') + '\n';
  },
};

for (const file of readdirSync(from).filter(name => name.endsWith('.http')).sort()) {
  const lines = readFileSync(join(from, file), 'utf8').split('\n');
  const out = [];
  for (const line of lines) {
    if (OWN_VARIABLE.test(line)) continue;
    out.push(line);
    if (file !== 'security.http' && REQUEST_LINE.test(line)) out.push('X-API-Key: {{fullKey}}');
    const data = line.match(/^<\s*\.\.\/\.\.\/shared\/data\/(.+)$/);
    if (data) provide(data[1].trim());
  }
  writeFileSync(join(to, file), out.join('\n'));
}
