import { describe, expect, it } from 'vitest';
import { describePasswordPolicy, PASSWORD_POLICY, passwordViolations } from '#domain/password-policy';
import { PasswordSchema } from '#http/schemas/auth';
import { DEMO_PASSWORD } from '../../../scripts/local/demo-users.ts';
import { TEST_PASSWORD } from '../../support/api.ts';

describe('the password policy', () => {
  it('asks for 10 characters with upper case, lower case and a digit; symbols are optional', () => {
    expect(PASSWORD_POLICY).toMatchObject({
      minLength: 10,
      requireUppercase: true,
      requireLowercase: true,
      requireDigits: true,
      requireSymbols: false,
    });
    expect(passwordViolations('Abcdefghi1')).toEqual([]);
    expect(passwordViolations('Abcdefgh-1')).toEqual([]);
  });

  it('lists every rule a password breaks', () => {
    expect(passwordViolations('abc')).toEqual([
      'must be at least 10 characters',
      'must contain an upper-case letter',
      'must contain a digit',
    ]);
    expect(passwordViolations('ABCDEFGHIJ')).toEqual([
      'must contain a lower-case letter',
      'must contain a digit',
    ]);
    expect(passwordViolations('Abcdefghi')).toEqual([
      'must be at least 10 characters',
      'must contain a digit',
    ]);
    expect(passwordViolations(`Aa1${'x'.repeat(254)}`)).toEqual(['must be at most 256 characters']);
  });

  it('is the rule the API validates with, naming each broken rule', () => {
    expect(PasswordSchema.safeParse('Abcdefghi1').success).toBe(true);
    const refused = PasswordSchema.safeParse('abcdefghij');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual(passwordViolations('abcdefghij'));
  });

  it('admits the demo and test users’ passwords, so they still sign in', () => {
    expect(passwordViolations(DEMO_PASSWORD)).toEqual([]);
    expect(passwordViolations(TEST_PASSWORD)).toEqual([]);
  });

  it('describes itself in one sentence', () => {
    expect(describePasswordPolicy()).toBe(
      '10–256 characters with an upper-case letter, a lower-case letter, a digit; symbols are allowed but not required.',
    );
  });
});
