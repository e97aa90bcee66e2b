// Login through Keycloak: authorization code flow with PKCE (S256), public client setu-portal. keycloak-js keeps
// the tokens in memory only; logging out ends the Keycloak session and drops them with the page.
import Keycloak from 'keycloak-js';
import { config } from './config';

export type Role = 'screener' | 'case-worker' | 'provider-staff' | 'agency-admin' | 'directory-admin' | 'nrm-coordinator' | 'auditor' | 'trainer';

let kc: Keycloak | null = null;

export async function login(): Promise<void> {
  const c = config();
  kc = new Keycloak({ url: c.keycloakUrl, realm: c.realm, clientId: c.clientId });
  await kc.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,   // no third-party iframe: nothing of the session goes into the page's storage
    responseMode: 'fragment',  // the code comes back in the fragment, which never reaches a server log
  });
}

export interface User {
  subject: string;     // Keycloak's id of the user: stays the same when the username changes
  username: string;
  roles: Role[];
  agencyId: string | null;
}

export function user(): User {
  const p = (kc?.tokenParsed ?? {}) as Record<string, unknown>;
  const realmAccess = (p.realm_access ?? {}) as { roles?: string[] };
  return {
    subject: String(p.sub ?? ''),
    username: String(p.preferred_username ?? ''),
    roles: (realmAccess.roles ?? []) as Role[],
    agencyId: (p.agency_id as string | undefined) ?? null,
  };
}

export function hasRole(...roles: Role[]): boolean {
  const mine = user().roles;
  return roles.some((r) => mine.includes(r));
}

/** A fresh access token (refreshed when it has under 30 s left). */
export async function accessToken(): Promise<string> {
  if (!kc) throw new Error('not logged in');
  await kc.updateToken(30);
  return kc.token!;
}

export async function logout(): Promise<void> {
  const k = kc;
  kc = null;
  await k?.logout({ redirectUri: `${location.origin}/` });
}
