import { describe, expect, it } from 'vitest';
import { BadRequestError } from '#domain/errors';
import { createSyncTokenCodec, positionAt, positionTime } from '#services/sync-token';

const codec = createSyncTokenCodec('sync-secret-0123456789abcdef0123456789');
const position = '2026-01-10T12:00:00.000Z#01J0000000000000000000000E';

function refused(projectId: string, token: string) {
  try {
    codec.decode(projectId, token);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('sync tokens', () => {
  it('give back the position they were made from, for their project', () => {
    const token = codec.encode('project-a', position);
    expect(token).not.toContain(position);
    expect(codec.decode('project-a', token)).toBe(position);
  });

  it('are refused (invalid_sync_token) when foreign, tampered, malformed or too long', () => {
    const token = codec.encode('project-a', position);
    const [body, mac] = token.split('.') as [string, string];
    const otherBody = Buffer.from('2026-01-10T12:00:00.000Z#~').toString('base64url');
    const cases = {
      'another project': ['project-b', token],
      'another secret': [
        'project-a',
        createSyncTokenCodec('another-secret-0123456789abcdef').encode('project-a', position),
      ],
      'a body swapped under the signature': ['project-a', `${otherBody}.${mac}`],
      'no signature': ['project-a', body],
      'an extra part': ['project-a', `${token}.x`],
      'not a position': ['project-a', codec.encode('project-a', 'hello')],
      'too long': ['project-a', 'a'.repeat(1025)],
    } as const;
    for (const [name, [projectId, given]] of Object.entries(cases)) {
      const error = refused(projectId, given);
      expect([name, error instanceof BadRequestError && error.code]).toEqual([name, 'invalid_sync_token']);
    }
  });

  it('positionAt is after every entry recorded at that time, and positionTime reads the time back', () => {
    const at = new Date('2026-01-10T12:00:00.000Z');
    expect(positionAt(at) > position).toBe(true);
    expect(positionTime(positionAt(at))).toBe(at.getTime());
    expect(codec.decode('p', codec.encode('p', positionAt(at)))).toBe(positionAt(at));
  });
});
