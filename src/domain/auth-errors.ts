import { ForbiddenError, UnauthorizedError, ValidationError } from './errors.ts';

/**
 * Errors of the sign-in flows. Wrong password and unknown user are deliberately the same
 * error, so a caller cannot learn which e-mail addresses have accounts.
 */
export class InvalidCredentialsError extends UnauthorizedError {
  constructor(detail = 'The e-mail address or password is wrong.') {
    super(detail, 'invalid_credentials');
  }
}

export class UserNotConfirmedError extends ForbiddenError {
  constructor() {
    super(
      'Confirm your e-mail address first (POST /v1/auth/confirm; a new code: POST /v1/auth/confirm/resend).',
      'user_not_confirmed',
    );
  }
}

export class PasswordResetRequiredError extends ForbiddenError {
  constructor() {
    super(
      'This account must reset its password before signing in (POST /v1/auth/password/forgot, then /v1/auth/password/reset).',
      'password_reset_required',
    );
  }
}

/** The identity provider wants a step this API does not offer (a new password, MFA) before it issues tokens. */
export class ChallengeRequiredError extends ForbiddenError {
  constructor(step: 'sign-in' | 'refresh') {
    super(
      `This account needs a ${step} step this API does not offer (for example a new password).`,
      'challenge_required',
    );
  }
}

/** A new password the policy refuses; `field` names it in the flow's input. */
export class WeakPasswordError extends ValidationError {
  constructor(message = 'does not meet the password policy', field = 'password') {
    super([{ field, message }], 'The password is too weak.');
  }
}

/** A signed-in user re-proving their password got it wrong (not unauthenticated: their token is fine). */
export class WrongPasswordError extends ValidationError {
  constructor(field: string) {
    super([{ field, message: 'is not your current password' }], 'The password is wrong.');
  }
}

export class InvalidConfirmationCodeError extends ValidationError {
  constructor() {
    super([{ field: 'code', message: 'is wrong or has expired' }], 'The confirmation code is not valid.');
  }
}
