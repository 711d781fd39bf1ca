import { LIMITS } from './vocabulary.ts';

/** The longest stored filename, in UTF-16 code units (the attachment entity's bound). */
export const MAX_FILENAME_LENGTH = LIMITS.filename;

// C0/C1 controls, and the bidi overrides that make `invoice\u202Efdp.exe` read as a PDF.
const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A client's filename made safe to store and to hand back in Content-Disposition: only the
 * last path segment (so `C:\fakepath\a.txt` and `../../a.txt` become `a.txt`), no control or
 * bidi-override characters, trimmed, NFC, at most 255 code units with the extension kept.
 * It is metadata only: object keys never contain it. Undefined when nothing usable is left.
 */
export function sanitizeFilename(raw: string): string | undefined {
  const segment = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = segment.normalize('NFC').replace(UNSAFE, '').trim();
  if (cleaned === '' || cleaned === '.' || cleaned === '..') return undefined;
  return truncate(cleaned, MAX_FILENAME_LENGTH);
}

function truncate(name: string, max: number): string {
  if (name.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  let stem = '';
  // Whole code points only: never split a surrogate pair.
  for (const char of name.slice(0, name.length - extension.length)) {
    if (stem.length + char.length + extension.length > max) break;
    stem += char;
  }
  return stem + extension;
}

/** `text/plain; charset=UTF-8` → `text/plain` (type and subtype are case-insensitive). */
export function mediaTypeEssence(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}
