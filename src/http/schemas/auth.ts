import {
  describePasswordPolicy,
  PASSWORD_CLASS_RULES,
  PASSWORD_LENGTH_MESSAGES,
  PASSWORD_POLICY,
} from '#domain/password-policy';
import { EmailSchema } from './common.ts';
import * as z from './zod.ts';

/**
 * The password policy (`#domain/password-policy`) as a schema: every broken rule is listed,
 * so a client learns the whole policy from one 422 instead of a Cognito round trip.
 */
export const PasswordSchema = PASSWORD_CLASS_RULES.reduce(
  (schema, rule) => schema.regex(rule.pattern, rule.message),
  z
    .string()
    .min(PASSWORD_POLICY.minLength, PASSWORD_LENGTH_MESSAGES.tooShort)
    .max(PASSWORD_POLICY.maxLength, PASSWORD_LENGTH_MESSAGES.tooLong),
).openapi({
  format: 'password',
  description: describePasswordPolicy(),
  // The whole policy as one pattern (zod checks each rule apart, to name every broken one).
  pattern: `^${PASSWORD_CLASS_RULES.map((rule) => `(?=.*${rule.pattern.source})`).join('')}.{${PASSWORD_POLICY.minLength},${PASSWORD_POLICY.maxLength}}$`,
  example: 'Tasklane-demo-1',
});

export const SignUpBodySchema = z
  .strictObject({
    email: EmailSchema,
    password: PasswordSchema,
    name: z.string().trim().min(1).max(100).optional(),
  })
  .openapi('SignUpRequest');

export const SignUpResponseSchema = z
  .object({
    email: z.string(),
    confirmed: z.boolean().openapi({ description: 'false: confirm with the code sent by e-mail' }),
  })
  .openapi('SignUpResponse');

/** An e-mailed code (sign-up confirmation, password reset). */
const ResetCode = z.string().regex(/^\d{4,10}$/, 'must be the numeric code');

export const ConfirmBodySchema = z
  .strictObject({ email: EmailSchema, code: ResetCode })
  .openapi('ConfirmSignUpRequest');

const CurrentPassword = z.string().min(1).max(256).openapi({ format: 'password' });

export const EmailBodySchema = z.strictObject({ email: EmailSchema }).openapi('EmailRequest');

export const ResetPasswordBodySchema = z
  .strictObject({ email: EmailSchema, code: ResetCode, newPassword: PasswordSchema })
  .openapi('ResetPasswordRequest');

export const ChangePasswordBodySchema = z
  .strictObject({ currentPassword: CurrentPassword, newPassword: PasswordSchema })
  .openapi('ChangePasswordRequest');

export const DeleteAccountBodySchema = z
  .strictObject({ password: CurrentPassword })
  .openapi('DeleteAccountRequest');

export const AcceptedSchema = z
  .object({ status: z.literal('accepted'), detail: z.string() })
  .openapi('AuthRequestAccepted');

export const LoginBodySchema = z
  .strictObject({ email: EmailSchema, password: z.string().min(1).max(256).openapi({ format: 'password' }) })
  .openapi('LoginRequest');

const RefreshToken = z.string().min(1).max(8192);

export const RefreshBodySchema = z.strictObject({ refreshToken: RefreshToken }).openapi('RefreshRequest');

export const LogoutBodySchema = z
  .strictObject({ refreshToken: RefreshToken.optional() })
  .openapi('LogoutRequest');

export const TokensSchema = z
  .object({
    accessToken: z.string(),
    idToken: z.string(),
    refreshToken: z.string().optional().openapi({ description: 'Only at sign-in; refresh keeps it' }),
    expiresIn: z.number().int().nonnegative().openapi({ description: 'Seconds the access token is valid' }),
    tokenType: z.literal('Bearer'),
  })
  .openapi('Tokens');

export const MeSchema = z
  .object({
    sub: z.string(),
    email: z.string().nullable(),
    groups: z.array(z.string()),
  })
  .openapi('Me');
