import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '#lib/logger';
import { REDACTED, redactingReplacer, redactText } from '#lib/redact';

const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

describe('redaction', () => {
  it('masks sensitive keys at any depth', () => {
    const line = JSON.stringify(
      {
        headers: { Authorization: 'Bearer abc', 'x-other': 'fine' },
        body: { password: 'hunter2', refreshToken: 'r' },
      },
      redactingReplacer,
    );
    expect(line).not.toContain('hunter2');
    expect(line).not.toContain('Bearer abc');
    expect(JSON.parse(line)).toEqual({
      headers: { Authorization: REDACTED, 'x-other': 'fine' },
      body: { password: REDACTED, refreshToken: REDACTED },
    });
  });

  it('masks token-shaped text inside free-form strings', () => {
    expect(redactText(`failed with ${jwt} inside`)).toBe(`failed with ${REDACTED} inside`);
    expect(redactText('header was Bearer abc.def-ghi')).toBe(`header was Bearer ${REDACTED}`);
    expect(redactText('secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw here')).toBe(`secret ${REDACTED} here`);
  });

  describe('the application logger', () => {
    afterEach(() => vi.restoreAllMocks());

    it('writes JSON lines without tokens or passwords', () => {
      const written: string[] = [];
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
        written.push(String(chunk));
        return true;
      });
      const logger = createLogger({ serviceName: 'test', level: 'INFO' });
      logger.info('login attempt', { password: 'hunter2', note: `token ${jwt}`, user: 'alice' });
      const output = written.join('');
      expect(output).toContain('"user":"alice"');
      expect(output).not.toContain('hunter2');
      expect(output).not.toContain(jwt);
      expect(JSON.parse(output.trim())).toMatchObject({
        level: 'INFO',
        message: 'login attempt',
        service: 'test',
      });
    });
  });
});
