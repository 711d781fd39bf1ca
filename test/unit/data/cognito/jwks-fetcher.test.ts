import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FetchError, NonRetryableFetchError } from 'aws-jwt-verify/error';
import { afterEach, describe, expect, it } from 'vitest';
import { createJwksFetcher } from '#data/cognito/jwks-fetcher';

const servers: Server[] = [];

/** A local JWKS endpoint on a free port; `answer` decides what each request gets. */
async function endpoint(answer: (respond: (status: number, body: string) => void) => void): Promise<string> {
  const server = createServer((_request, response) =>
    answer((status, body) => response.writeHead(status, { 'content-type': 'application/json' }).end(body)),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('JWKS fetcher', () => {
  it('reads a key set over http where the stage allows it, and refuses http where it does not', async () => {
    const uri = await endpoint((respond) => respond(200, '{"keys":[]}'));
    const body = await createJwksFetcher({ allowHttp: true, timeoutMs: 2000, failureBackoffMs: 1000 }).fetch(
      uri,
    );
    expect(Buffer.from(body).toString()).toBe('{"keys":[]}');
    await expect(
      createJwksFetcher({ allowHttp: false, timeoutMs: 2000, failureBackoffMs: 1000 }).fetch(uri),
    ).rejects.toBeInstanceOf(NonRetryableFetchError);
  });

  it('gives up on a silent endpoint after its timeout, then fails fast while backing off', async () => {
    let asked = 0;
    const uri = await endpoint(() => {
      asked += 1; // never answers
    });
    let now = 0;
    const fetcher = createJwksFetcher({
      allowHttp: true,
      timeoutMs: 200,
      failureBackoffMs: 5000,
      now: () => now,
    });
    await expect(fetcher.fetch(uri)).rejects.toBeInstanceOf(FetchError);
    now = 1000;
    await expect(fetcher.fetch(uri)).rejects.toThrow('backing off');
    expect(asked).toBe(1);
    now = 6000;
    await expect(fetcher.fetch(uri)).rejects.toBeInstanceOf(FetchError);
    expect(asked).toBe(2);
  });

  it('refuses an answer other than 200', async () => {
    const uri = await endpoint((respond) => respond(500, 'oops'));
    await expect(
      createJwksFetcher({ allowHttp: true, timeoutMs: 2000, failureBackoffMs: 0 }).fetch(uri),
    ).rejects.toThrow('Status code is 500');
  });
});
