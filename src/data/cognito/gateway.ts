import {
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  type InitiateAuthCommandOutput,
  ListUsersCommand,
  ResendConfirmationCodeCommand,
  RevokeTokenCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Config } from '#config';
import { outboundClientOptions } from '#data/outbound/aws-sdk-http';
import type { UserStatus } from '#domain/auth';
import { ServiceUnavailableError } from '#domain/errors';
import { type CognitoOperation, type CognitoRefusal, failureOf, refusalOf } from './errors.ts';

/** Tokens as Cognito returns them; `expiresIn` is absent from some emulators. */
export interface CognitoTokens {
  accessToken: string;
  idToken: string;
  refreshToken: string | undefined;
  expiresIn: number | undefined;
}

/**
 * What a sign-in or refresh gave: tokens; wrong credentials (wrong password, unknown user, or an
 * unknown, revoked or expired refresh token: they look the same); or a challenge (a new password,
 * MFA) that this API does not complete.
 */
export type SignInOutcome =
  | { kind: 'tokens'; tokens: CognitoTokens }
  | { kind: 'wrong_credentials' }
  | { kind: 'challenge'; challenge: string };

/**
 * The only caller of the Cognito API. Every call goes through one wrapper that reads the SDK's
 * error once (`errors.ts`): what a flow expects comes back as a typed outcome, and only failures
 * the HTTP layer renders (unavailable, throttled, unconfirmed, …) are thrown, as domain errors.
 * Callers never see SDK types.
 */
export interface CognitoGateway {
  signUp(input: {
    email: string;
    password: string;
    name?: string | undefined;
  }): Promise<{ kind: 'signed_up'; confirmed: boolean } | { kind: 'weak_password' }>;
  /** 'invalid_code': the code is wrong or expired, or no such account (the two look the same). */
  confirmSignUp(input: {
    email: string;
    code: string;
  }): Promise<{ kind: 'confirmed' } | { kind: 'invalid_code' }>;
  signIn(input: { email: string; password: string }): Promise<SignInOutcome>;
  refresh(refreshToken: string): Promise<SignInOutcome>;
  /**
   * Revokes a refresh token (and, on AWS, the access tokens minted from it for Cognito's own APIs).
   * 'unknown': already revoked, or never ours: unusable either way. 'unsupported': the emulator.
   */
  revokeRefreshToken(refreshToken: string): Promise<{ kind: 'revoked' | 'unknown' | 'unsupported' }>;
  /** The user's record, or undefined when no such user exists; any other failure is 503 (fail closed). */
  getUserStatus(username: string): Promise<UserStatus | undefined>;
  /** The user with exactly this e-mail address (ListUsers filter), or undefined. */
  findUserByEmail(email: string): Promise<DirectoryUser | undefined>;
  /** The user whose `sub` is `userId` (AdminGetUser), or undefined. */
  findUserById(userId: string): Promise<DirectoryUser | undefined>;
  /**
   * Sends a new sign-up code. 'not_sent': no such account, or one that cannot get a code (already
   * confirmed). 'unsupported': the emulator has no ResendConfirmationCode, and the code it issued
   * at sign-up stays valid there.
   */
  resendConfirmationCode(email: string): Promise<{ kind: 'sent' | 'not_sent' | 'unsupported' }>;
  /** Starts a password reset: Cognito e-mails a code. 'not_sent': no such account, or one that cannot reset. */
  forgotPassword(email: string): Promise<{ kind: 'sent' | 'not_sent' }>;
  /** Sets a new password with the e-mailed reset code; 'invalid_code' as for confirmSignUp. */
  confirmForgotPassword(input: {
    email: string;
    code: string;
    password: string;
  }): Promise<{ kind: 'reset' | 'invalid_code' | 'weak_password' }>;
  /** Replaces a user's password (the caller has proven the current one). */
  setPassword(username: string, password: string): Promise<{ kind: 'set' | 'weak_password' }>;
  /** Revokes every refresh token of the user; 'unsupported' on the emulator. */
  signOutEverywhere(username: string): Promise<{ kind: 'signed_out' | 'unsupported' }>;
  /** Removes the user from the pool; 'absent' when it was already gone. */
  deleteUser(username: string): Promise<{ kind: 'deleted' | 'absent' }>;
}

/** A user of the pool as project membership needs it. */
export interface DirectoryUser {
  sub: string;
  email: string | undefined;
}

export interface CognitoGatewayOptions {
  client: CognitoIdentityProviderClient;
  userPoolId: string;
  clientId: string;
}

/** One Cognito client per process, with the outbound limits every AWS client has. */
export function createCognitoClient(options: {
  region: string;
  endpoint?: string | undefined;
  outbound: Config['outbound'];
}) {
  return new CognitoIdentityProviderClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...outboundClientOptions(options.outbound),
  });
}

/** A call's result, or the refusal it declared an outcome. */
type Attempt<T, R extends CognitoRefusal> = { done: T } | ([R] extends [never] ? never : { refused: R });

export function createCognitoGateway(options: CognitoGatewayOptions): CognitoGateway {
  const { client, userPoolId, clientId } = options;

  /**
   * The one way this module calls Cognito. `outcomes` are the refusals the call answers as values;
   * any other refusal is thrown as the failure it is (`failureOf`) or, for `failClosed` reads whose
   * answer decides access, as unavailable whatever it was.
   */
  async function call<T, R extends CognitoRefusal = never>(
    operation: CognitoOperation,
    run: () => Promise<T>,
    outcomes: readonly R[] = [],
    failClosed = false,
  ): Promise<Attempt<T, R>> {
    try {
      return { done: await run() };
    } catch (error) {
      const refusal = refusalOf(operation, error);
      if ((outcomes as readonly CognitoRefusal[]).includes(refusal)) {
        return { refused: refusal } as Attempt<T, R>;
      }
      throw failClosed
        ? new ServiceUnavailableError('The identity provider is not reachable.', 2, error)
        : failureOf(refusal, error);
    }
  }

  async function initiate(operation: 'signIn' | 'refresh', parameters: Record<string, string>) {
    const attempt = await call(
      operation,
      () =>
        client.send(
          new InitiateAuthCommand({
            ClientId: clientId,
            AuthFlow: operation === 'signIn' ? 'USER_PASSWORD_AUTH' : 'REFRESH_TOKEN_AUTH',
            AuthParameters: parameters,
          }),
        ),
      ['wrong_credentials', 'user_not_found', 'invalid_code'],
    );
    if ('refused' in attempt) return { kind: 'wrong_credentials' } as const;
    return toSignInOutcome(attempt.done);
  }

  async function readUser(username: string) {
    const attempt = await call(
      'getUser',
      () => client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username })),
      ['user_not_found'],
      true,
    );
    return 'refused' in attempt ? undefined : attempt.done;
  }

  return {
    async signUp({ email, password, name }) {
      const attempt = await call(
        'signUp',
        () =>
          client.send(
            new SignUpCommand({
              ClientId: clientId,
              Username: email,
              Password: password,
              UserAttributes: [
                { Name: 'email', Value: email },
                ...(name ? [{ Name: 'name', Value: name }] : []),
              ],
            }),
          ),
        ['weak_password'],
      );
      if ('refused' in attempt) return { kind: attempt.refused };
      return { kind: 'signed_up', confirmed: attempt.done.UserConfirmed === true };
    },
    async confirmSignUp({ email, code }) {
      const attempt = await call(
        'confirmSignUp',
        () =>
          client.send(
            new ConfirmSignUpCommand({ ClientId: clientId, Username: email, ConfirmationCode: code }),
          ),
        // An unknown account answers like a wrong code: nothing tells them apart.
        ['invalid_code', 'wrong_credentials', 'user_not_found'],
      );
      return { kind: 'refused' in attempt ? 'invalid_code' : 'confirmed' };
    },
    signIn: ({ email, password }) => initiate('signIn', { USERNAME: email, PASSWORD: password }),
    refresh: (refreshToken) => initiate('refresh', { REFRESH_TOKEN: refreshToken }),
    async revokeRefreshToken(refreshToken) {
      const attempt = await call(
        'revoke',
        () => client.send(new RevokeTokenCommand({ ClientId: clientId, Token: refreshToken })),
        ['unsupported', 'wrong_credentials', 'user_not_found'],
      );
      if (!('refused' in attempt)) return { kind: 'revoked' };
      return { kind: attempt.refused === 'unsupported' ? 'unsupported' : 'unknown' };
    },
    async getUserStatus(username) {
      const user = await readUser(username);
      if (!user) return undefined;
      return {
        sub: attributeOf(user.UserAttributes, 'sub'),
        email: attributeOf(user.UserAttributes, 'email'),
        enabled: user.Enabled === true,
      };
    },
    async findUserByEmail(email) {
      // The filter language quotes values with "; an address with a quote or backslash is escaped.
      const quoted = email.replaceAll('\\', '\\\\').replaceAll('"', '\\"');
      const attempt = await call(
        'findUser',
        () =>
          client.send(
            new ListUsersCommand({ UserPoolId: userPoolId, Filter: `email = "${quoted}"`, Limit: 2 }),
          ),
        [],
        true,
      );
      const user = attempt.done.Users?.find(
        (candidate) => attributeOf(candidate.Attributes, 'email') === email,
      );
      const sub = attributeOf(user?.Attributes, 'sub');
      return sub ? { sub, email } : undefined;
    },
    async findUserById(userId) {
      const user = await readUser(userId);
      const sub = attributeOf(user?.UserAttributes, 'sub');
      // AdminGetUser also resolves aliases (an e-mail): only an exact `sub` names a user by id.
      return user && sub === userId ? { sub, email: attributeOf(user.UserAttributes, 'email') } : undefined;
    },
    async resendConfirmationCode(email) {
      const attempt = await call(
        'resendCode',
        () => client.send(new ResendConfirmationCodeCommand({ ClientId: clientId, Username: email })),
        ['unsupported', ...CANNOT_GET_A_CODE],
      );
      if (!('refused' in attempt)) return { kind: 'sent' };
      return { kind: attempt.refused === 'unsupported' ? 'unsupported' : 'not_sent' };
    },
    async forgotPassword(email) {
      const attempt = await call(
        'forgotPassword',
        () => client.send(new ForgotPasswordCommand({ ClientId: clientId, Username: email })),
        CANNOT_GET_A_CODE,
      );
      return { kind: 'refused' in attempt ? 'not_sent' : 'sent' };
    },
    async confirmForgotPassword({ email, code, password }) {
      const attempt = await call(
        'confirmForgotPassword',
        () =>
          client.send(
            new ConfirmForgotPasswordCommand({
              ClientId: clientId,
              Username: email,
              ConfirmationCode: code,
              Password: password,
            }),
          ),
        ['weak_password', 'invalid_code', 'wrong_credentials', 'user_not_found'],
      );
      if (!('refused' in attempt)) return { kind: 'reset' };
      return { kind: attempt.refused === 'weak_password' ? 'weak_password' : 'invalid_code' };
    },
    async setPassword(username, password) {
      const attempt = await call(
        'setPassword',
        () =>
          client.send(
            new AdminSetUserPasswordCommand({
              UserPoolId: userPoolId,
              Username: username,
              Password: password,
              Permanent: true,
            }),
          ),
        ['weak_password'],
      );
      return { kind: 'refused' in attempt ? attempt.refused : 'set' };
    },
    async signOutEverywhere(username) {
      const attempt = await call(
        'signOutEverywhere',
        () => client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: username })),
        ['unsupported'],
      );
      return { kind: 'refused' in attempt ? attempt.refused : 'signed_out' };
    },
    async deleteUser(username) {
      const attempt = await call(
        'deleteUser',
        () => client.send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: username })),
        ['user_not_found'],
      );
      return { kind: 'refused' in attempt ? 'absent' : 'deleted' };
    },
  };
}

/**
 * Refusals of the code-sending calls that tell known accounts from unknown ones (no such user, one
 * already confirmed or otherwise unable to get a code): answered as 'not_sent', which their callers
 * keep to themselves. Only "slow down" and "unavailable" are failures there.
 */
const CANNOT_GET_A_CODE = [
  'wrong_credentials',
  'invalid_code',
  'user_not_found',
  'invalid_parameter',
  'user_not_confirmed',
  'password_reset_required',
] as const satisfies readonly CognitoRefusal[];

function attributeOf(
  attributes: ReadonlyArray<{ Name?: string | undefined; Value?: string | undefined }> | undefined,
  name: string,
): string | undefined {
  return attributes?.find((attribute) => attribute.Name === name)?.Value;
}

/** Tokens, or the challenge Cognito asks for instead (a new password, MFA): not a sign-in this API completes. */
function toSignInOutcome(result: InitiateAuthCommandOutput): SignInOutcome {
  const tokens = result.AuthenticationResult;
  if (!tokens?.AccessToken || !tokens.IdToken) {
    return { kind: 'challenge', challenge: result.ChallengeName ?? 'unknown' };
  }
  return {
    kind: 'tokens',
    tokens: {
      accessToken: tokens.AccessToken,
      idToken: tokens.IdToken,
      refreshToken: tokens.RefreshToken,
      expiresIn: tokens.ExpiresIn,
    },
  };
}
