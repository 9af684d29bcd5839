// A tiny static server for the e2e tests and the benchmark: serves ../dist with SPA fallback and
// answers /config.json from the environment (LHH_API_URL, LHH_OIDC_AUTHORITY or LHH_KEYCLOAK_URL).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../dist', import.meta.url)));
const port = Number(process.env.LHH_E2E_PORT ?? 4173);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve.mjs: ${root}/index.html is missing: run "npm run build" first`);
  process.exit(1);
}

const keycloak = (process.env.LHH_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/+$/, '');
const config = {
  apiUrl: process.env.LHH_API_URL ?? 'http://localhost:8080',
  oidcAuthority:
    process.env.LHH_OIDC_AUTHORITY ??
    (keycloak.endsWith('/realms/lhh') ? keycloak : `${keycloak}/realms/lhh`),
  oidcClientId: process.env.LHH_OIDC_CLIENT_ID ?? 'lhh-webapp',
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/config.json') {
    res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-cache' });
    res.end(JSON.stringify(config));
    return;
  }
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(400).end();
    return;
  }
  const isFile = existsSync(file) && statSync(file).isFile();
  if (!isFile) {
    if (path.startsWith('/assets/')) {
      res.writeHead(404).end();
      return;
    }
    file = join(root, 'index.html'); // SPA fallback
  }
  const immutable = file.includes(`${root}/assets/`);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
});

server.listen(port, 'localhost', () => {
  console.log(`serve.mjs: http://localhost:${port} (api ${config.apiUrl}, oidc ${config.oidcAuthority})`);
});
