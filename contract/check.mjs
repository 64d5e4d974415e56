// Reads httpyac's --json report of the contract run and prism's log; exits 1 on any prism violation, on any httpyac
// test (a `??` assertion or a test() of a script) that did not succeed, and on any request with no test at all or
// with no assertion on the status.
//
// A request whose title names a 4xx status (an error case of the http/ files) may be refused by prism itself for
// breaking the documented request constraints (422 UNPROCESSABLE_ENTITY, 401 UNAUTHORIZED): that is prism agreeing
// the request is invalid, but then the service never answered it, so its assertions (written for the service's
// answer) are not judged on prism's. contract/run sends those requests once more straight to the service (they are
// error cases: they store nothing) and passes those reports after the first; their tests count instead.
//
//   node check.mjs --refused REPORT             prints "file<TAB>line" of every request prism refused as documented
//   node check.mjs REPORT PRISM_LOG HTTPYAC_EXIT [DIRECT_REPORT...]
//
// Every other prism answer (a response violation, an unknown path, a violation header) fails, and so does a 5xx that
// the request's title does not announce. A request skipped by its `# @disabled` condition is listed, not failed.
import { readFileSync } from 'node:fs';

const PRISM = 'https://stoplight.io/prism/errors#';
const args = process.argv.slice(2);
const listRefused = args[0] === '--refused';
const [reportFile, prismLog, httpyacExit, ...directFiles] = listRefused ? args.slice(1) : args;
const report = JSON.parse(readFileSync(reportFile, 'utf8'));

const fileOf = request => (request.fileName ?? '').split('/').pop();
const keyOf = request => `${fileOf(request)}:${request.line}`;
const titleOf = request => request.title ?? request.name ?? `line ${request.line}`;

function bodyOf(response) {
  let body = response.parsedBody ?? response.body;
  if (typeof body === 'string') { try { body = JSON.parse(body); } catch { body = undefined; } }
  return body;
}

/** prism's own problem type (UNPROCESSABLE_ENTITY, UNAUTHORIZED, ...), or null when the service answered. */
function prismTypeOf(response) {
  const body = bodyOf(response);
  return typeof body?.type === 'string' && body.type.startsWith(PRISM) ? body.type.slice(PRISM.length) : null;
}

function refusedAsDocumented(request) {
  if (!request.response) return false;
  const type = prismTypeOf(request.response);
  return /\b4\d\d\b/.test(titleOf(request)) && (type === 'UNPROCESSABLE_ENTITY' || type === 'UNAUTHORIZED');
}

if (listRefused) {
  for (const request of report.requests ?? []) {
    if (refusedAsDocumented(request)) console.log(`${fileOf(request)}\t${request.line}`);
  }
  process.exit(0);
}

const direct = new Map();
for (const file of directFiles) {
  for (const request of JSON.parse(readFileSync(file, 'utf8')).requests ?? []) direct.set(keyOf(request), request);
}

const failures = [];
const rows = [];
let tests = 0;
let testedRequests = 0;
let skipped = 0;

/** Counts a request's tests; a failure for each one that did not succeed, and for a request with none. */
function judgeTests(request, where, via) {
  const results = request.testResults ?? [];
  if (results.length > 0 && results.every(result => result.status === 'SKIPPED')) {
    skipped++;
    return 'skipped (@disabled)';
  }
  if (results.length === 0) {
    failures.push(`${where}: no assertion (add ?? lines on the status and key fields)`);
    return 'NO ASSERTION';
  }
  if (!results.some(result => /^status\b/.test(result.message ?? ''))) {
    failures.push(`${where}: no assertion on the status (add e.g. ?? status == 200)`);
  }
  tests += results.length;
  testedRequests++;
  const failed = results.filter(result => result.status !== 'SUCCESS');
  for (const result of failed) {
    const why = result.error?.displayMessage ?? result.error?.message ?? '';
    failures.push(`${where}${via}: ${result.status} ?? ${result.message}${why ? ` (${why.slice(0, 300)})` : ''}`);
  }
  return failed.length ? `${failed.length} of ${results.length} TESTS FAILED` : `${results.length} tests ok`;
}

for (const request of report.requests ?? []) {
  const title = titleOf(request);
  const where = `${fileOf(request)}:${request.line} "${title}"`;
  const response = request.response;
  if (!response) {
    const results = request.testResults ?? [];
    if (results.length > 0 && results.every(result => result.status === 'SKIPPED')) {
      rows.push(['-', judgeTests(request, where, ''), where]);
    } else {
      const why = results.map(result => result.error?.displayMessage ?? result.message).join('; ').slice(0, 300);
      failures.push(`${where}: no response (${why || 'not sent'})`);
      rows.push(['-', 'ERROR', where]);
    }
    continue;
  }
  const errorCase = /\b4\d\d\b/.test(title);
  const body = bodyOf(response);
  const prismType = prismTypeOf(response);
  const header = response.headers?.['sl-violations'];
  let verdict = 'ok';
  let status = response.statusCode;
  if (refusedAsDocumented(request)) {
    const resent = direct.get(keyOf(request));
    if (!resent?.response) {
      verdict = `refused by prism (${prismType}), NOT RESENT`;
      failures.push(`${where}: refused by prism (${prismType}) and not answered when sent to the service directly`);
    } else {
      status = `${resent.response.statusCode}*`;
      verdict = `refused by prism (${prismType}); direct: ${judgeTests(resent, where, ' (sent directly)')}`;
    }
    rows.push([status, verdict, where]);
    continue;
  }
  if (prismType) {
    const details = JSON.stringify(body.validation ?? body.detail ?? '').slice(0, 600);
    verdict = `PRISM ${prismType}`;
    failures.push(`${where}: prism ${prismType} (status ${response.statusCode}): ${details}`);
  } else if (response.statusCode >= 500 && !new RegExp(`\\b${response.statusCode}\\b`).test(title)) {
    // a documented problem, but no request of the http/ files should meet a server error it does not announce
    verdict = 'SERVER ERROR';
    failures.push(`${where}: ${response.statusCode} ${JSON.stringify(body ?? '').slice(0, 300)}`);
  } else if (header) {
    verdict = 'VIOLATION HEADER';
    failures.push(`${where}: sl-violations ${header}`);
  }
  const tested = judgeTests(request, where, '');
  rows.push([status, verdict === 'ok' ? tested : `${verdict}; ${tested}`, where]);
}

for (const [status, verdict, where] of rows) console.log(`   ${String(status).padEnd(5)} ${verdict.padEnd(44)} ${where}`);
const prismLines = readFileSync(prismLog, 'utf8').split('\n');
const violationLines = prismLines.filter(line => /✖|⚠|violation/i.test(line));
const refused = rows.filter(([, verdict]) => verdict.startsWith('refused')).length;
if (rows.length === 0) failures.push('httpyac sent no request');
console.log(`   (* = the status the service answered when sent directly, after prism refused the request)`);
console.log(`   ${rows.length} requests, ${tests} assertions in ${testedRequests} requests, ${skipped} skipped,`
  + ` ${failures.length} failures, ${refused} error cases refused by prism itself (sent directly),`
  + ` ${violationLines.length} error/warning lines in prism's log, httpyac exit ${httpyacExit}`);
if (failures.length) {
  console.error('contract: failures:');
  for (const failure of failures) console.error(`  - ${failure}`);
  console.error('error/warning lines in prism\'s log:');
  for (const line of violationLines.slice(0, 40)) console.error(`  ${line}`);
  process.exit(1);
}
