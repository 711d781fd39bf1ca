import type { HttpHandlerOptions, HttpRequest, HttpResponse } from '@smithy/types';
import { currentDeadline } from '#lib/deadline';

/** What an AWS SDK client calls on its `requestHandler`. */
export interface RequestHandlerLike {
  handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{ response: HttpResponse }>;
}

interface Recorded {
  statusCode: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** Operations whose successful answer does not depend on the item written (no ReturnValues asked). */
const WRITES = /\.(?:TransactWriteItems|PutItem|UpdateItem|DeleteItem|BatchWriteItem)$/;

/**
 * Replays each DynamoDB answer recorded from the real table: by the call's exact body, or, for a
 * write never seen (a create's new id and request token), by its operation. It keeps what the
 * deployed handler does per call besides the socket: taking the request deadline's signal.
 */
export class ReplayingHandler implements RequestHandlerLike {
  private readonly byBody = new Map<string, Recorded>();
  private readonly byOperation = new Map<string, Recorded>();
  constructor(private readonly real: RequestHandlerLike) {}

  async handle(request: HttpRequest, options: HttpHandlerOptions = {}): Promise<{ response: HttpResponse }> {
    const signal = options.abortSignal ?? currentDeadline();
    const onAbort = () => {};
    (signal as AbortSignal | undefined)?.addEventListener('abort', onAbort, { once: true });
    try {
      const operation = String(request.headers['x-amz-target'] ?? '');
      const body: unknown = request.body;
      const key = `${operation}\n${body instanceof Uint8Array ? Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') : String(body ?? '')}`;
      const known =
        this.byBody.get(key) ?? (WRITES.test(operation) ? this.byOperation.get(operation) : undefined);
      const recorded = known ?? (await this.record(request, options, key, operation));
      return {
        response: {
          statusCode: recorded.statusCode,
          headers: { ...recorded.headers },
          body: new Uint8Array(recorded.body),
        } as HttpResponse,
      };
    } finally {
      (signal as AbortSignal | undefined)?.removeEventListener('abort', onAbort);
    }
  }

  private async record(request: HttpRequest, options: HttpHandlerOptions, key: string, operation: string) {
    const { response } = await this.real.handle(request, options);
    const chunks: Buffer[] = [];
    for await (const chunk of response.body as AsyncIterable<Buffer>) chunks.push(chunk);
    const recorded = {
      statusCode: response.statusCode,
      headers: response.headers,
      body: Buffer.concat(chunks),
    };
    if (recorded.statusCode === 200) {
      this.byBody.set(key, recorded);
      this.byOperation.set(operation, recorded);
    }
    return recorded;
  }
}
