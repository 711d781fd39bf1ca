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
  | 'resendCode'
  | 'forgotPassword'
  | 'confirmForgotPassword'
  | 'setPassword'
  | 'signOutEverywhere'
  | 'deleteUser';

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
export function isUnsupportedByEmulator(error: unknown): boolean {
  const { name, message } = shape(error);
  return (
    (typeof name === 'string' && name.startsWith('Unsupported')) ||
    (typeof message === 'string' && message.startsWith('Cognito Local unsupported feature'))
  );
}

/** Maps an SDK error of `operation` to the typed error the API answers with. */
export function toCognitoError(operation: CognitoOperation, error: unknown): DomainError {
  const { name } = shape(error);
  switch (name) {
    case 'NotAuthorizedException':
    case 'UserNotFoundException':
      return new InvalidCredentialsError(
        operation === 'refresh' ? 'The refresh token is not valid.' : undefined,
      );
    case 'InvalidPasswordException':
      // cognito-local says this for a wrong password at sign-in; AWS says NotAuthorized.
      return SETS_PASSWORD.has(operation) ? new WeakPasswordError() : new InvalidCredentialsError();
    case 'UserNotConfirmedException':
      return new UserNotConfirmedError();
    case 'PasswordResetRequiredException':
      return new PasswordResetRequiredError();
    case 'UsernameExistsException':
      return new ConflictError('An account with this e-mail address exists.', 'user_exists');
    case 'CodeMismatchException':
    case 'ExpiredCodeException':
      return new InvalidConfirmationCodeError();
    case 'InvalidParameterException':
      return new ValidationError([{ message: 'was refused by the identity provider' }]);
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
    case 'LimitExceededException':
      return new TooManyRequestsError();
  }
  // Unreachable, timed out, a server fault, or an answer this code does not know: never a pass.
  return new ServiceUnavailableError('The identity provider is not reachable.', 2, error);
}
