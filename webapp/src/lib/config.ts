/** Runtime configuration, fetched from /config.json at startup (one build serves every deployment). */
export interface AppConfig {
  apiUrl: string;
  oidcAuthority: string;
  oidcClientId: string;
}

let current: AppConfig | undefined;

function isConfig(value: unknown): value is AppConfig {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.apiUrl === 'string' && typeof v.oidcAuthority === 'string' && typeof v.oidcClientId === 'string'
  );
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchImpl('/config.json', { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`/config.json: HTTP ${response.status}`);
  }
  const body: unknown = await response.json();
  if (!isConfig(body)) {
    throw new Error('/config.json must have apiUrl, oidcAuthority and oidcClientId');
  }
  current = { ...body, apiUrl: body.apiUrl.replace(/\/+$/, '') };
  return current;
}

export function setConfig(config: AppConfig): void {
  current = config;
}

export function getConfig(): AppConfig {
  if (!current) {
    throw new Error('configuration not loaded');
  }
  return current;
}
