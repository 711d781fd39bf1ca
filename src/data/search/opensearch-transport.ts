import { createHash, createHmac, type Hmac, type Hash as NodeHash } from 'node:crypto';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { SignatureV4 } from '@smithy/signature-v4';
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  Checksum,
  SourceData,
} from '@smithy/types';
import type { Config } from '#config';
import { type Clock, systemClock } from '#lib/clock';
import type { OpenSearchRequest, OpenSearchTransport } from './opensearch-index.ts';

/** SHA-256 (and HMAC-SHA-256 with a secret) for the signer, from node:crypto. */
class NodeSha256 implements Checksum {
  private hash: NodeHash | Hmac;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }
  private fresh(): NodeHash | Hmac {
    return this.secret === undefined
      ? createHash('sha256')
      : createHmac('sha256', typeof this.secret === 'string' ? this.secret : bytesOf(this.secret));
  }
  update(data: Uint8Array | string): void {
    this.hash.update(typeof data === 'string' ? data : bytesOf(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

function bytesOf(data: Exclude<SourceData, string>): Uint8Array {
  return data instanceof Uint8Array
    ? data
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);
}

export interface SignedOpenSearchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export interface OpenSearchSignerDeps {
  /** `https://search-….es.amazonaws.com` (a domain's endpoint). */
  endpoint: string;
  region: string;
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  clock?: Clock;
}

/**
 * Signs OpenSearch requests with SigV4 for the `es` service (an OpenSearch Service domain whose
 * access policy names the function roles): the body's hash is signed too, so a request cannot be
 * replayed with another body.
 */
export function createOpenSearchSigner(deps: OpenSearchSignerDeps) {
  const endpoint = new URL(deps.endpoint);
  const clock = deps.clock ?? systemClock;
  const signer = new SignatureV4({
    service: 'es',
    region: deps.region,
    credentials: deps.credentials,
    sha256: NodeSha256,
  });
  const basePath = endpoint.pathname.replace(/\/$/, '');

  return async function sign(request: OpenSearchRequest): Promise<SignedOpenSearchRequest> {
    const [pathname = '', search = ''] = request.path.split('?', 2) as [string, string?];
    const query = Object.fromEntries(new URLSearchParams(search));
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    const signed = await signer.sign(
      {
        method: request.method,
        protocol: endpoint.protocol,
        hostname: endpoint.hostname,
        ...(endpoint.port ? { port: Number(endpoint.port) } : {}),
        path: `${basePath}${pathname}`,
        query,
        headers: {
          host: endpoint.host,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body,
      },
      { signingDate: clock.now() },
    );
    return {
      url: `${endpoint.origin}${basePath}${request.path}`,
      method: request.method,
      // fetch sets Host itself (the same value that was signed).
      headers: Object.fromEntries(Object.entries(signed.headers).filter(([name]) => name !== 'host')),
      body,
    };
  };
}

/** Thrown when OpenSearch cannot be reached or does not answer in time. */
export class OpenSearchUnavailableError extends Error {
  override name = 'OpenSearchUnavailableError';
}

/**
 * The transport over HTTPS: each request signed, bounded by `timeoutMs` (the outbound request
 * timeout), its JSON answer parsed. A failure to connect or answer is an OpenSearchUnavailableError.
 */
export function createOpenSearchTransport(
  deps: OpenSearchSignerDeps & { timeoutMs: number },
): OpenSearchTransport {
  const sign = createOpenSearchSigner(deps);
  return async (request) => {
    const signed = await sign(request);
    let response: Response;
    let text: string;
    try {
      response = await fetch(signed.url, {
        method: signed.method,
        headers: signed.headers,
        ...(signed.body === undefined ? {} : { body: signed.body }),
        signal: AbortSignal.timeout(deps.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw new OpenSearchUnavailableError(
        `OpenSearch ${request.method} ${request.path.split('?')[0]} failed`,
        {
          cause: error,
        },
      );
    }
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (a proxy's error page): kept as text for the caller's error message.
    }
    return { status: response.status, body };
  };
}

/**
 * The configured engine's transport, signed with the process's AWS credentials (the default
 * chain; the function role's on Lambda).
 */
export function openSearchTransportOf(
  config: Pick<Config, 'region' | 'outbound'>,
  openSearch: { endpoint: string },
): OpenSearchTransport {
  return createOpenSearchTransport({
    endpoint: openSearch.endpoint,
    region: config.region,
    credentials: defaultProvider(),
    timeoutMs: config.outbound.requestTimeoutMs,
  });
}
