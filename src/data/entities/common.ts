import * as z from 'zod';
import { ID_PATTERN, LIMITS } from '#domain/vocabulary';

/** Field schemas shared by the entities (stored shapes, not HTTP contracts). */
export const ulid = z.string().regex(ID_PATTERN, 'expected a ULID');
/** A Cognito `sub` (or any external user id). */
export const userId = z.string().min(1).max(LIMITS.userId);
export const timestamp = z.iso.datetime({ offset: true });
/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date();
export const version = z.number().int().positive();
/** Epoch seconds, the unit DynamoDB TTL reads. */
export const epochSeconds = z.number().int().nonnegative();
