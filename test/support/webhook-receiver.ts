import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One request a receiver got: its Standard Webhooks headers and raw body. */
export interface ReceivedWebhook {
  path: string;
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  headers: IncomingHttpHeaders;
}

/** How the receiver answers the n-th request (0-based) to a path: a status, or `hang` (never answers). */
export type Answer = number | 'hang';

/**
 * A real HTTP receiver on loopback (a random free port), as a customer would run one: it records
 * every request and answers each path as its script says (200 by default).
 */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  const scripts = new Map<string, (index: number) => Answer>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      const index = received.filter((entry) => entry.path === path).length;
      received.push({
        path,
        id: String(request.headers['webhook-id']),
        timestamp: String(request.headers['webhook-timestamp']),
        signature: String(request.headers['webhook-signature']),
        body: Buffer.concat(chunks).toString('utf8'),
        headers: request.headers,
      });
      const answer = scripts.get(path)?.(index) ?? 200;
      if (answer === 'hang') {
        hanging.add(response);
        return;
      }
      response.writeHead(answer, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** The URL of a path on this receiver (each test uses its own path). */
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    answer(path: string, script: (index: number) => Answer) {
      scripts.set(path, script);
    },
    at: (path: string) => received.filter((entry) => entry.path === path),
    async stop() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Verifies a received request with the reference library, as a receiver would; returns the parsed body. */
export function verifiedBody(
  secret: string,
  request: ReceivedWebhook,
): { type: string; timestamp: string; data: Record<string, unknown> } {
  return new Webhook(secret).verify(request.body, {
    'webhook-id': request.id,
    'webhook-timestamp': request.timestamp,
    'webhook-signature': request.signature,
  }) as { type: string; timestamp: string; data: Record<string, unknown> };
}
