/**
 * The physical single-table schema: attribute names and the one overloaded GSI.
 * The key templates of each entity build on these names.
 */
export const TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  gsi1: { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  ttlAttribute: 'ttl',
} as const;

/** Every item carries its entity's tag here; the stream worker dispatches on it. */
export const ENTITY_TAG_ATTRIBUTE = '_et';
