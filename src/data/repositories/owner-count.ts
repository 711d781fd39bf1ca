import { projectEntity } from '#data/entities/project';
import { Placeholders } from '#data/mapper/expressions';
import type { WriteRequest } from '#data/mapper/write-request';
import { TABLE_KEYS } from '#data/table';

/**
 * A transaction item that moves a project's `ownerCount` by `delta` without touching its
 * `version` (owners are not part of the project's representation, so its ETag stays).
 * A decrement carries `ownerCount > 1`: when it fails, the change would leave no owner.
 * The item must exist, so no membership change lands on a deleted project.
 * Cancellation reasons: `not_found` (project gone) or `condition_failed` (last owner).
 */
export function ownerCountChange(projectId: string, delta: -1 | 1): WriteRequest {
  const key = projectEntity.key({ id: projectId });
  const p = new Placeholders();
  const count = p.name('ownerCount');
  const exists = `attribute_exists(${p.name(TABLE_KEYS.partitionKey)})`;
  const condition = delta < 0 ? `${exists} AND ${count} > ${p.value(1)}` : exists;
  return {
    kind: 'update',
    entity: projectEntity,
    key,
    intent: 'existing',
    params: {
      Key: key,
      // Items written before the field existed had one owner (the schema's default).
      UpdateExpression: `SET ${count} = if_not_exists(${count}, ${p.value(1)}) + ${p.value(delta)}`,
      ConditionExpression: condition,
      ...p.attributes(),
    },
  };
}
