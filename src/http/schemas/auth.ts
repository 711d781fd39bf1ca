import { z } from '@hono/zod-openapi';
import { EmailSchema } from './common.ts';

/**
 * Cognito's default password policy, checked here too: cognito-local enforces none, and a
 * 422 naming the rule is kinder than a round trip. Keep it in step with the pool's policy.
 */
export const PasswordSchema = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(256, 'must be at most 256 characters')
  .regex(/[a-z]/, 'must contain a lower-case letter')
  .regex(/[A-Z]/, 'must contain an upper-case letter')
  .regex(/[0-9]/, 'must contain a digit')
  .regex(/[^A-Za-z0-9]/, 'must contain a symbol')
  .openapi({
    format: 'password',
    description: '8–256 characters with a lower-case letter, an upper-case letter, a digit and a symbol',
    pattern: '^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,256}$',
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

export const ConfirmBodySchema = z
  .strictObject({ email: EmailSchema, code: z.string().regex(/^\d{4,10}$/, 'must be the numeric code') })
  .openapi('ConfirmSignUpRequest');

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
