import {
  InvalidConfirmationCodeError,
  InvalidCredentialsError,
  PasswordResetRequiredError,
  UserNotConfirmedError,
  WeakPasswordError,
} from '#domain/auth-errors';
import {
  ConflictError,
  type DomainError,
  ServiceUnavailableError,
  TooManyRequestsError,
  ValidationError,
} from '#domain/errors';

/** Which Cognito call failed: the same SDK error means different things in different calls. */
export type CognitoOperation =
  | 'signUp'
  | 'confirmSignUp'
  | 'signIn'
  | 'refresh'
  | 'revoke'
  | 'getUser'
  | 'findUser'
  | 'resendCode'
  | 'forgotPassword'
  | 'confirmForgotPassword'
  | 'setPassword'
  | 'signOutEverywhere'
  | 'deleteUser';

/**
 * What an SDK error says, read once. A call declares which of these are outcomes it answers
 * with a value; the others are failures (`failureOf`).
 */
export type CognitoRefusal =
  /** Wrong password, unknown or revoked token: Cognito's NotAuthorized. */
  | 'wrong_credentials'
  | 'user_not_found'
  /** A new password the pool's policy refuses. */
  | 'weak_password'
  /** A confirmation or reset code that is wrong or has expired. */
  | 'invalid_code'
  | 'user_not_confirmed'
  | 'password_reset_required'
  | 'user_exists'
  | 'invalid_parameter'
  | 'throttled'
  /** cognito-local does not implement the operation. */
  | 'unsupported'
  /** Unreachable, timed out, a server fault, or an answer this code does not know. */
  | 'unavailable';

/** Calls that carry a new password: Cognito's InvalidPasswordException there means the policy refused it. */
const SETS_PASSWORD: ReadonlySet<CognitoOperation> = new Set([
  'signUp',
  'confirmForgotPassword',
  'setPassword',
]);

interface SdkErrorShape {
  name?: unknown;
  message?: unknown;
}

function shape(error: unknown): SdkErrorShape {
  return typeof error === 'object' && error !== null ? (error as SdkErrorShape) : {};
}

/** cognito-local answers operations it does not implement with a 500 named `Unsupported…`. */
function isUnsupportedByEmulator(error: unknown): boolean {
  const { name, message } = shape(error);
  return (
    (typeof name === 'string' && name.startsWith('Unsupported')) ||
    (typeof message === 'string' && message.startsWith('Cognito Local unsupported feature'))
  );
}

/** Reads an SDK error of `operation`: the one place that knows Cognito's (and cognito-local's) error names. */
export function refusalOf(operation: CognitoOperation, error: unknown): CognitoRefusal {
  if (isUnsupportedByEmulator(error)) return 'unsupported';
  switch (shape(error).name) {
    case 'NotAuthorizedException':
      return 'wrong_credentials';
    case 'UserNotFoundException':
      return 'user_not_found';
    case 'InvalidPasswordException':
      // cognito-local says this for a wrong password at sign-in; AWS says NotAuthorized.
      return SETS_PASSWORD.has(operation) ? 'weak_password' : 'wrong_credentials';
    case 'UserNotConfirmedException':
      return 'user_not_confirmed';
    case 'PasswordResetRequiredException':
      return 'password_reset_required';
    case 'UsernameExistsException':
      return 'user_exists';
    case 'CodeMismatchException':
    case 'ExpiredCodeException':
      return 'invalid_code';
    case 'InvalidParameterException':
      return 'invalid_parameter';
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
    case 'LimitExceededException':
      return 'throttled';
  }
  return 'unavailable';
}

/** The failure a refusal is when the call did not declare it an outcome: what the HTTP layer renders. */
export function failureOf(refusal: CognitoRefusal, cause: unknown): DomainError {
  switch (refusal) {
    case 'wrong_credentials':
    case 'user_not_found':
      return new InvalidCredentialsError();
    case 'weak_password':
      return new WeakPasswordError();
    case 'invalid_code':
      return new InvalidConfirmationCodeError();
    case 'user_not_confirmed':
      return new UserNotConfirmedError();
    case 'password_reset_required':
      return new PasswordResetRequiredError();
    case 'user_exists':
      return new ConflictError('An account with this e-mail address exists.', 'user_exists');
    case 'invalid_parameter':
      return new ValidationError([{ message: 'was refused by the identity provider' }]);
    case 'throttled':
      return new TooManyRequestsError();
    case 'unsupported':
    case 'unavailable':
      return new ServiceUnavailableError('The identity provider is not reachable.', 2, cause);
  }
}
