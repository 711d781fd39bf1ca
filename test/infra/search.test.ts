import { beforeAll, describe, expect, it } from 'vitest';
import { resourcesOfType, SYNTH_TIMEOUT_MS, type Synthesized, synthStage } from '#test/support/infra';
import { DEPLOY_STAGES, stageConfig } from '../../infra/stage-config.ts';

/** The OpenSearch domain of a stage whose config says `search: 'opensearch'` (here by context). */
let embedded: Synthesized;
let withOpenSearch: Synthesized;
beforeAll(async () => {
  embedded = await synthStage('dev');
  withOpenSearch = await synthStage('prod', { search: 'opensearch' });
}, SYNTH_TIMEOUT_MS);

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

function statementsOf(synth: Synthesized, roleLogicalIdPrefix: string): Statement[] {
  return resourcesOfType(synth, 'AWS::IAM::Policy')
    .filter(([, policy]) =>
      (policy.Properties.Roles as Array<{ Ref: string }>).some((role) =>
        role.Ref.startsWith(roleLogicalIdPrefix),
      ),
    )
    .flatMap(([, policy]) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}

function searchStatements(synth: Synthesized, rolePrefix: string): Statement[] {
  return statementsOf(synth, rolePrefix).filter((statement) =>
    [statement.Action].flat().some((action) => action.startsWith('es:')),
  );
}

/** `{ Fn::Join: ['', [{ Fn::GetAtt: [Domain, Arn] }, '/tasks/_search']] }` → `/tasks/_search`. */
function pathsOf(statement: Statement): string[] {
  return [statement.Resource].flat().map((resource) => {
    const parts = (resource as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
    expect(parts[0]).toMatchObject({ 'Fn::GetAtt': [expect.stringMatching(/^SearchDomain/), 'Arn'] });
    return parts.slice(1).join('');
  });
}

function environmentOf(synth: Synthesized, name: string): Record<string, unknown> {
  const fn = resourcesOfType(synth, 'AWS::Lambda::Function').find(
    ([, f]) => f.Properties.FunctionName === name,
  );
  if (!fn) throw new Error(`no function ${name}`);
  return (fn[1].Properties.Environment as { Variables: Record<string, unknown> }).Variables;
}

describe('search infrastructure', () => {
  it('creates nothing for the embedded engine (the default of every stage)', () => {
    for (const stage of DEPLOY_STAGES) expect(stageConfig(stage).search, stage).toBe('embedded');
    expect(stageConfig('staging', { search: 'opensearch' }).search).toBe('opensearch');
    expect(resourcesOfType(embedded, 'AWS::OpenSearchService::Domain')).toEqual([]);
    expect(searchStatements(embedded, 'ApiFunction')).toEqual([]);
    expect(environmentOf(embedded, 'dev-tasklane-handle-api-requests')).not.toHaveProperty('SEARCH_ENGINE');
  });

  it('creates an encrypted, HTTPS-only domain across two zones, logging to CloudWatch', () => {
    const domains = resourcesOfType(withOpenSearch, 'AWS::OpenSearchService::Domain');
    expect(domains).toHaveLength(1);
    expect(domains[0]?.[1].Properties).toMatchObject({
      EncryptionAtRestOptions: { Enabled: true },
      NodeToNodeEncryptionOptions: { Enabled: true },
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
      ClusterConfig: { InstanceCount: 2, ZoneAwarenessEnabled: true },
      LogPublishingOptions: {
        SEARCH_SLOW_LOGS: { Enabled: true },
        INDEX_SLOW_LOGS: { Enabled: true },
        ES_APPLICATION_LOGS: { Enabled: true },
      },
    });
    // The access policy names the two function roles, each with its own actions: no "*" principal.
    const access = domains[0]?.[1].Properties.AccessPolicies as {
      Statement: Array<{ Principal: { AWS: unknown }; Action: string | string[] }>;
    };
    expect(access.Statement.map((statement) => statement.Principal.AWS)).toEqual([
      { 'Fn::GetAtt': [expect.stringMatching(/^ApiFunction/), 'Arn'] },
      { 'Fn::GetAtt': [expect.stringMatching(/^WorkerFunction/), 'Arn'] },
    ]);
    expect(access.Statement.map((statement) => [statement.Action].flat().sort())).toEqual([
      ['es:ESHttpGet', 'es:ESHttpPost'],
      ['es:ESHttpPost', 'es:ESHttpPut'],
    ]);
    // The stack's data is retained in prod; so is the index.
    expect(withOpenSearch.json.Resources[domains[0]?.[0] ?? '']).toMatchObject({ DeletionPolicy: 'Retain' });
  });

  it('lets the API search the index and nothing else, and the worker write it', () => {
    const api = searchStatements(withOpenSearch, 'ApiFunction');
    expect(api).toHaveLength(1);
    expect([api[0]?.Action].flat().sort()).toEqual(['es:ESHttpGet', 'es:ESHttpPost']);
    expect(pathsOf(api[0] as Statement)).toEqual(['/tasks/_search']);

    const worker = searchStatements(withOpenSearch, 'WorkerFunction');
    expect(worker).toHaveLength(1);
    expect([worker[0]?.Action].flat().sort()).toEqual(['es:ESHttpPost', 'es:ESHttpPut']);
    expect(pathsOf(worker[0] as Statement).sort()).toEqual(
      ['/tasks', '/tasks/_delete_by_query', '/tasks/_update/*'].sort(),
    );
    // Neither role can delete the index or reach the cluster's admin APIs.
    for (const statement of [...api, ...worker]) {
      expect([statement.Action].flat()).not.toContain('es:ESHttpDelete');
      expect([statement.Action].flat().some((action) => action.includes('*'))).toBe(false);
    }
  });

  it('points both functions at the domain over https, and passes cdk-nag', () => {
    for (const name of ['prod-tasklane-handle-api-requests', 'prod-tasklane-run-jobs']) {
      expect(environmentOf(withOpenSearch, name)).toMatchObject({
        SEARCH_ENGINE: 'opensearch',
        OPENSEARCH_INDEX: 'tasks',
        OPENSEARCH_ENDPOINT: {
          'Fn::Join': [
            '',
            ['https://', { 'Fn::GetAtt': [expect.stringMatching(/^SearchDomain/), 'DomainEndpoint'] }],
          ],
        },
      });
    }
    expect(withOpenSearch.violations).toEqual([]);
  });

  it('refuses an unknown engine in context', async () => {
    await expect(synthStage('dev', { search: 'elastic' })).rejects.toThrow(
      /search: "elastic" is not embedded or opensearch/,
    );
  });
});
