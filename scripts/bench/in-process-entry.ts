/**
 * One target of the in-process bench (scripts/bench/in-process.ts), bundled like the server
 * (and, for an ablation variant, with the same rewrites): the API's app or the bare answer,
 * answering `Request`s with no socket on either side. DynamoDB answers come from the real table
 * once (the first of each distinct call) and are replayed from then on, so a loop of requests is
 * bound by CPU alone. Bench-only: never bundled for deployment.
 */
import { createApp } from '#app';
import { loadConfig } from '#config';
import { createContainer } from '#container';
import { createDynamoClients } from '#data/dynamodb/client';
import { bareAnswer } from './bare-answer.ts';
import { ReplayingHandler, type RequestHandlerLike } from './replaying-handler.ts';

/** The requests of one scenario, cycled in order. */
export interface InProcessScenario {
  name: string;
  requests: Array<{ method: string; path: string; body?: string }>;
}

/** One target loaded into the driver's process: answers `count` requests of a scenario in turn. */
export interface InProcessTarget {
  run(scenario: InProcessScenario, count: number): Promise<void>;
}

/** Puts the replaying handler in front of a DynamoDB client's own (the document client shares its config). */
function replayOn(client: { config: { requestHandler: unknown } }): void {
  client.config.requestHandler = new ReplayingHandler(client.config.requestHandler as RequestHandlerLike);
}

type Answer = (request: Request) => Promise<Response>;

function apiAnswer(): Answer {
  const container = createContainer(loadConfig());
  replayOn(container.clients.dynamodb.client as never);
  const app = createApp(container);
  return async (request) => app.fetch(request);
}

function bareAnswerOf(userId: string): Answer {
  const config = loadConfig();
  const clients = createDynamoClients(config);
  replayOn(clients.client as never);
  const target = { doc: clients.doc, tableName: config.dynamodb.tableName };
  return async (request) => {
    const url = new URL(request.url);
    const result = await bareAnswer(target, userId, {
      method: request.method,
      url: url.pathname + url.search,
      body: await request.text(),
    });
    return new Response(JSON.stringify(result ?? null), {
      status: request.method === 'POST' ? 201 : 200,
      headers: { 'content-type': 'application/json' },
    });
  };
}

/**
 * The target this bundle is: the API's app over the process environment's configuration, or the
 * bare answer acting as `userId`. Each request is a `Request` answered in full and read to its end.
 */
export function prepareTarget(mode: 'api' | 'bare', userId: string, token: string): InProcessTarget {
  const answer = mode === 'api' ? apiAnswer() : bareAnswerOf(userId);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const turns = new Map<string, number>();
  return {
    async run(scenario, count) {
      let next = turns.get(scenario.name) ?? 0;
      for (let index = 0; index < count; index++) {
        const shape = scenario.requests[next++ % scenario.requests.length];
        if (!shape) throw new Error(`scenario ${scenario.name} has no requests`);
        const response = await answer(
          new Request(`http://bench.invalid${shape.path}`, {
            method: shape.method,
            headers,
            ...(shape.body === undefined ? {} : { body: shape.body }),
          }),
        );
        const text = await response.text();
        if (response.status >= 300) throw new Error(`${mode} ${scenario.name}: ${response.status} ${text}`);
      }
      turns.set(scenario.name, next);
    },
  };
}
