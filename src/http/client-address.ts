import type { Context } from 'hono';

/**
 * The caller's IP address as the edge saw it: API Gateway's `requestContext.http.sourceIp`
 * on Lambda, the socket's peer on the Node server. X-Forwarded-For is never read (a client
 * writes what it likes there). Undefined when neither is known (in-process tests).
 */
export function clientAddress(c: Context): string | undefined {
  const env = (c.env ?? {}) as {
    requestContext?: { http?: { sourceIp?: unknown }; identity?: { sourceIp?: unknown } };
    incoming?: { socket?: { remoteAddress?: unknown } };
  };
  const candidates = [
    env.requestContext?.http?.sourceIp,
    env.requestContext?.identity?.sourceIp,
    env.incoming?.socket?.remoteAddress,
  ];
  const found = candidates.find((value): value is string => typeof value === 'string' && value.length > 0);
  return found;
}
