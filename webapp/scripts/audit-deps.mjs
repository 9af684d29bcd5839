// Dependency vulnerability check of the SPA (issue #9), run by `npm run check` (so by `./mvnw verify`):
// 1. `npm audit --audit-level=high` against the registry's advisory service: fails on a high or
//    critical advisory. Where that service cannot be reached (this build machine's registry mirror
//    answers 405), it says so and goes on: NOT a pass, see deploy/SECURITY.md.
// 2. Always, offline: every package version in package-lock.json against scripts/known-vulnerable.json
//    (a curated list of advisories, [introduced, fixed) ranges); fails on a match.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('..', import.meta.url));
let failed = false;

const audit = spawnSync('npm', ['audit', '--audit-level=high', '--json'], {
  cwd: dir,
  encoding: 'utf8',
  timeout: 120_000,
});
let report = null;
try {
  report = JSON.parse(audit.stdout || 'null');
} catch {
  report = null;
}
if (report && report.metadata && report.metadata.vulnerabilities) {
  const v = report.metadata.vulnerabilities;
  console.log(`npm audit: ${v.critical} critical, ${v.high} high, ${v.moderate} moderate, ${v.low} low`);
  if (v.critical + v.high > 0) {
    console.error('npm audit: high or critical advisories: run `npm audit` for details');
    failed = true;
  }
} else {
  const why = (report && report.error && report.error.summary) || audit.stderr || 'no answer';
  console.warn(
    `npm audit: NOT CHECKED, the advisory service is out of reach (${String(why).split('\n')[0].trim()})`,
  );
}

const cmp = (a, b) => {
  const pa = a.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) {
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return 0;
};
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const known = JSON.parse(
  readFileSync(new URL('./known-vulnerable.json', import.meta.url), 'utf8'),
).advisories;
let checked = 0;
for (const [path, info] of Object.entries(lock.packages ?? {})) {
  if (!path || !info.version) continue;
  const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  for (const a of known) {
    if (a.name !== name) continue;
    checked++;
    for (const [from, fixed] of a.ranges) {
      if (cmp(info.version, from) >= 0 && cmp(info.version, fixed) < 0) {
        console.error(`${name}@${info.version} (${path}): ${a.id}, fixed in ${fixed}`);
        failed = true;
      }
    }
  }
}
console.log(
  `known advisories: ${known.length} listed, ${checked} installed copies of those packages checked`,
);
process.exit(failed ? 1 : 0);
