import { describe, expect, it } from 'vitest';
import { type CognitoOperation, isUnsupportedByEmulator, toCognitoError } from '#data/cognito/errors';
import { statusOf } from '#http/schemas/problem';

/** SDK errors are plain `Error`s with a `name` (and `$metadata`); build them the same way. */
function sdkError(name: string, status = 400, message = name): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
}

const cases: Array<[CognitoOperation, string, number, string]> = [
  ['signIn', 'NotAuthorizedException', 401, 'invalid_credentials'],
  ['signIn', 'UserNotFoundException', 401, 'invalid_credentials'],
  ['signIn', 'InvalidPasswordException', 401, 'invalid_credentials'],
  ['signIn', 'UserNotConfirmedException', 403, 'user_not_confirmed'],
  ['signIn', 'PasswordResetRequiredException', 403, 'password_reset_required'],
  ['signIn', 'TooManyRequestsException', 429, 'too_many_requests'],
  ['signUp', 'InvalidPasswordException', 422, 'validation_failed'],
  ['signUp', 'UsernameExistsException', 409, 'user_exists'],
  ['confirmSignUp', 'CodeMismatchException', 422, 'validation_failed'],
  ['confirmSignUp', 'ExpiredCodeException', 422, 'validation_failed'],
  ['refresh', 'NotAuthorizedException', 401, 'invalid_credentials'],
  ['signIn', 'InternalErrorException', 503, 'service_unavailable'],
  ['confirmForgotPassword', 'CodeMismatchException', 422, 'validation_failed'],
  ['confirmForgotPassword', 'InvalidPasswordException', 422, 'validation_failed'],
  ['setPassword', 'InvalidPasswordException', 422, 'validation_failed'],
  ['forgotPassword', 'LimitExceededException', 429, 'too_many_requests'],
  ['resendCode', 'UserNotFoundException', 401, 'invalid_credentials'],
  ['deleteUser', 'InternalErrorException', 503, 'service_unavailable'],
];

describe('toCognitoError', () => {
  it.each(cases)('%s: %s → %i %s', (operation, name, status, code) => {
    const mapped = toCognitoError(operation, sdkError(name));
    expect([statusOf(mapped.code), mapped.code]).toEqual([status, code]);
  });

  it('answers 503 for a dropped connection or an unknown answer, never a pass', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(toCognitoError('signIn', refused).code).toBe('service_unavailable');
    expect(toCognitoError('signIn', sdkError('SomethingNewException')).code).toBe('service_unavailable');
    expect(toCognitoError('signIn', 'not even an error').code).toBe('service_unavailable');
  });

  it('names the field of a weak password', () => {
    expect(toCognitoError('signUp', sdkError('InvalidPasswordException'))).toMatchObject({
      fields: [{ field: 'password', message: 'does not meet the password policy' }],
    });
  });

  it('recognises cognito-local’s "unsupported" answers', () => {
    expect(isUnsupportedByEmulator(sdkError('Unsupported', 500))).toBe(true);
    expect(isUnsupportedByEmulator(sdkError('NotAuthorizedException'))).toBe(false);
  });
});
