import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_KEYS } from '#data/dynamodb/table';
import { dataRemovalPolicy, type StageConfig } from '../stage-config.ts';

/**
 * The single table, with the key names of src/data/dynamodb/table.ts: on-demand, encrypted, point-in-time
 * recovery, TTL, and a NEW_AND_OLD_IMAGES stream for the worker.
 */
export class DataTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: { config: StageConfig }) {
    super(scope, id);
    const { config } = props;
    const string = dynamodb.AttributeType.STRING;
    this.table = new dynamodb.Table(this, 'Table', {
      tableName: `${config.stage}-tasklane-table`,
      partitionKey: { name: TABLE_KEYS.partitionKey, type: string },
      sortKey: { name: TABLE_KEYS.sortKey, type: string },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE_KEYS.ttlAttribute,
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      deletionProtection: config.deletionProtection,
      removalPolicy: dataRemovalPolicy(config),
    });
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE_KEYS.gsi1.indexName,
      partitionKey: { name: TABLE_KEYS.gsi1.partitionKey, type: string },
      sortKey: { name: TABLE_KEYS.gsi1.sortKey, type: string },
      projectionType: dynamodb.ProjectionType.ALL,
    });
  }
}
