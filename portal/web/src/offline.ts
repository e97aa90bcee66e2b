// Screenings made without a connection wait here until they can be sent. Each waits encrypted with AES-GCM under
// a key that WebCrypto made non-extractable: IndexedDB keeps the CryptoKey object itself, so the key's bytes can
// never be read out by script, and a copy of the database without this browser profile is unreadable. Each
// screening gets its Idempotency-Key when it is made, so sending it twice (two tabs, a lost answer) still makes
// one case only.
// Each waits for the user who wrote it, in the agency they wrote it for: only that user, signed in again for that
// agency, sees it or sends it. Another user of the same device never submits it under their own name, and the
// owner is bound into the encryption (additional data), so a record given another owner no longer decrypts.
import { ApiError, Unreachable, call } from './api';
import { user } from './auth';

const DB = 'setu-portal';
const KEYS = 'keys';
const QUEUE = 'queue';
const KEY_ID = 'offline-queue';

/** Who wrote a waiting screening: the Keycloak user (subject) and the agency they acted for. */
export interface Owner {
  subject: string;
  agencyId: string | null;
}

export interface Waiting {
  id: string;
  owner?: Owner;        // absent on records of an older portal: nobody sends those

  idempotencyKey: string;
  createdAt: string;
  iv: Uint8Array;
  data: ArrayBuffer;
  rejected?: string;   // a problem title from the service: the screening needs a person to fix it
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore(KEYS);
      req.result.createObjectStore(QUEUE, { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Runs one request in one object store and answers its result once the transaction has committed. */
function inStore<T>(store: string, mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then((db) => new Promise<T>((resolve, reject) => {
    const t = db.transaction(store, mode);
    const req = work(t.objectStore(store));
    t.oncomplete = () => { db.close(); resolve(req.result); };
    t.onerror = () => { db.close(); reject(t.error); };
  }));
}

async function key(): Promise<CryptoKey> {
  const existing = await inStore<CryptoKey | undefined>(KEYS, 'readonly', (s) => s.get(KEY_ID) as IDBRequest<CryptoKey | undefined>);
  if (existing) return existing;
  const made = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  await inStore(KEYS, 'readwrite', (s) => s.put(made, KEY_ID));
  return made;
}

/** The signed-in user as the owner of what they queue. */
export function currentOwner(): Owner {
  const me = user();
  return { subject: me.subject, agencyId: me.agencyId };
}

/** Whether a waiting screening belongs to this user acting for this agency (and so may be shown and sent). */
export function belongsTo(item: Pick<Waiting, 'owner'>, owner: Owner): boolean {
  return !!item.owner && !!owner.subject && item.owner.subject === owner.subject && item.owner.agencyId === owner.agencyId;
}

function boundTo(owner: Owner): Uint8Array {
  return new TextEncoder().encode(`setu-offline-v2|${owner.subject}|${owner.agencyId ?? ''}`);
}

export async function enqueue(body: unknown): Promise<Waiting> {
  const owner = currentOwner();
  if (!owner.subject) throw new Error('not signed in');
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(body));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: boundTo(owner) as BufferSource }, await key(), plain);
  const item: Waiting = { id: crypto.randomUUID(), owner, idempotencyKey: crypto.randomUUID(), createdAt: new Date().toISOString(), iv, data };
  await inStore(QUEUE, 'readwrite', (s) => s.put(item));
  changed();
  return item;
}

/** The signed-in user's waiting screenings, oldest first; other users' stay hidden. */
export async function waiting(): Promise<Waiting[]> {
  const owner = currentOwner();
  const all = await inStore<Waiting[]>(QUEUE, 'readonly', (s) => s.getAll() as IDBRequest<Waiting[]>);
  return all.filter((i) => belongsTo(i, owner)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function reveal(item: Waiting): Promise<Record<string, unknown>> {
  const owner = currentOwner();
  if (!belongsTo(item, owner)) throw new Error('this screening was written by another user');
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: item.iv as BufferSource, additionalData: boundTo(owner) as BufferSource },
    await key(), item.data);
  return JSON.parse(new TextDecoder().decode(plain));
}

export async function discard(id: string): Promise<void> {
  const owner = currentOwner();
  const item = await inStore<Waiting | undefined>(QUEUE, 'readonly', (s) => s.get(id) as IDBRequest<Waiting | undefined>);
  if (!item || !belongsTo(item, owner)) return;
  await inStore(QUEUE, 'readwrite', (s) => s.delete(id));
  changed();
}

/** Discards everything the signed-in user has waiting (at logout, when they choose so). */
export async function discardMine(): Promise<void> {
  for (const item of await waiting()) await inStore(QUEUE, 'readwrite', (s) => s.delete(item.id));
  changed();
}

type Listener = (sent?: { item: Waiting; answer: unknown }) => void;
const listeners = new Set<Listener>();
export function onChange(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
function changed(sent?: { item: Waiting; answer: unknown }): void {
  listeners.forEach((l) => l(sent));
}

let flushing: Promise<void> | null = null;

/** Sends what waits, oldest first; stops at the first sign that the services are still out of reach. */
export function flush(): Promise<void> {
  if (!flushing) flushing = send().finally(() => { flushing = null; });
  return flushing;
}

async function send(): Promise<void> {
  if (!navigator.onLine) return;
  for (const item of await waiting()) {
    if (item.rejected) continue;
    try {
      const answer = await call('screening', '/screenings', {
        method: 'POST', body: await reveal(item), headers: { 'Idempotency-Key': item.idempotencyKey },
      });
      await inStore(QUEUE, 'readwrite', (s) => s.delete(item.id));
      changed({ item, answer: answer.body });
    } catch (e) {
      if (e instanceof ApiError && e.problem.status >= 400 && e.problem.status < 500 && ![408, 409, 429].includes(e.problem.status)) {
        await inStore(QUEUE, 'readwrite', (s) => s.put({ ...item, rejected: e.problem.title ?? String(e.problem.status) }));
        changed();
        continue;
      }
      if (e instanceof Unreachable || e instanceof ApiError) return;   // try again later
      return;   // token refresh failed while the network is flaky: try again later
    }
  }
}

/** Sends waiting screenings when the connection returns, and every half minute while any wait. */
export function startSync(): void {
  window.addEventListener('online', () => { void flush(); });
  setInterval(() => { void flush(); }, 30_000);
  void flush();
}
