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

// The production security headers (deploy/nginx/lhh-webapp.conf) on every answer, with this run's API and
// Keycloak origins, so that every e2e spec proves the SPA works under its Content-Security-Policy. Not here:
// HSTS and upgrade-insecure-requests (plain HTTP on localhost).
const origin = (url) => new URL(url).origin;
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob: ${origin(config.apiUrl)}`,
  "font-src 'self'",
  `connect-src 'self' ${origin(config.apiUrl)} ${origin(config.oidcAuthority)}`,
  `frame-src ${origin(config.apiUrl)}`,
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'cross-origin-opener-policy': 'same-origin',
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

// Shared links (as nginx does, deploy/nginx/lhh-webapp.conf): crawlers of social networks and chat apps run no
// JavaScript, so their page requests get the API's preview page, whose head has the page's Open Graph tags.
const CRAWLERS =
  /facebookexternalhit|facebookcatalog|facebot|twitterbot|linkedinbot|slackbot|discordbot|telegrambot|whatsapp|zalo|skypeuripreview|pinterest|redditbot|embedly|vkshare|googlebot|bingbot|applebot|coccocbot/i;

async function sendPreview(path, res, fallback) {
  try {
    const answer = await fetch(
      `${config.apiUrl.replace(/\/+$/, '')}/api/v1/page-previews?path=${encodeURIComponent(path)}`,
      { headers: { accept: 'text/html' } },
    );
    if (!answer.ok) throw new Error(`preview: ${answer.status}`);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': TYPES['.html'],
      'cache-control': 'no-cache',
    });
    res.end(await answer.text());
  } catch {
    fallback(); // the API is away: the SPA's own page, with the site's default description
  }
}

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/config.json') {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': TYPES['.json'],
      'cache-control': 'no-cache',
    });
    res.end(JSON.stringify(config));
    return;
  }
  // the API reference (scripts/build-api-docs.mjs) is a page of its own, not a client route (as in nginx)
  if (path === '/docs/api') {
    res.writeHead(301, { ...SECURITY_HEADERS, location: '/docs/api/' }).end();
    return;
  }
  let file = normalize(
    join(root, path.startsWith('/docs/api/') && path.endsWith('/') ? `${path}index.html` : path),
  );
  if (!file.startsWith(root)) {
    res.writeHead(400, SECURITY_HEADERS).end();
    return;
  }
  const isFile = existsSync(file) && statSync(file).isFile();
  if (!isFile) {
    if (path.startsWith('/assets/')) {
      res.writeHead(404, SECURITY_HEADERS).end();
      return;
    }
    // SPA fallback; the API reference's own pages (client routes under /docs/api/) get the reference's page
    file = join(root, path.startsWith('/docs/api/') ? 'docs/api/index.html' : 'index.html');
  }
  if (file === join(root, 'index.html') && CRAWLERS.test(req.headers['user-agent'] ?? '')) {
    void sendPreview(path, res, () => send(res, file));
    return;
  }
  send(res, file);
});

function send(res, file) {
  const immutable = file.includes(`${root}/assets/`);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}

server.listen(port, 'localhost', () => {
  console.log(`serve.mjs: http://localhost:${port} (api ${config.apiUrl}, oidc ${config.oidcAuthority})`);
});
