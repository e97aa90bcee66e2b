// Calls to the five services with the user's bearer token. Errors come back as problem+json (RFC 9457): the
// title, detail and the wrong fields are shown to the user as they are.
import { accessToken } from './auth';
import { config } from './config';
import { lang } from './i18n';

export type ServiceName = 'screening' | 'referral' | 'directory' | 'notification' | 'statistics';

export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  errors?: { field?: string; message?: string; pointer?: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
}

/** The browser could not reach the service at all (offline, or the service is down). */
export class Unreachable extends Error {}

export function baseUrl(service: ServiceName): string {
  const c = config();
  return { screening: c.screeningUrl, referral: c.referralUrl, directory: c.directoryUrl, notification: c.notificationUrl,
    statistics: c.statisticsUrl }[service];
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Answer<T> { body: T; status: number; etag: string | null }

export async function call<T>(service: ServiceName, path: string, options: CallOptions = {}): Promise<Answer<T>> {
  // the services write what people read (the screening trace) in the language the portal shows
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': lang(), ...(options.headers ?? {}) };
  headers.Authorization = `Bearer ${await accessToken()}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let r: Response;
  try {
    r = await fetch(`${baseUrl(service)}/api/v1${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new Unreachable(service);
  }
  const text = await r.text();
  const body = text ? JSON.parse(text) : null;
  if (!r.ok) throw new ApiError({ ...(body ?? {}), status: r.status });   // RFC 9457: the HTTP status counts, the body's is advisory
  return { body: body as T, status: r.status, etag: r.headers.get('ETag') };
}

/**
 * A file the API writes (a CSV), fetched with the user's token: a plain link would carry none. Refusals come back as
 * problem+json like every other call's.
 */
export async function download(service: ServiceName, path: string, accept: string): Promise<Blob> {
  const headers = { Accept: accept, 'Accept-Language': lang(), Authorization: `Bearer ${await accessToken()}` };
  let r: Response;
  try {
    r = await fetch(`${baseUrl(service)}/api/v1${path}`, { headers, cache: 'no-store', credentials: 'omit' });
  } catch {
    throw new Unreachable(service);
  }
  if (!r.ok) {
    const text = await r.text();
    let problem: Partial<Problem> = {};
    try { problem = text ? JSON.parse(text) : {}; } catch { /* not problem+json: the status says enough */ }
    throw new ApiError({ ...problem, status: r.status });
  }
  return r.blob();
}

export async function get<T>(service: ServiceName, path: string): Promise<T> {
  return (await call<T>(service, path)).body;
}

export function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
