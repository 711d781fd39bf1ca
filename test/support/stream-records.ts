import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { AnyEntity } from '#data/mapper/write-request';

let sequence = 1000;

/**
 * A Lambda-shaped stream record of an item written for `entity` (an INSERT of `model` as it is
 * now, or a REMOVE whose old image it was), as the event source mapping would deliver it.
 */
export function streamRecordOf(
  entity: AnyEntity,
  model: object,
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE' = 'INSERT',
): DynamoDBRecord {
  const item = { ...entity.toItem(model) } as Record<string, unknown>;
  const image = marshall(item, { removeUndefinedValues: true }) as never;
  sequence++;
  return {
    eventID: `event-${sequence}`,
    eventName,
    eventSource: 'aws:dynamodb',
    awsRegion: 'us-east-1',
    dynamodb: {
      Keys: marshall({ pk: item.pk, sk: item.sk }) as never,
      ...(eventName === 'REMOVE' ? { OldImage: image } : { NewImage: image }),
      SequenceNumber: String(sequence),
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}
