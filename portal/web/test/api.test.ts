// The API client on its own: fetch is stubbed (the services are not part of a unit test), the token comes from a
// stubbed Keycloak session, and the URLs from a stubbed /config.json.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, Unreachable, call, get, query } from '../src/api';

vi.mock('../src/auth', () => ({ accessToken: async () => 'token-of-the-session' }));
vi.mock('../src/config', () => ({
  config: () => ({
    keycloakUrl: 'http://keycloak.test', realm: 'setu', clientId: 'setu-portal',
    screeningUrl: 'http://screening.test', referralUrl: 'http://referral.test',
    directoryUrl: 'http://directory.test', notificationUrl: 'http://notification.test', statisticsUrl: 'http://statistics.test',
  }),
}));

const network = vi.fn<typeof fetch>();

function answer(status: number, body?: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers });
}

/** What the client put on the wire in its only request. */
function sentRequest(): { url: string; init: RequestInit; headers: Record<string, string> } {
  expect(network).toHaveBeenCalledTimes(1);
  const [url, init] = network.mock.calls[0];
  return { url: String(url), init: init!, headers: init!.headers as Record<string, string> };
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => { throw new Error('the call succeeded'); }, (e: unknown) => e);
}

beforeEach(() => {
  network.mockReset();
  vi.stubGlobal('fetch', network);
});

describe('what a call sends', () => {
  it('every call carries the user\'s bearer token and goes to the service\'s own API', async () => {
    network.mockResolvedValue(answer(200, []));

    await get('referral', '/referrals?status=SENT');

    const { url, init, headers } = sentRequest();
    expect(url).toBe('http://referral.test/api/v1/referrals?status=SENT');
    expect(init.method).toBe('GET');
    expect(headers.Authorization).toBe('Bearer token-of-the-session');
    expect(headers.Accept).toBe('application/json');
    expect(headers['Accept-Language']).toBe('en');   // the services write the trace in the portal's language
    expect(init.body).toBeUndefined();
    expect(headers['Content-Type']).toBeUndefined();
  });

  it('a screening is posted as JSON with the Idempotency-Key it was given', async () => {
    network.mockResolvedValue(answer(201, { caseId: 'case-1' }));

    await call('screening', '/screenings', { method: 'POST', body: { context: 'BORDER' }, headers: { 'Idempotency-Key': 'key-1' } });

    const { url, init, headers } = sentRequest();
    expect(url).toBe('http://screening.test/api/v1/screenings');
    expect(init.method).toBe('POST');
    expect(headers['Idempotency-Key']).toBe('key-1');
    expect(headers['Content-Type']).toBe('application/json');
    expect(headers.Authorization).toBe('Bearer token-of-the-session');
    expect(JSON.parse(init.body as string)).toEqual({ context: 'BORDER' });
  });

  it('a caller cannot replace the user\'s token with a header of its own', async () => {
    network.mockResolvedValue(answer(200, {}));

    await call('directory', '/services', { headers: { Authorization: 'Bearer forged' } });

    expect(sentRequest().headers.Authorization).toBe('Bearer token-of-the-session');
  });

  it('no cookie goes with a call and no answer is taken from the browser cache', async () => {
    network.mockResolvedValue(answer(200, {}));

    await get('notification', '/deliveries');

    expect(sentRequest().init).toMatchObject({ credentials: 'omit', cache: 'no-store' });
  });

  it('an answer gives its body, status and ETag', async () => {
    network.mockResolvedValue(answer(200, { id: 'r-1', status: 'SENT' }, { ETag: '"3"' }));

    await expect(call('referral', '/referrals/r-1')).resolves.toEqual({ body: { id: 'r-1', status: 'SENT' }, status: 200, etag: '"3"' });
  });

  it('an empty answer gives no body', async () => {
    network.mockResolvedValue(answer(204));

    await expect(call('referral', '/referrals/r-1/accept', { method: 'POST' })).resolves.toMatchObject({ body: null, status: 204 });
  });
});

describe('what a failure becomes', () => {
  it('a problem answer becomes an ApiError with the status, title, detail and wrong fields the form shows', async () => {
    network.mockResolvedValue(answer(422, {
      type: 'https://setu.example/problems/invalid', title: 'Invalid screening', status: 422,
      detail: 'Two answers are missing.', errors: [{ field: 'person.sex', message: 'must be given' }, { pointer: '/answers/q3', message: 'is required' }],
    }, { 'Content-Type': 'application/problem+json' }));

    const e = await failureOf(call('screening', '/screenings', { method: 'POST', body: {} }));

    expect(e).toBeInstanceOf(ApiError);
    const problem = (e as ApiError).problem;
    expect(problem).toMatchObject({ status: 422, title: 'Invalid screening', detail: 'Two answers are missing.' });
    expect(problem.errors).toEqual([{ field: 'person.sex', message: 'must be given' }, { pointer: '/answers/q3', message: 'is required' }]);
    expect((e as ApiError).message).toBe('Two answers are missing.');
  });

  it('a problem without a detail is told by its title', async () => {
    network.mockResolvedValue(answer(409, { title: 'Referral already accepted', status: 409 }));

    const e = await failureOf(call('referral', '/referrals/r-1/accept', { method: 'POST' }));

    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).message).toBe('Referral already accepted');
  });

  it('an error answer with no body still carries its HTTP status', async () => {
    network.mockResolvedValue(answer(404));

    const e = await failureOf(get('referral', '/referrals/unknown'));

    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).problem).toEqual({ status: 404 });
    expect((e as ApiError).message).toBe('HTTP 404');
  });

  it('the status of the answer counts, not a different one written in its body', async () => {
    network.mockResolvedValue(answer(403, { status: 200, title: 'Forbidden' }));

    const e = await failureOf(get('referral', '/referrals'));

    expect((e as ApiError).problem.status).toBe(403);
  });

  it('a service out of reach becomes Unreachable, naming the service, and not an ApiError', async () => {
    network.mockRejectedValue(new TypeError('fetch failed'));

    const e = await failureOf(call('screening', '/screenings', { method: 'POST', body: {} }));

    expect(e).toBeInstanceOf(Unreachable);
    expect(e).not.toBeInstanceOf(ApiError);
    expect((e as Unreachable).message).toBe('screening');
  });
});

describe('query strings', () => {
  it('a query leaves out empty parameters and encodes the rest', () => {
    expect(query({ district: 'Cox\'s Bazar', category: '', status: null, page: 2, size: undefined })).toBe('?district=Cox%27s+Bazar&page=2');
  });

  it('a query with nothing in it adds nothing to the path', () => {
    expect(query({ district: '', status: null })).toBe('');
  });
});
