/**
 * The one password policy: the Cognito pool is configured from it (infra/constructs/
 * user-directory.ts), the API validates with it before calling Cognito (cognito-local enforces
 * none), and docs/auth.md states it. Symbols are allowed, never required.
 */
export const PASSWORD_POLICY = {
  minLength: 10,
  /** Cognito's own ceiling for a password. */
  maxLength: 256,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: false,
} as const;

/** A character-class rule of the policy with the message a client sees when it is broken. */
export interface PasswordRule {
  pattern: RegExp;
  message: string;
}

const CLASS_RULES: ReadonlyArray<PasswordRule & { required: boolean }> = [
  {
    required: PASSWORD_POLICY.requireLowercase,
    pattern: /[a-z]/,
    message: 'must contain a lower-case letter',
  },
  {
    required: PASSWORD_POLICY.requireUppercase,
    pattern: /[A-Z]/,
    message: 'must contain an upper-case letter',
  },
  { required: PASSWORD_POLICY.requireDigits, pattern: /[0-9]/, message: 'must contain a digit' },
  { required: PASSWORD_POLICY.requireSymbols, pattern: /[^A-Za-z0-9]/, message: 'must contain a symbol' },
];

/** The character classes a password must contain, in the order they are reported. */
export const PASSWORD_CLASS_RULES: readonly PasswordRule[] = CLASS_RULES.filter((rule) => rule.required).map(
  ({ pattern, message }) => ({ pattern, message }),
);

export const PASSWORD_LENGTH_MESSAGES = {
  tooShort: `must be at least ${PASSWORD_POLICY.minLength} characters`,
  tooLong: `must be at most ${PASSWORD_POLICY.maxLength} characters`,
} as const;

/** Every rule `password` breaks (empty when it meets the policy). */
export function passwordViolations(password: string): string[] {
  const violations: string[] = [];
  if (password.length < PASSWORD_POLICY.minLength) violations.push(PASSWORD_LENGTH_MESSAGES.tooShort);
  if (password.length > PASSWORD_POLICY.maxLength) violations.push(PASSWORD_LENGTH_MESSAGES.tooLong);
  for (const rule of PASSWORD_CLASS_RULES) {
    if (!rule.pattern.test(password)) violations.push(rule.message);
  }
  return violations;
}

/** The policy in one sentence, for the API description and error details. */
export function describePasswordPolicy(): string {
  const classes = [
    PASSWORD_POLICY.requireUppercase && 'an upper-case letter',
    PASSWORD_POLICY.requireLowercase && 'a lower-case letter',
    PASSWORD_POLICY.requireDigits && 'a digit',
    PASSWORD_POLICY.requireSymbols && 'a symbol',
  ].filter((item): item is string => typeof item === 'string');
  const symbols = PASSWORD_POLICY.requireSymbols ? '' : '; symbols are allowed but not required';
  return `${PASSWORD_POLICY.minLength}–${PASSWORD_POLICY.maxLength} characters with ${classes.join(', ')}${symbols}.`;
}
