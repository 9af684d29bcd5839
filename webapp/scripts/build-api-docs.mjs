// The API reference (/docs/api) built from the contract with Redocly's build-docs, after `vite build` (which
// empties dist/). --inlineBundle: Redoc's scripts come from node_modules, not from Redocly's CDN at view time.
// The page's inline scripts are then moved to files beside it, so that it runs under the SPA's
// Content-Security-Policy (script-src 'self', no inline script) in nginx and in e2e/serve.mjs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webapp = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contract = resolve(webapp, '../openapi/openapi.yaml');
const out = join(webapp, 'dist/docs/api');
const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

mkdirSync(out, { recursive: true });
const page = join(out, 'index.html');
execFileSync(
  process.execPath,
  [
    cli,
    'build-docs',
    contract,
    '--inlineBundle',
    '--openapi.basePath',
    '/docs/api',
    '--title',
    'LHH API — tài liệu tham chiếu / reference',
    '--output',
    page,
  ],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  },
);

let n = 0;
const html = readFileSync(page, 'utf8').replace(
  /<script([^>]*)>([\s\S]*?)<\/script>/g,
  (whole, attrs, body) => {
    if (/\ssrc=/.test(attrs) || body.trim() === '') {
      return whole;
    }
    n += 1;
    const name = `redoc-${n}.js`;
    writeFileSync(join(out, name), body);
    return `<script${attrs} src="/docs/api/${name}"></script>`;
  },
);
writeFileSync(page, html);
console.log(`build-api-docs: ${page} (${n} scripts moved to files)`);
