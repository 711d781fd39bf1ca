import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox } from '#lib/secret-box';

describe('the secret box', () => {
  const box = createSecretBox(randomBytes(32).toString('base64'));

  it('seals so the stored value does not contain the secret, and opens it again', () => {
    const sealed = box.seal('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
    expect(sealed).not.toContain('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
    expect(box.open(sealed)).toBe('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
    expect(box.seal('same')).not.toBe(box.seal('same'));
  });

  it('refuses a tampered value and another key', () => {
    const sealed = box.seal('whsec_secret');
    const parts = sealed.split('.');
    const tampered = [...parts.slice(0, 3), Buffer.from('x').toString('base64url')].join('.');
    expect(() => box.open(tampered)).toThrow();
    expect(() => createSecretBox(randomBytes(32).toString('base64')).open(sealed)).toThrow();
  });
});
