/** The mapper engine's public surface. */
export { createCursorCodec, cursorBinding } from './cursor.ts';
export { defineEntity, type Entity, type InputOf, type KeyOf, type ModelOf } from './entity.ts';
export * from './errors.ts';
export type { Comparison, Filter, RangeCondition } from './expressions.ts';
export { createMapper, type Mapper, type MapperOptions } from './mapper.ts';
export type { Page, QuerySpec } from './query-ops.ts';
export { type GetRequest, getRequest } from './read-ops.ts';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.ts';
export type { CreateInput } from './write-ops.ts';
export type { WriteRequest } from './write-request.ts';
