import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** How long, and how much, a closing connection goes on reading (and discarding) after its answer. */
export const LINGER_LIMITS = Object.freeze({ ms: 5_000, bytes: 8 * 1024 * 1024 });

type Limits = { ms: number; bytes: number };

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

const lingering = new WeakSet<Socket>();

function lingerThenClose(socket: Socket, limits: Limits): void {
  if (lingering.has(socket) || socket.destroyed) return;
  lingering.add(socket);
  if (socket.writable) socket.end();
  if (socket.readableEnded) {
    closeAfterWriting(socket);
    return;
  }
  const readAtStart = socket.bytesRead;
  const close = () => {
    clearTimeout(timer);
    clearInterval(meter);
    closeAfterWriting(socket);
  };
  const timer = setTimeout(close, limits.ms);
  // HTTP parsers read the socket's handle directly (no 'data' events): meter its byte count.
  const meter = setInterval(() => {
    if (socket.bytesRead - readAtStart > limits.bytes) close();
  }, 20);
  timer.unref();
  meter.unref();
  socket.once('end', close);
  socket.once('close', () => {
    clearTimeout(timer);
    clearInterval(meter);
  });
  socket.resume();
}

function closeAfterWriting(socket: Socket): void {
  if (socket.writableFinished) socket.destroy();
  else socket.once('finish', () => socket.destroy());
}
