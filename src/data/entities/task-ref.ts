import { KEY_TEMPLATES, partitions, statusShard } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { type Task, taskSchema } from './task.ts';

/**
 * A copy of the task under `TASK#<id>` / `#REF`: `GET /v1/tasks/{taskId}` reads it (it names
 * the project, whose membership is the second read), and gsi1 puts it in the write-sharded
 * admin view `STATUS#<status>#<shard>` ordered by creation. Written in the same transaction
 * as the canonical task.
 */
export const taskRefEntity = defineEntity({
  name: 'TaskRef',
  schema: taskSchema,
  keys: {
    pk: KEY_TEMPLATES.taskRef.pk,
    sk: KEY_TEMPLATES.taskRef.sk,
    gsi1pk: {
      fields: ['status', 'id'],
      build: (task: Task) => partitions.statusShard(task.status, statusShard(task.id)),
    },
    gsi1sk: KEY_TEMPLATES.taskRef.gsi1sk,
  },
});
