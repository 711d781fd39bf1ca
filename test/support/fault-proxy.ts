import { once } from 'node:events';
import net from 'node:net';

/**
 * How the proxy treats traffic from now on (existing connections included):
 * - `pass`: forward both ways.
 * - `refuse`: stop listening (new connections get ECONNREFUSED) and reset the open ones.
 * - `blackhole`: accept, read and drop everything; never answer, never close.
 * - `lose-response`: forward requests upstream, then drop the connection when the answer starts
 *   arriving, so the dependency did the work but the caller never hears of it.
 * - `stall`: forward the first chunk of each answer, then nothing more (a response cut off mid-way).
 * - `delay`: forward both ways, holding each chunk of an answer for `delayMs`.
 */
export type FaultMode =
  | { kind: 'pass' }
  | { kind: 'refuse' }
  | { kind: 'blackhole' }
  | { kind: 'lose-response' }
  | { kind: 'stall' }
  | { kind: 'delay'; delayMs: number };

export interface FaultProxy {
  /** `http://127.0.0.1:<port>`: point a client's endpoint here instead of at the stand-in. */
  readonly endpoint: string;
  readonly port: number;
  /** Switches the mode; `refuse` and back re-binds the same port. */
  setMode(mode: FaultMode | FaultMode['kind']): Promise<void>;
  /** Requests (client → upstream chunks) seen since the proxy started or the last reset. */
  readonly stats: { connections: number; upstreamChunks: number; droppedResponses: number };
  resetStats(): void;
  close(): Promise<void>;
}

/** A real TCP proxy in front of `upstream` (an `http://host:port` endpoint) that injects faults. */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const upstreamPort = Number(target.port);
  const upstreamHost = target.hostname;
  let mode: FaultMode = { kind: 'pass' };
  const open = new Set<net.Socket>();
  const stats = { connections: 0, upstreamChunks: 0, droppedResponses: 0 };

  const onConnection = (client: net.Socket) => {
    stats.connections += 1;
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => {});
    if (mode.kind === 'refuse') {
      client.resetAndDestroy();
      return;
    }
    const server = net.connect({ host: upstreamHost, port: upstreamPort });
    open.add(server);
    // Answers held back by `delay` still reach the caller before its connection closes.
    let held = Promise.resolve();
    server.on('close', () => {
      open.delete(server);
      // A black hole or a stalled answer keeps the caller waiting even after the upstream hung up.
      if (mode.kind === 'blackhole' || mode.kind === 'stall') return;
      void held.then(() => client.destroy());
    });
    server.on('error', () => {});
    client.on('close', () => server.destroy());

    client.on('data', (chunk) => {
      if (mode.kind === 'blackhole' || mode.kind === 'refuse') return;
      stats.upstreamChunks += 1;
      server.write(chunk);
    });
    let stalled = false;
    server.on('data', (chunk) => {
      switch (mode.kind) {
        case 'pass':
          client.write(chunk);
          return;
        case 'delay': {
          const delayMs = mode.delayMs;
          held = held.then(
            () =>
              new Promise<void>((resolve) =>
                setTimeout(() => {
                  if (!client.destroyed) client.write(chunk);
                  resolve();
                }, delayMs),
              ),
          );
          return;
        }
        case 'stall':
          if (!stalled) client.write(chunk.subarray(0, Math.max(1, Math.floor(chunk.length / 2))));
          stalled = true;
          return;
        case 'lose-response':
          stats.droppedResponses += 1;
          client.destroy();
          server.destroy();
          return;
        default:
          return;
      }
    });
  };

  const listener = net.createServer(onConnection);
  listener.listen(0, '127.0.0.1');
  await once(listener, 'listening');
  const address = listener.address();
  if (address === null || typeof address === 'string') throw new Error('fault proxy: no TCP address');
  const port = address.port;
  let listening = true;
  let rebind: net.Server = listener;

  const stopListening = async () => {
    if (!listening) return;
    listening = false;
    await new Promise<void>((resolve) => rebind.close(() => resolve()));
  };
  const startListening = async () => {
    if (listening) return;
    rebind = net.createServer(onConnection);
    rebind.listen(port, '127.0.0.1');
    await once(rebind, 'listening');
    listening = true;
  };

  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    stats,
    resetStats() {
      stats.connections = 0;
      stats.upstreamChunks = 0;
      stats.droppedResponses = 0;
    },
    async setMode(next) {
      mode = typeof next === 'string' ? toMode(next) : next;
      if (mode.kind === 'refuse') {
        for (const socket of open) socket.resetAndDestroy();
        await stopListening();
      } else {
        await startListening();
      }
    },
    async close() {
      for (const socket of open) socket.destroy();
      await stopListening();
    },
  };
}

function toMode(kind: FaultMode['kind']): FaultMode {
  if (kind === 'delay') throw new Error('fault proxy: delay needs { kind: "delay", delayMs }');
  return { kind };
}
