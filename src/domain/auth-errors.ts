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
    super('Confirm your e-mail address first (POST /v1/auth/confirm).', 'user_not_confirmed');
  }
}

export class PasswordResetRequiredError extends ForbiddenError {
  constructor() {
    super('This account must reset its password before signing in.', 'password_reset_required');
  }
}

export class WeakPasswordError extends ValidationError {
  constructor(message = 'does not meet the password policy') {
    super([{ path: 'body.password', message }], 'The password is too weak.');
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
