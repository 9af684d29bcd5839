#!/usr/bin/env node
// Benchmark (not a test): prints
//  1. the gzip size of the public home page's initial JavaScript (the entry chunk plus its static imports,
//     from dist/.vite/manifest.json) against the 200 kB target;
//  2. the time until the association list is interactive on a cold load (empty HTTP cache), in headless
//     Chromium (/usr/bin/chromium) driven by playwright-core: the signed-in list (/associations, after a
//     login through Keycloak) and the public directory (/directory, anonymous).
//
// Needs `npm run build` first, and for part 2 a running API and Keycloak (default: the local run,
// deploy/local/run.sh: API :8080, Keycloak :8180). The built SPA is served by e2e/serve.mjs on :4173
// unless LHH_BENCH_URL points at an SPA already running.
// Environment: LHH_API_URL, LHH_KEYCLOAK_URL, LHH_BENCH_URL, LHH_BENCH_USER (staff), LHH_BENCH_PASSWORD
// (demo), LHH_BENCH_RUNS (5), LHH_CHROMIUM (/usr/bin/chromium).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const webapp = fileURLToPath(new URL('..', import.meta.url));
const dist = join(webapp, 'dist');
const TARGET_KB = 200;

// ---------------------------------------------------------------- 1. initial JS of the public home page
function initialJs() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  } catch {
    console.error('dist/.vite/manifest.json not found: run `npm run build` first');
    process.exit(2);
  }
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  visit(entryKey);
  const rows = [...seen].map((key) => {
    const file = manifest[key].file;
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  // The home route's own lazy chunk is loaded at once on "/": count it too.
  // So are the shell's translations and the home feature's, in the default language (dynamic imports).
  const homeKeys = Object.keys(manifest).filter(
    (k) =>
      k.includes('features/home/routes/home-page') ||
      k === 'src/i18n/vi.json' ||
      k === 'src/features/home/i18n/vi.json',
  );
  const homeRows = [];
  if (homeKeys.length > 0) {
    const extra = new Set();
    const visitHome = (key) => {
      if (seen.has(key) || extra.has(key)) return;
      extra.add(key);
      for (const dep of manifest[key].imports ?? []) visitHome(dep);
    };
    homeKeys.forEach(visitHome);
    for (const key of extra) {
      const bytes = readFileSync(join(dist, manifest[key].file));
      homeRows.push({
        file: manifest[key].file,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      });
    }
  }
  const kb = (n) => (n / 1000).toFixed(1); // kB = 1000 bytes
  console.log('Initial JavaScript of the public home page (entry + static imports):');
  for (const r of rows)
    console.log(`  ${r.file.padEnd(48)} ${kb(r.raw).padStart(8)} kB  gzip ${kb(r.gzip).padStart(7)} kB`);
  const entryTotal = rows.reduce((s, r) => s + r.gzip, 0);
  console.log(
    `  ${'= entry + static imports'.padEnd(48)} ${''.padStart(8)}     gzip ${kb(entryTotal).padStart(7)} kB`,
  );
  for (const r of homeRows)
    console.log(
      `  + ${r.file.padEnd(46)} ${kb(r.raw).padStart(8)} kB  gzip ${kb(r.gzip).padStart(7)} kB  (home route chunk${r.file.match(/^assets\/(vi|en)-/) ? ', translations' : ''})`,
    );
  const total = entryTotal + homeRows.reduce((s, r) => s + r.gzip, 0);
  const verdict = total / 1000 <= TARGET_KB ? 'within' : 'OVER';
  console.log(`  TOTAL for "/": gzip ${kb(total)} kB — ${verdict} the ${TARGET_KB} kB target\n`);
  return total;
}

// ---------------------------------------------------------------- 2. time to interactive of the list
async function reachable(url) {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(3000) });
    return r.ok;
  } catch {
    return false;
  }
}

async function startServer(env) {
  const child = spawn(process.execPath, [join(webapp, 'e2e/serve.mjs')], {
    env: { ...process.env, ...env },
    stdio: 'pipe',
  });
  for (let i = 0; i < 50; i++) {
    if (await reachable('http://localhost:4173/config.json')) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('e2e/serve.mjs did not start on :4173 (port in use?)');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeToInteractive() {
  const { chromium } = await import('playwright-core');
  const apiUrl = process.env.LHH_API_URL ?? 'http://localhost:8080';
  const keycloakUrl = (process.env.LHH_KEYCLOAK_URL ?? 'http://localhost:8180').replace(
    /\/realms\/lhh\/?$/,
    '',
  );
  const runs = Number(process.env.LHH_BENCH_RUNS ?? 5);
  if (!(await reachable(`${apiUrl}/q/health/ready`)) || !(await reachable(`${keycloakUrl}/realms/lhh`))) {
    console.error(
      `The API (${apiUrl}) or Keycloak (${keycloakUrl}) is not reachable: start deploy/local/run.sh, or set LHH_API_URL and LHH_KEYCLOAK_URL.`,
    );
    return 2;
  }
  let server;
  let base = process.env.LHH_BENCH_URL;
  if (!base) {
    server = await startServer({ LHH_API_URL: apiUrl, LHH_KEYCLOAK_URL: keycloakUrl });
    base = 'http://localhost:4173';
  }
  const browser = await chromium.launch({
    executablePath: process.env.LHH_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Interactive: the rows are on screen and the search box can be typed into.
  const interactive = (rowSelector) =>
    `(() => { const rows = document.querySelectorAll('${rowSelector}');
              const search = document.querySelector('input[type=search]');
              return rows.length > 0 && search && !search.disabled && rows[0].getBoundingClientRect().height > 0
                ? performance.now() : false; })()`;
  try {
    // Public directory, anonymous, fresh context each time (nothing cached).
    const publicTimes = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/directory`, { waitUntil: 'commit' });
      const t = await (
        await page.waitForFunction(interactive('[data-testid=directory-item]'), null, { timeout: 30_000 })
      ).jsonValue();
      publicTimes.push(t);
      await context.close();
    }
    // Signed-in list: log in once, then cold loads (HTTP cache cleared) of /associations in the same tab.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/associations`);
    await page.waitForURL(/\/protocol\/openid-connect\/auth/, { timeout: 30_000 });
    await page.fill('#username', process.env.LHH_BENCH_USER ?? 'staff');
    await page.fill('#password', process.env.LHH_BENCH_PASSWORD ?? 'demo');
    await page.click('#kc-login');
    await page.waitForSelector('[data-testid=association-row]', { timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    const listTimes = [];
    for (let i = 0; i < runs; i++) {
      await cdp.send('Network.clearBrowserCache');
      await page.goto(`${base}/associations`, { waitUntil: 'commit' });
      const t = await (
        await page.waitForFunction(interactive('[data-testid=association-row]'), null, { timeout: 30_000 })
      ).jsonValue();
      listTimes.push(t);
    }
    const fmt = (xs) =>
      `median ${Math.round(median(xs))} ms (runs: ${xs.map((x) => Math.round(x)).join(', ')})`;
    console.log(`Time until the association list is interactive, cold load, headless Chromium (${base}):`);
    console.log(`  /associations (signed in as ${process.env.LHH_BENCH_USER ?? 'staff'}): ${fmt(listTimes)}`);
    console.log(`  /directory (public, anonymous):          ${fmt(publicTimes)}`);
    return 0;
  } finally {
    await browser.close();
    server?.kill();
  }
}

initialJs();
if (process.argv.includes('--size-only')) process.exit(0);
process.exit(await timeToInteractive());
