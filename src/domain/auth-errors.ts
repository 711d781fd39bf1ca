import { AppError, ForbiddenError, ValidationError } from './errors.ts';

/**
 * Errors of the sign-in flows. Wrong password and unknown user are deliberately the same
 * error, so a caller cannot learn which e-mail addresses have accounts.
 */
export class InvalidCredentialsError extends AppError {
  constructor(detail = 'The e-mail address or password is wrong.') {
    super(401, 'invalid_credentials', 'Unauthorized', {
      detail,
      headers: { 'WWW-Authenticate': 'Bearer realm="tasklane"' },
    });
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

export class WeakPasswordError extends ValidationError {
  constructor(message = 'does not meet the password policy', path = 'body.password') {
    super([{ path, message }], 'The password is too weak.');
  }
}

/** A signed-in user re-proving their password got it wrong (not a 401: their token is fine). */
export class WrongPasswordError extends ValidationError {
  constructor(path: string) {
    super([{ path, message: 'is not your current password' }], 'The password is wrong.');
  }
}

export class InvalidConfirmationCodeError extends ValidationError {
  constructor() {
    super([{ path: 'body.code', message: 'is wrong or has expired' }], 'The confirmation code is not valid.');
  }
}

export class TooManyRequestsError extends AppError {
  constructor(detail = 'Too many attempts. Try again later.', retryAfterSeconds = 30) {
    super(429, 'too_many_requests', 'Too Many Requests', {
      detail,
      headers: { 'Retry-After': String(retryAfterSeconds) },
    });
  }
}
