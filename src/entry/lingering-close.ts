import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** How long, and how much, a closing connection goes on reading (and discarding) after its answer. */
export const LINGER_LIMITS = Object.freeze({ ms: 5_000, bytes: 8 * 1024 * 1024 });

type Limits = { ms: number; bytes: number };

/** How often the byte counts of lingering connections are checked against `limits.bytes`. */
const METER_INTERVAL_MS = 20;

/**
 * Lingering close for the Node server. When a response ends its connection while the request
 * body is still arriving — a 413 decided from Content-Length, before any of the body is read —
 * Node would close the socket at once, and the bytes still coming in make the kernel answer
 * with a reset, which can destroy the 413 before the client has read it. Instead the socket
 * half-closes (the answer and a FIN go out), and what still arrives is discarded until the
 * client is done sending, or `limits.bytes` more arrive, or `limits.ms` pass; then it closes.
 */
export function lingerOnClose(server: Server, limits: Limits = LINGER_LIMITS): void {
  server.on('connection', (socket: Socket) => {
    socket.destroySoon = function lingeringClose(this: Socket) {
      lingerThenClose(this, limits);
    };
  });
}

/** Lingering sockets with the byte count they had read when they started to linger. */
const lingering = new Map<Socket, { readAtStart: number; maxBytes: number; close: () => void }>();
let meter: NodeJS.Timeout | undefined;

function lingerThenClose(socket: Socket, limits: Limits): void {
  if (lingering.has(socket) || socket.destroyed) return;
  if (socket.writable) socket.end();
  if (socket.readableEnded) {
    closeAfterWriting(socket);
    return;
  }
  silenceHttpParser(socket);
  let closing = false;
  const close = () => {
    if (closing) return;
    closing = true;
    clearTimeout(timer);
    closeAfterWriting(socket);
  };
  const timer = setTimeout(close, limits.ms);
  timer.unref();
  lingering.set(socket, { readAtStart: socket.bytesRead, maxBytes: limits.bytes, close });
  meter ??= setInterval(meterLingering, METER_INTERVAL_MS).unref();
  socket.once('end', close);
  socket.once('close', () => {
    clearTimeout(timer);
    lingering.delete(socket);
    if (lingering.size === 0 && meter) {
      clearInterval(meter);
      meter = undefined;
    }
  });
  socket.resume();
}

/** The HTTP parser reads the socket's handle directly (no 'data' events): meter its byte counts. */
function meterLingering(): void {
  for (const [socket, { readAtStart, maxBytes, close }] of lingering) {
    if (socket.bytesRead - readAtStart > maxBytes) close();
  }
}

/**
 * The slots of the JS callbacks Node's HTTP parser makes while it reads a connection (the
 * constants of the parser's own class, as `node:_http_common` uses them).
 */
const PARSER_CALLBACKS = [
  'kOnMessageBegin',
  'kOnHeaders',
  'kOnHeadersComplete',
  'kOnBody',
  'kOnMessageComplete',
  'kOnExecute',
] as const;

/**
 * Turns the connection's HTTP parser into a plain discard while it lingers. Node's server
 * parser reads the socket in C++ into one static buffer, but hands every body chunk to JS as a
 * fresh copy — of a body nobody reads here; at flood rates those copies, and the garbage
 * collections they set off, were most of the server's work and its RSS growth. With its
 * callbacks taken away the parser still reads (and frames) what arrives, so end-of-stream and
 * errors still reach the socket, but makes no JS call and no copy; a request that follows the
 * refused one on this connection is discarded the same way, never served. Node pools its
 * parsers, so the callbacks are put back before the server frees this one on close.
 * `socket.parser` and the slot constants are Node internals (stable since Node 12): where they
 * are missing the parser is left as it is, and the discard is only dearer.
 */
export function silenceHttpParser(socket: Socket): boolean {
  const parser = (socket as { parser?: unknown }).parser;
  if (typeof parser !== 'object' || parser === null) return false;
  const slotsOf = parser.constructor as unknown as Record<string, unknown>;
  const slots = PARSER_CALLBACKS.map((name) => slotsOf[name]);
  if (!slots.every((slot): slot is number => typeof slot === 'number')) return false;
  const callbacks = parser as Record<number, unknown>;
  const saved = slots.map((slot) => [slot, callbacks[slot]] as const);
  for (const slot of slots) callbacks[slot] = undefined;
  socket.prependOnceListener('close', () => {
    for (const [slot, callback] of saved) callbacks[slot] = callback;
  });
  return true;
}

function closeAfterWriting(socket: Socket): void {
  if (socket.writableFinished) socket.destroy();
  else socket.once('finish', () => socket.destroy());
}
