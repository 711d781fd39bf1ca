import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createMapper } from '#data/mapper/mapper';
import { ownerCountChange } from '#data/repositories/owner-count';

/** Builds requests only: nothing here is sent. */
const mapper = createMapper({
  doc: DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'local' })),
  tableName: 'unsent',
  cursorSecret: 'a-cursor-secret-of-at-least-32-characters',
});

const PROJECT = '01JD3Q8Y8R0W4N6M2K5T7V9XZA';

function render(
  expression: string | undefined,
  names: Record<string, string> = {},
  values: Record<string, unknown> = {},
) {
  let text = expression ?? '';
  for (const [placeholder, name] of Object.entries(names)) text = text.replaceAll(placeholder, name);
  for (const [placeholder, value] of Object.entries(values))
    text = text.replaceAll(placeholder, String(value));
  return text;
}

describe('ownerCountChange', () => {
  it('decrements only while more than one owner remains, without touching the version', () => {
    const request = ownerCountChange(mapper, PROJECT, -1);
    const { UpdateExpression, ConditionExpression, ExpressionAttributeNames, ExpressionAttributeValues } =
      request.params;
    expect(request).toMatchObject({
      kind: 'update',
      intent: 'existing',
      key: { pk: `PROJECT#${PROJECT}`, sk: '#META' },
    });
    expect(render(UpdateExpression, ExpressionAttributeNames, ExpressionAttributeValues)).toBe(
      'SET ownerCount = if_not_exists(ownerCount, 1) + -1',
    );
    expect(render(ConditionExpression, ExpressionAttributeNames, ExpressionAttributeValues)).toBe(
      'attribute_exists(pk) AND ownerCount > 1',
    );
  });

  it('increments on an existing project only', () => {
    const { params } = ownerCountChange(mapper, PROJECT, 1);
    expect(
      render(params.UpdateExpression, params.ExpressionAttributeNames, params.ExpressionAttributeValues),
    ).toBe('SET ownerCount = if_not_exists(ownerCount, 1) + 1');
    expect(render(params.ConditionExpression, params.ExpressionAttributeNames)).toBe('attribute_exists(pk)');
  });
});
