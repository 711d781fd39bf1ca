import { describe, expect, it } from 'vitest';
import { type CognitoOperation, type CognitoRefusal, failureOf, refusalOf } from '#data/cognito/errors';
import { statusOf } from '#http/schemas/problem';

/** SDK errors are plain `Error`s with a `name` (and `$metadata`); build them the same way. */
function sdkError(name: string, status = 400, message = name): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
}

const refusals: Array<[CognitoOperation, string, CognitoRefusal]> = [
  ['signIn', 'NotAuthorizedException', 'wrong_credentials'],
  ['signIn', 'UserNotFoundException', 'user_not_found'],
  // cognito-local's wrong password at sign-in; a policy refusal where a password is set.
  ['signIn', 'InvalidPasswordException', 'wrong_credentials'],
  ['signUp', 'InvalidPasswordException', 'weak_password'],
  ['confirmForgotPassword', 'InvalidPasswordException', 'weak_password'],
  ['setPassword', 'InvalidPasswordException', 'weak_password'],
  ['signIn', 'UserNotConfirmedException', 'user_not_confirmed'],
  ['signIn', 'PasswordResetRequiredException', 'password_reset_required'],
  ['signUp', 'UsernameExistsException', 'user_exists'],
  ['confirmSignUp', 'CodeMismatchException', 'invalid_code'],
  ['confirmSignUp', 'ExpiredCodeException', 'invalid_code'],
  ['resendCode', 'InvalidParameterException', 'invalid_parameter'],
  ['signIn', 'TooManyRequestsException', 'throttled'],
  ['forgotPassword', 'LimitExceededException', 'throttled'],
  ['signIn', 'InternalErrorException', 'unavailable'],
  ['signOutEverywhere', 'Unsupported', 'unsupported'],
];

describe('refusalOf', () => {
  it.each(refusals)('%s: %s → %s', (operation, name, refusal) => {
    expect(refusalOf(operation, sdkError(name))).toBe(refusal);
  });

  it('reads cognito-local’s "unsupported" message too', () => {
    const error = sdkError('Error', 500, 'Cognito Local unsupported feature: AdminUserGlobalSignOut');
    expect(refusalOf('signOutEverywhere', error)).toBe('unsupported');
  });

  it('reads a dropped connection or anything unknown as unavailable, never a pass', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(refusalOf('signIn', refused)).toBe('unavailable');
    expect(refusalOf('signIn', sdkError('SomethingNewException'))).toBe('unavailable');
    expect(refusalOf('signIn', 'not even an error')).toBe('unavailable');
  });
});

const failures: Array<[CognitoRefusal, number, string]> = [
  ['wrong_credentials', 401, 'invalid_credentials'],
  ['user_not_found', 401, 'invalid_credentials'],
  ['weak_password', 422, 'validation_failed'],
  ['invalid_code', 422, 'validation_failed'],
  ['user_not_confirmed', 403, 'user_not_confirmed'],
  ['password_reset_required', 403, 'password_reset_required'],
  ['user_exists', 409, 'user_exists'],
  ['invalid_parameter', 422, 'validation_failed'],
  ['throttled', 429, 'too_many_requests'],
  ['unsupported', 503, 'service_unavailable'],
  ['unavailable', 503, 'service_unavailable'],
];

describe('failureOf', () => {
  it.each(failures)('%s → %i %s', (refusal, status, code) => {
    const failure = failureOf(refusal, new Error('cause'));
    expect([statusOf(failure.code), failure.code]).toEqual([status, code]);
  });

  it('names the field of a weak password', () => {
    expect(failureOf('weak_password', undefined)).toMatchObject({
      fields: [{ field: 'password', message: 'does not meet the password policy' }],
    });
  });
});
