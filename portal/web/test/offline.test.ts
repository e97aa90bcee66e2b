// The offline queue: screenings wait encrypted in IndexedDB (fake-indexeddb here) under WebCrypto (Node's), each for
// the user and agency that wrote it. The signed-in user and the screening service are stubbed; ApiError and
// Unreachable are the real ones.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, Unreachable, call } from '../src/api';
import { belongsTo, discard, discardMine, enqueue, flush, onChange, reveal, waiting, type Waiting } from '../src/offline';

const session = vi.hoisted(() => ({ subject: '', agencyId: null as string | null }));

vi.mock('../src/auth', () => ({
  user: () => ({ subject: session.subject, username: 'someone', roles: ['screener'], agencyId: session.agencyId }),
  accessToken: async () => 'token',
}));
vi.mock('../src/api', async (original) => ({ ...(await original<typeof import('../src/api')>()), call: vi.fn() }));

const service = vi.mocked(call);

function signIn(subject: string, agencyId: string | null): void {
  session.subject = subject;
  session.agencyId = agencyId;
}

const SCREENING = { person: { givenName: 'Rahima', familyName: 'Akter', phone: '+8801711000001' }, context: 'BORDER' };

/** The queue's records as the database holds them, read past the portal's code. */
function storedRecords(): Promise<Waiting[]> {
  return queueStore('readonly', (s) => s.getAll() as IDBRequest<Waiting[]>);
}

/** Writes a record straight into the database, as someone with access to the device's files could. */
function storeRecord(record: Waiting): Promise<unknown> {
  return queueStore('readwrite', (s) => s.put(record));
}

function queueStore<T>(mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open('setu-portal');
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const db = opening.result;
      const request = work(db.transaction('queue', mode).objectStore('queue'));
      request.onsuccess = () => { db.close(); resolve(request.result); };
      request.onerror = () => { db.close(); reject(request.error); };
    };
  });
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());   // an empty browser profile for every test
  vi.stubGlobal('navigator', { onLine: true });
  service.mockReset();
  signIn('screener-a', 'agency-1');
});

afterEach(() => signIn('', null));

describe('who sees and sends a waiting screening', () => {
  it('the screener who queued a screening sees it and gets back what she wrote', async () => {
    const item = await enqueue(SCREENING);

    expect((await waiting()).map((w) => w.id)).toEqual([item.id]);
    expect(await reveal(item)).toEqual(SCREENING);
  });

  it('another user of the same device and agency neither sees, reads nor sends it', async () => {
    const item = await enqueue(SCREENING);
    signIn('screener-b', 'agency-1');

    expect(await waiting()).toEqual([]);
    await expect(reveal(item)).rejects.toThrow('another user');
    await flush();
    expect(service).not.toHaveBeenCalled();
  });

  it('the same screener acting for another agency neither sees nor sends what she queued for the first', async () => {
    await enqueue(SCREENING);
    signIn('screener-a', 'agency-2');

    expect(await waiting()).toEqual([]);
    await flush();
    expect(service).not.toHaveBeenCalled();

    signIn('screener-a', 'agency-1');
    expect(await waiting()).toHaveLength(1);
  });

  it('a record moved to another owner in the database no longer decrypts and is never sent', async () => {
    const item = await enqueue(SCREENING);
    const [record] = await storedRecords();
    await storeRecord({ ...record, owner: { subject: 'screener-b', agencyId: 'agency-1' } });
    signIn('screener-b', 'agency-1');

    const [moved] = await waiting();
    expect(moved.id).toBe(item.id);
    await expect(reveal(moved)).rejects.toThrow();
    await flush();
    expect(service).not.toHaveBeenCalled();
  });

  it('a record without an owner, from an older portal, is shown to nobody', async () => {
    await enqueue(SCREENING);
    const [record] = await storedRecords();
    const { owner: _dropped, ...ownerless } = record;
    await storeRecord(ownerless);

    expect(await waiting()).toEqual([]);
  });

  it('nobody can queue a screening without being signed in, and nothing is written', async () => {
    signIn('', null);

    await expect(enqueue(SCREENING)).rejects.toThrow('not signed in');
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('another user cannot discard what someone else queued', async () => {
    const item = await enqueue(SCREENING);
    signIn('screener-b', 'agency-1');
    await discard(item.id);
    await discardMine();

    signIn('screener-a', 'agency-1');
    expect((await waiting()).map((w) => w.id)).toEqual([item.id]);
  });

  it.each([
    ['the same user in the same agency', true, { subject: 'screener-a', agencyId: 'agency-1' }],
    ['another user in the same agency', false, { subject: 'screener-b', agencyId: 'agency-1' }],
    ['the same user in another agency', false, { subject: 'screener-a', agencyId: 'agency-2' }],
    ['the same user with no agency', false, { subject: 'screener-a', agencyId: null }],
    ['a session with no user', false, { subject: '', agencyId: 'agency-1' }],
  ])('a screening queued by screener-a for agency-1 belongs to %s: %s', (_who, expected, owner) => {
    expect(belongsTo({ owner: { subject: 'screener-a', agencyId: 'agency-1' } }, owner)).toBe(expected);
  });
});

describe('what the device keeps', () => {
  it('a waiting screening is stored encrypted, so the database holds none of its words', async () => {
    await enqueue(SCREENING);
    const [record] = await storedRecords();
    const bytes = new TextDecoder('latin1').decode(new Uint8Array(record.data));

    expect(bytes).not.toContain('Rahima');
    expect(bytes).not.toContain('8801711000001');
    expect(JSON.stringify(record)).not.toContain('Rahima');
  });
});

describe('sending what waits', () => {
  it('a screening whose first sending is lost is sent again with the same Idempotency-Key, then leaves the queue', async () => {
    const item = await enqueue(SCREENING);
    service.mockRejectedValueOnce(new Unreachable('screening'));
    service.mockResolvedValueOnce({ body: { caseId: 'case-1' }, status: 201, etag: null });
    const sent: unknown[] = [];
    const stop = onChange((s) => { if (s) sent.push(s.answer); });

    await flush();
    expect(await waiting()).toHaveLength(1);
    await flush();
    stop();

    expect(service).toHaveBeenCalledTimes(2);
    const keys = service.mock.calls.map(([, , options]) => options?.headers?.['Idempotency-Key']);
    expect(keys).toEqual([item.idempotencyKey, item.idempotencyKey]);
    expect(item.idempotencyKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(service.mock.calls[1].slice(0, 2)).toEqual(['screening', '/screenings']);
    expect(service.mock.calls[1][2]).toMatchObject({ method: 'POST', body: SCREENING });
    expect(await waiting()).toEqual([]);
    expect(sent).toEqual([{ caseId: 'case-1' }]);
  });

  it('each queued screening has an Idempotency-Key of its own', async () => {
    const first = await enqueue(SCREENING);
    const second = await enqueue(SCREENING);

    expect(first.idempotencyKey).not.toBe(second.idempotencyKey);
  });

  it('two flushes at once send a screening once', async () => {
    await enqueue(SCREENING);
    service.mockResolvedValue({ body: {}, status: 201, etag: null });

    await Promise.all([flush(), flush()]);

    expect(service).toHaveBeenCalledTimes(1);
  });

  it('nothing is sent while the browser says it is offline', async () => {
    await enqueue(SCREENING);
    vi.stubGlobal('navigator', { onLine: false });

    await flush();

    expect(service).not.toHaveBeenCalled();
    expect(await waiting()).toHaveLength(1);
  });

  const REFUSED = 'waits for a person with the problem title and is not sent again';
  const LATER = 'stays queued and is tried again';
  it.each([
    [400, REFUSED, 1, 'Not this way'],
    [403, REFUSED, 1, 'Not this way'],
    [422, REFUSED, 1, 'Not this way'],
    [408, LATER, 2, undefined],
    [409, LATER, 2, undefined],
    [429, LATER, 2, undefined],
    [503, LATER, 2, undefined],
  ])('a screening the service answers with %i %s', async (status, _what, sendings, rejected) => {
    await enqueue(SCREENING);
    service.mockRejectedValue(new ApiError({ status, title: 'Not this way' }));

    await flush();
    await flush();

    expect(service).toHaveBeenCalledTimes(sendings);
    const [kept] = await waiting();
    expect(kept.rejected).toBe(rejected);
  });

  it('screenings are sent oldest first', async () => {
    const older = await enqueue({ ...SCREENING, context: 'OLDER' });
    await new Promise((r) => setTimeout(r, 5));
    await enqueue({ ...SCREENING, context: 'NEWER' });
    service.mockResolvedValue({ body: {}, status: 201, etag: null });

    await flush();

    expect(service.mock.calls.map(([, , o]) => (o?.body as { context: string }).context)).toEqual(['OLDER', 'NEWER']);
    expect(service.mock.calls[0][2]?.headers?.['Idempotency-Key']).toBe(older.idempotencyKey);
  });
});
