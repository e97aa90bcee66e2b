// The referral service's server-sent events (GET /api/v1/referrals/stream) need the bearer token, which
// EventSource cannot send; so the stream is read with fetch and parsed here. It reconnects after a drop.
import { accessToken } from './auth';
import { baseUrl } from './api';
import type { Referral } from './model';

export interface Live { stop(): void }

export function referralStream(onReferral: (r: Referral) => void, onState: (connected: boolean) => void): Live {
  let stopped = false;
  let abort: AbortController | null = null;

  async function run(): Promise<void> {
    let delay = 1000;
    while (!stopped) {
      abort = new AbortController();
      try {
        const r = await fetch(`${baseUrl('referral')}/api/v1/referrals/stream`, {
          headers: { Accept: 'text/event-stream', Authorization: `Bearer ${await accessToken()}` },
          signal: abort.signal, cache: 'no-store', credentials: 'omit',
        });
        if (!r.ok || !r.body) throw new Error(`HTTP ${r.status}`);
        onState(true);
        delay = 1000;
        await read(r.body, onReferral);
      } catch {
        // dropped, refused or offline: try again after a pause
      }
      if (stopped) break;
      onState(false);
      await new Promise((res) => setTimeout(res, delay));
      delay = Math.min(delay * 2, 15_000);
    }
  }

  void run();
  return { stop() { stopped = true; abort?.abort(); } };
}

async function read(body: ReadableStream<Uint8Array>, onReferral: (r: Referral) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
      const data = block.split(/\r?\n/).filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
      if (data) {
        try { onReferral(JSON.parse(data) as Referral); } catch { /* a keep-alive or a partial line */ }
      }
    }
  }
}
