import {
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  AdminUserGlobalSignOutCommand,
  type AuthenticationResultType,
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  ListUsersCommand,
  ResendConfirmationCodeCommand,
  RevokeTokenCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Config } from '#config';
import { outboundClientOptions } from '#data/outbound/aws-sdk-http';
import type { UserStatus } from '#domain/auth';
import {
  ChallengeRequiredError,
  InvalidConfirmationCodeError,
  InvalidCredentialsError,
} from '#domain/auth-errors';
import { ServiceUnavailableError, UnauthorizedError } from '#domain/errors';
import { type CognitoOperation, isUnsupportedByEmulator, toCognitoError } from './errors.ts';

/** Tokens as Cognito returns them; `expiresIn` is absent from some emulators. */
export interface CognitoTokens {
  accessToken: string;
  idToken: string;
  refreshToken: string | undefined;
  expiresIn: number | undefined;
}

/**
 * The only caller of the Cognito API. Every SDK error leaves as a typed error
 * (`cognito-errors.ts`): callers never see SDK types.
 */
export interface CognitoGateway {
  signUp(input: {
    email: string;
    password: string;
    name?: string | undefined;
  }): Promise<{ confirmed: boolean }>;
  /** 'invalid_code': the code is wrong or expired, or no such account (the two look the same). */
  confirmSignUp(input: { email: string; code: string }): Promise<'confirmed' | 'invalid_code'>;
  /** 'invalid_credentials': wrong password or unknown user (the two look the same). */
  signIn(input: { email: string; password: string }): Promise<CognitoTokens | 'invalid_credentials'>;
  /** 'invalid_credentials': the refresh token is unknown, revoked or expired. */
  refresh(refreshToken: string): Promise<CognitoTokens | 'invalid_credentials'>;
  /** Revokes a refresh token (and, on AWS, the access tokens minted from it for Cognito's own APIs). */
  revokeRefreshToken(refreshToken: string): Promise<'revoked' | 'unknown' | 'unsupported'>;
  /** The user's record, or undefined when no such user exists. */
  getUserStatus(username: string): Promise<UserStatus | undefined>;
  /** The user with exactly this e-mail address (ListUsers filter), or undefined. */
  findUserByEmail(email: string): Promise<DirectoryUser | undefined>;
  /** The user whose `sub` is `userId` (AdminGetUser), or undefined. */
  findUserById(userId: string): Promise<DirectoryUser | undefined>;
  /**
   * Sends a new sign-up code. 'unsupported': the emulator has no ResendConfirmationCode, and
   * the code it issued at sign-up stays valid there.
   */
  resendConfirmationCode(email: string): Promise<'sent' | 'unsupported'>;
  /** Starts a password reset: Cognito e-mails a code. */
  forgotPassword(email: string): Promise<void>;
  /** Sets a new password with the e-mailed reset code; 'invalid_code' as for confirmSignUp. */
  confirmForgotPassword(input: {
    email: string;
    code: string;
    password: string;
  }): Promise<'reset' | 'invalid_code'>;
  /** Replaces a user's password (the caller has proven the current one). */
  setPassword(username: string, password: string): Promise<void>;
  /** Revokes every refresh token of the user; 'unsupported' on the emulator. */
  signOutEverywhere(username: string): Promise<'signed_out' | 'unsupported'>;
  /** Removes the user from the pool; an already removed user is not an error. */
  deleteUser(username: string): Promise<void>;
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

export function createCognitoGateway(options: CognitoGatewayOptions): CognitoGateway {
  const { client, userPoolId, clientId } = options;

  async function call<T>(operation: CognitoOperation, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toCognitoError(operation, error);
    }
  }

  async function adminCall<T>(
    operation: CognitoOperation,
    run: () => Promise<T>,
  ): Promise<T | 'unsupported'> {
    try {
      return await run();
    } catch (error) {
      if (isUnsupportedByEmulator(error)) return 'unsupported';
      throw toCognitoError(operation, error);
    }
  }

  /** `run`'s result, or `refused` when Cognito answers that the credentials or code are not valid. */
  async function unlessRefused<T, R extends string>(
    operation: CognitoOperation,
    refused: R,
    run: () => Promise<T>,
  ): Promise<T | R> {
    try {
      return await run();
    } catch (error) {
      const mapped = toCognitoError(operation, error);
      if (mapped instanceof InvalidCredentialsError || mapped instanceof InvalidConfirmationCodeError)
        return refused;
      throw mapped;
    }
  }

  async function initiate(operation: 'signIn' | 'refresh', parameters: Record<string, string>) {
    const result = await unlessRefused(operation, 'invalid_credentials', () =>
      client.send(
        new InitiateAuthCommand({
          ClientId: clientId,
          AuthFlow: operation === 'signIn' ? 'USER_PASSWORD_AUTH' : 'REFRESH_TOKEN_AUTH',
          AuthParameters: parameters,
        }),
      ),
    );
    if (result === 'invalid_credentials') return result;
    // A challenge (new password, MFA) is not a sign-in this API completes.
    return toTokens(operation, result.AuthenticationResult);
  }

  return {
    async signUp({ email, password, name }) {
      const result = await call('signUp', () =>
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
      );
      return { confirmed: result.UserConfirmed === true };
    },
    async confirmSignUp({ email, code }) {
      const done = await unlessRefused('confirmSignUp', 'invalid_code', () =>
        client.send(
          new ConfirmSignUpCommand({ ClientId: clientId, Username: email, ConfirmationCode: code }),
        ),
      );
      return done === 'invalid_code' ? done : 'confirmed';
    },
    signIn: ({ email, password }) => initiate('signIn', { USERNAME: email, PASSWORD: password }),
    refresh: (refreshToken) => initiate('refresh', { REFRESH_TOKEN: refreshToken }),
    async revokeRefreshToken(refreshToken) {
      try {
        await client.send(new RevokeTokenCommand({ ClientId: clientId, Token: refreshToken }));
        return 'revoked';
      } catch (error) {
        if (isUnsupportedByEmulator(error)) return 'unsupported';
        const mapped = toCognitoError('revoke', error);
        // Already revoked, or never ours: the refresh token is unusable either way.
        if (mapped instanceof UnauthorizedError) return 'unknown';
        throw mapped;
      }
    },
    async getUserStatus(username) {
      try {
        const user = await client.send(
          new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }),
        );
        const attribute = (name: string) => user.UserAttributes?.find((item) => item.Name === name)?.Value;
        return { sub: attribute('sub'), email: attribute('email'), enabled: user.Enabled === true };
      } catch (error) {
        if (error instanceof Error && error.name === 'UserNotFoundException') return undefined;
        // Whatever else went wrong, the flag is unknown: fail closed.
        throw new ServiceUnavailableError('The identity provider is not reachable.', 2, error);
      }
    },
    async findUserByEmail(email) {
      // The filter language quotes values with "; an address with a quote or backslash is escaped.
      const quoted = email.replaceAll('\\', '\\\\').replaceAll('"', '\\"');
      try {
        const result = await client.send(
          new ListUsersCommand({ UserPoolId: userPoolId, Filter: `email = "${quoted}"`, Limit: 2 }),
        );
        const user = result.Users?.find((candidate) => attributeOf(candidate.Attributes, 'email') === email);
        const sub = attributeOf(user?.Attributes, 'sub');
        return sub ? { sub, email } : undefined;
      } catch (error) {
        throw new ServiceUnavailableError('The identity provider is not reachable.', 2, error);
      }
    },
    async findUserById(userId) {
      try {
        const user = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: userId }));
        const sub = attributeOf(user.UserAttributes, 'sub');
        // AdminGetUser also resolves aliases (an e-mail): only an exact `sub` names a user by id.
        return sub === userId ? { sub, email: attributeOf(user.UserAttributes, 'email') } : undefined;
      } catch (error) {
        if (error instanceof Error && error.name === 'UserNotFoundException') return undefined;
        throw new ServiceUnavailableError('The identity provider is not reachable.', 2, error);
      }
    },
    async resendConfirmationCode(email) {
      const sent = await adminCall('resendCode', () =>
        client.send(new ResendConfirmationCodeCommand({ ClientId: clientId, Username: email })),
      );
      return sent === 'unsupported' ? 'unsupported' : 'sent';
    },
    async forgotPassword(email) {
      await call('forgotPassword', () =>
        client.send(new ForgotPasswordCommand({ ClientId: clientId, Username: email })),
      );
    },
    async confirmForgotPassword({ email, code, password }) {
      const done = await unlessRefused('confirmForgotPassword', 'invalid_code', () =>
        client.send(
          new ConfirmForgotPasswordCommand({
            ClientId: clientId,
            Username: email,
            ConfirmationCode: code,
            Password: password,
          }),
        ),
      );
      return done === 'invalid_code' ? done : 'reset';
    },
    async setPassword(username, password) {
      await call('setPassword', () =>
        client.send(
          new AdminSetUserPasswordCommand({
            UserPoolId: userPoolId,
            Username: username,
            Password: password,
            Permanent: true,
          }),
        ),
      );
    },
    async signOutEverywhere(username) {
      const done = await adminCall('signOutEverywhere', () =>
        client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: username })),
      );
      return done === 'unsupported' ? 'unsupported' : 'signed_out';
    },
    async deleteUser(username) {
      try {
        await client.send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: username }));
      } catch (error) {
        if (error instanceof Error && error.name === 'UserNotFoundException') return;
        throw toCognitoError('deleteUser', error);
      }
    },
  };
}

function attributeOf(
  attributes: ReadonlyArray<{ Name?: string | undefined; Value?: string | undefined }> | undefined,
  name: string,
): string | undefined {
  return attributes?.find((attribute) => attribute.Name === name)?.Value;
}

function toTokens(operation: CognitoOperation, result: AuthenticationResultType | undefined): CognitoTokens {
  if (!result?.AccessToken || !result.IdToken) {
    throw new ChallengeRequiredError(operation === 'signIn' ? 'sign-in' : 'refresh');
  }
  return {
    accessToken: result.AccessToken,
    idToken: result.IdToken,
    refreshToken: result.RefreshToken,
    expiresIn: result.ExpiresIn,
  };
}
