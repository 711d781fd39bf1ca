import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import { Construct } from 'constructs';
import { dataRemovalPolicy, type StageConfig } from '../stage-config.ts';

/** The index the functions use (OPENSEARCH_INDEX); access is granted on it alone. */
export const SEARCH_INDEX_NAME = 'tasks';

/**
 * What each function may do on the index: the API searches (POST _search), the worker creates
 * the index once and applies versioned changes (_update by task id, _delete_by_query).
 */
export const SEARCH_API_PATHS = [`${SEARCH_INDEX_NAME}/_search`] as const;
export const SEARCH_WORKER_PATHS = [
  SEARCH_INDEX_NAME,
  `${SEARCH_INDEX_NAME}/_update/*`,
  `${SEARCH_INDEX_NAME}/_delete_by_query`,
] as const;

export interface SearchDomainProps {
  config: StageConfig;
  logRetentionDays: StageConfig['logRetentionDays'];
}

/**
 * The OpenSearch Service domain of a stage whose config says `search: 'opensearch'`: encrypted
 * at rest and between nodes, HTTPS only (TLS 1.2), two data nodes in two zones, slow-search and
 * application logs in CloudWatch. The functions reach it with SigV4 under their roles; no
 * anonymous or IP-based access exists.
 */
export class SearchDomain extends Construct {
  readonly domain: opensearch.Domain;
  private readonly domainName: string;

  constructor(scope: Construct, id: string, props: SearchDomainProps) {
    super(scope, id);
    const { config } = props;
    const removalPolicy = dataRemovalPolicy(config);
    const logGroup = (name: string) =>
      new logs.LogGroup(this, name, {
        logGroupName: `/aws/opensearch/${config.stage}-tasklane/${name.toLowerCase()}`,
        retention: props.logRetentionDays,
        removalPolicy,
      });
    const slowSearchLogGroup = logGroup('SlowSearch');
    const appLogGroup = logGroup('Application');
    const slowIndexLogGroup = logGroup('SlowIndex');
    // The log groups' resource policy, written here instead of CDK's custom-resource Lambda.
    new logs.CfnResourcePolicy(this, 'LogDelivery', {
      policyName: `${config.stage}-tasklane-search-logs`,
      policyDocument: JSON.stringify(
        new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({
              principals: [new iam.ServicePrincipal('es.amazonaws.com')],
              actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              resources: [slowSearchLogGroup, appLogGroup, slowIndexLogGroup].map(
                (group) => `${group.logGroupArn}:*`,
              ),
            }),
          ],
        }).toJSON(),
      ),
    });

    this.domainName = `${config.stage}-tasklane-search`;
    this.domain = new opensearch.Domain(this, 'Domain', {
      domainName: this.domainName,
      version: opensearch.EngineVersion.OPENSEARCH_2_19,
      capacity: { dataNodes: 2, dataNodeInstanceType: 'r7g.large.search', multiAzWithStandbyEnabled: false },
      zoneAwareness: { enabled: true, availabilityZoneCount: 2 },
      ebs: { volumeSize: 50, volumeType: ec2.EbsDeviceVolumeType.GP3 },
      encryptionAtRest: { enabled: true },
      nodeToNodeEncryption: true,
      enforceHttps: true,
      tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2,
      logging: {
        slowSearchLogEnabled: true,
        slowSearchLogGroup,
        slowIndexLogEnabled: true,
        slowIndexLogGroup,
        appLogEnabled: true,
        appLogGroup,
      },
      suppressLogsResourcePolicy: true,
      removalPolicy,
    });
    Validations.of(this.domain).acknowledge(
      {
        id: 'AwsSolutions-OS1',
        reason:
          'The functions run outside a VPC (no NAT, no VPC endpoints to pay for); the domain answers SigV4-signed requests of the two function roles only.',
      },
      {
        id: 'AwsSolutions-OS3',
        reason:
          'Lambda functions have no fixed source IPs to allowlist; access is by IAM identity (the API and worker roles, per index path).',
      },
      {
        id: 'AwsSolutions-OS4',
        reason:
          'Two data nodes hold one index of task text; dedicated masters would triple the idle cost for no gain at this size.',
      },
    );
  }

  /**
   * Least privilege both ways: each role's own policy, and the domain's access policy naming the
   * same role, actions and paths (in one account either would grant access alone, so both are
   * narrow): the API searches the index, the worker creates it and writes documents.
   */
  grantAccess(roles: { api: iam.IRole; worker: iam.IRole }): void {
    const stack = Stack.of(this);
    // The domain's own ARN spelled out: its access policy cannot reference the domain itself.
    const domainArn = stack.formatArn({
      service: 'es',
      resource: 'domain',
      resourceName: this.domainName,
    });
    const grants = [
      { role: roles.api, actions: ['es:ESHttpGet', 'es:ESHttpPost'], paths: SEARCH_API_PATHS },
      { role: roles.worker, actions: ['es:ESHttpPut', 'es:ESHttpPost'], paths: SEARCH_WORKER_PATHS },
    ];
    for (const { role, actions, paths } of grants) {
      role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions,
          resources: paths.map((path) => `${this.domain.domainArn}/${path}`),
        }),
      );
    }
    (this.domain.node.defaultChild as opensearch.CfnDomain).accessPolicies = new iam.PolicyDocument({
      statements: grants.map(
        ({ role, actions, paths }) =>
          new iam.PolicyStatement({
            principals: [new iam.ArnPrincipal(role.roleArn)],
            actions,
            resources: paths.map((path) => `${domainArn}/${path}`),
          }),
      ),
    }).toJSON();
    const logicalArn = `<${stack.getLogicalId(this.domain.node.defaultChild as CfnElement)}.Arn>`;
    Validations.of(roles.worker).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${logicalArn}/${SEARCH_INDEX_NAME}/_update/*]`,
      reason:
        'A document per task, keyed by the task id created at run time; the grant covers updates of this one index only.',
    });
  }

  /** The functions' environment: the engine, its https endpoint and the index. */
  get environment(): Record<string, string> {
    return {
      SEARCH_ENGINE: 'opensearch',
      OPENSEARCH_ENDPOINT: `https://${this.domain.domainEndpoint}`,
      OPENSEARCH_INDEX: SEARCH_INDEX_NAME,
    };
  }
}
