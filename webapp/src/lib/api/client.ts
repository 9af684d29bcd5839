import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { getConfig } from '@/lib/config';
import type { paths } from './schema';

export type { paths, components } from './schema';

type TokenSource = () => string | undefined;
type UnauthorizedHandler = () => void;

let tokenSource: TokenSource = () => undefined;
let onUnauthorized: UnauthorizedHandler = () => {};
let languageSource: () => string = () => 'vi';
let client: Client<paths> | undefined;

/** Wired by the auth and i18n layers: where the bearer token and the UI language come from. */
export function configureApi(options: {
  token?: TokenSource;
  unauthorized?: UnauthorizedHandler;
  language?: () => string;
}): void {
  if (options.token) tokenSource = options.token;
  if (options.unauthorized) onUnauthorized = options.unauthorized;
  if (options.language) languageSource = options.language;
}

const middleware: Middleware = {
  onRequest({ request }) {
    const token = tokenSource();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', languageSource());
    return request;
  },
  onResponse({ request, response }) {
    // An expired or revoked session: sign in again (the API is the authority).
    if (response.status === 401 && request.headers.has('Authorization')) {
      onUnauthorized();
    }
    return response;
  },
};

/** The typed API client (generated from openapi/openapi.yaml). */
export function api(): Client<paths> {
  if (!client) {
    client = createClient<paths>({ baseUrl: getConfig().apiUrl });
    client.use(middleware);
  }
  return client;
}

/** Test seam: forget the client so the next call picks up a new configuration. */
export function resetApiClient(): void {
  client = undefined;
}

/** The If-Match value for a record version ("3" → "\"3\""). */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

/** A fresh Idempotency-Key for a create: one per submission, so a retried request is not applied twice. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}`;
}
