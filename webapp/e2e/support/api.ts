import { env } from './env';

const tokens = new Map<string, { token: string; until: number }>();

/**
 * Direct API access for test set-up and for simulating a second user (password grant, demo realm only).
 * A token is reused until shortly before it expires: every grant costs Keycloak a password hash.
 */
export async function tokenOf(username: string): Promise<string> {
  const cached = tokens.get(username);
  if (cached && cached.until > Date.now()) return cached.token;
  const response = await fetch(`${env.keycloakUrl}/realms/lhh/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'lhh-cli', username, password: 'demo' }),
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status} ${await response.text()}`);
  const { access_token: token, expires_in: seconds } = (await response.json()) as {
    access_token: string;
    expires_in: number;
  };
  tokens.set(username, { token, until: Date.now() + Math.max(0, seconds - 30) * 1000 });
  return token;
}

export async function apiAs(
  username: string,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> {
  const token = await tokenOf(username);
  return fetch(`${env.apiUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${token}`,
      'accept-language': 'vi',
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
}

const INPUT_FIELDS = [
  'name',
  'abbreviation',
  'field',
  'foundingDecision',
  'foundedOn',
  'status',
  'memberCount',
  'description',
  'contact',
  'internalNotes',
] as const;

/** Changes an association as another user would (GET with its ETag, then PUT with If-Match). */
export async function changeAssociation(username: string, id: string, change: Record<string, unknown>) {
  const current = await apiAs(username, `/api/v1/associations/${id}`);
  if (!current.ok) throw new Error(`GET ${id}: ${current.status}`);
  const etag = current.headers.get('etag');
  const detail = (await current.json()) as Record<string, unknown>;
  const body = Object.fromEntries(
    INPUT_FIELDS.filter((k) => detail[k] !== undefined).map((k) => [k, detail[k]]),
  );
  const saved = await apiAs(username, `/api/v1/associations/${id}`, {
    method: 'PUT',
    body: { ...body, ...change },
    headers: { 'if-match': etag ?? `"${String(detail.version)}"` },
  });
  if (!saved.ok) throw new Error(`PUT ${id}: ${saved.status} ${await saved.text()}`);
}
