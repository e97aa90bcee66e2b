// Where Keycloak and the APIs are: served by the portal's Quarkus app at /config.json (see ConfigResource).
export interface Config {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  screeningUrl: string;
  referralUrl: string;
  directoryUrl: string;
  notificationUrl: string;
  statisticsUrl: string;
}

let loaded: Config | null = null;

export async function loadConfig(): Promise<Config> {
  const r = await fetch('/config.json', { cache: 'no-store' });
  if (!r.ok) throw new Error(`config.json: HTTP ${r.status}`);
  loaded = (await r.json()) as Config;
  return loaded;
}

export function config(): Config {
  if (!loaded) throw new Error('config not loaded');
  return loaded;
}
