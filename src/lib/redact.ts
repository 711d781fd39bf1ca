/**
 * Redaction for anything that leaves the process as text (log lines, error bodies).
 * Keys are matched by name; values are matched by shape so a token pasted into a
 * free-text field is caught too.
 */

export const REDACTED = '[REDACTED]';

const SENSITIVE_KEY =
  /authorization|cookie|password|passwd|secret|token|credential|session|api[-_]?key|signature|x-amz-security/i;
const JWT_SHAPE = /eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/g;
const BEARER_SHAPE = /\b(Bearer)\s+[\w.~+/=-]+/gi;
/** A Standard Webhooks signing secret (`whsec_` + base64). */
const WEBHOOK_SECRET_SHAPE = /whsec_[A-Za-z0-9+/=]{8,}/g;

/** True when a property with this name must never be written out. */
export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEY.test(key);
}

/** Masks token-shaped substrings of free text. */
export function redactText(text: string): string {
  return text
    .replace(JWT_SHAPE, REDACTED)
    .replace(BEARER_SHAPE, `$1 ${REDACTED}`)
    .replace(WEBHOOK_SECRET_SHAPE, REDACTED);
}

/** A `JSON.stringify` replacer that masks sensitive keys and token-shaped strings. */
export function redactingReplacer(key: string, value: unknown): unknown {
  if (
    key !== '' &&
    isSensitiveKey(key) &&
    value !== undefined &&
    value !== null &&
    typeof value !== 'object'
  ) {
    return REDACTED;
  }
  if (key !== '' && isSensitiveKey(key) && typeof value === 'object' && value !== null) return REDACTED;
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'bigint') return value.toString();
  return value;
}
