// Reads httpyac's --json report of the contract run and prism's log; exits 1 on any prism violation.
// A request whose title names a 4xx status (an error case of the http/ files) may be refused by prism itself for
// breaking the documented request constraints (422 UNPROCESSABLE_ENTITY, 401 UNAUTHORIZED): that is prism agreeing
// the request is invalid. Every other prism answer (a response violation, an unknown path, a violation header) fails,
// and so does a 5xx that the request's title does not announce.
import { readFileSync } from 'node:fs';

const [reportFile, prismLog, httpyacExit] = process.argv.slice(2);
const PRISM = 'https://stoplight.io/prism/errors#';
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const failures = [];
const rows = [];

for (const request of report.requests ?? []) {
  const file = (request.fileName ?? '').split('/').pop();
  const title = request.title ?? request.name ?? `line ${request.line}`;
  const where = `${file}:${request.line} "${title}"`;
  const response = request.response;
  if (!response) {
    failures.push(`${where}: no response (${request.summary?.errorRequests ? 'request errored' : 'not sent'})`);
    rows.push(['-', 'ERROR', where]);
    continue;
  }
  const errorCase = /\b4\d\d\b/.test(title);
  let body = response.parsedBody ?? response.body;
  if (typeof body === 'string') { try { body = JSON.parse(body); } catch { body = undefined; } }
  const prismType = typeof body?.type === 'string' && body.type.startsWith(PRISM) ? body.type.slice(PRISM.length) : null;
  const header = response.headers?.['sl-violations'];
  let verdict = 'ok';
  if (prismType) {
    const requestViolation = prismType === 'UNPROCESSABLE_ENTITY' || prismType === 'UNAUTHORIZED';
    const details = JSON.stringify(body.validation ?? body.detail ?? '').slice(0, 600);
    if (requestViolation && errorCase) {
      verdict = `refused by prism as documented (${prismType})`;
    } else {
      verdict = `PRISM ${prismType}`;
      failures.push(`${where}: prism ${prismType} (status ${response.statusCode}): ${details}`);
    }
  } else if (response.statusCode >= 500 && !new RegExp(`\\b${response.statusCode}\\b`).test(title)) {
    // a documented problem, but no request of the http/ files should meet a server error it does not announce
    verdict = 'SERVER ERROR';
    failures.push(`${where}: ${response.statusCode} ${JSON.stringify(body ?? '').slice(0, 300)}`);
  } else if (header) {
    verdict = 'VIOLATION HEADER';
    failures.push(`${where}: sl-violations ${header}`);
  }
  rows.push([response.statusCode, verdict, where]);
}

for (const [status, verdict, where] of rows) console.log(`   ${String(status).padEnd(4)} ${verdict.padEnd(42)} ${where}`);
const prismLines = readFileSync(prismLog, 'utf8').split('\n');
const violationLines = prismLines.filter(line => /✖|⚠|violation/i.test(line));
const refused = rows.filter(([, verdict]) => verdict.startsWith('refused')).length;
console.log(`   ${rows.length} requests, ${failures.length} failures, ${refused} error cases refused by prism itself,`
  + ` ${violationLines.length} error/warning lines in prism's log, httpyac exit ${httpyacExit}`);
if (rows.length === 0) failures.push('httpyac sent no request');
if (failures.length) {
  console.error('contract: prism violations:');
  for (const failure of failures) console.error(`  - ${failure}`);
  console.error('error/warning lines in prism\'s log:');
  for (const line of violationLines.slice(0, 40)) console.error(`  ${line}`);
  process.exit(1);
}
