import { type LookupAddress, lookup } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { addressProblem, type TargetRules, urlProblem } from '#domain/webhook-targets';

/** What one POST to a webhook endpoint gave: the status it answered, or why there was none. */
export type SendOutcome = { status: number; durationMs: number } | { error: string; durationMs: number };

/** Answers read from a receiver are dropped after this many bytes (only the status matters). */
const MAX_ANSWER_BYTES = 64 * 1024;

/** Why `url` may not receive webhooks (its form, or any address its host resolves to), or undefined. */
export async function targetProblem(url: string, rules: TargetRules): Promise<string | undefined> {
  const problem = urlProblem(url, rules);
  if (problem) return problem;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  let addresses: LookupAddress[];
  try {
    addresses = await new Promise((resolve, reject) =>
      lookup(host, { all: true }, (error, found) => (error ? reject(error) : resolve(found))),
    );
  } catch {
    return 'has a host name that does not resolve';
  }
  for (const { address } of addresses) {
    const refused = addressProblem(address, rules);
    if (refused) return refused;
  }
  return undefined;
}

/**
 * The connection's own lookup, checking every address before it is used: the address connected
 * to is the address checked (a host re-pointed after registration, or between two lookups, is
 * refused at delivery).
 */
function checkedLookup(rules: TargetRules): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const list = addresses as LookupAddress[];
      for (const { address } of list) {
        const refused = addressProblem(address, rules);
        if (refused) return callback(new Error(`the target ${refused}`), '', 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (!first) return callback(new Error('the target does not resolve'), '', 4);
      return callback(null, first.address, first.family);
    });
  };
}

/**
 * POSTs one webhook: within `timeoutMs` in all (connect, send, answer), without following
 * redirects (a 3xx is an answer like any other), to checked addresses only.
 */
export function sendWebhook(options: {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  rules: TargetRules;
}): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const formProblem = urlProblem(options.url, options.rules);
  if (formProblem) return Promise.resolve({ error: `the target ${formProblem}`, durationMs: 0 });
  const url = new URL(options.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<SendOutcome>((resolve) => {
    const signal = AbortSignal.timeout(options.timeoutMs);
    const request = send(
      url,
      {
        method: 'POST',
        headers: {
          ...options.headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(options.body)),
          'user-agent': 'Tasklane-Webhooks/1',
        },
        lookup: checkedLookup(options.rules),
        signal,
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_ANSWER_BYTES) response.destroy();
        });
        const done = () => resolve({ status: response.statusCode ?? 0, durationMs: elapsed() });
        response.once('end', done);
        response.once('close', done);
        response.once('error', done);
      },
    );
    request.once('error', (error) =>
      resolve({
        error: signal.aborted ? `no answer within ${options.timeoutMs} ms` : error.message.slice(0, 300),
        durationMs: elapsed(),
      }),
    );
    request.end(options.body);
  });
}
