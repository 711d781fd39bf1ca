import { describe, expect, it } from 'vitest';
import { MAX_FILENAME_LENGTH, mediaTypeEssence, sanitizeFilename } from '#domain/filename';

describe('sanitizeFilename', () => {
  it('keeps only the last path segment', () => {
    expect(sanitizeFilename('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFilename('C:\\fakepath\\report.pdf')).toBe('report.pdf');
    expect(sanitizeFilename('dir/sub/')).toBeUndefined();
  });

  it('removes control characters and bidi overrides', () => {
    expect(sanitizeFilename('inv\u0000oice\u001f.pdf')).toBe('invoice.pdf');
    expect(sanitizeFilename('invoice\u202efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFilename('line\nbreak.txt')).toBe('linebreak.txt');
  });

  it('refuses names with nothing usable left', () => {
    for (const name of ['', '   ', '.', '..', '\u0000\u0001', '/'])
      expect(sanitizeFilename(name)).toBeUndefined();
  });

  it('bounds the length and keeps the extension, never splitting a character', () => {
    const long = `${'ü'.repeat(300)}.pdf`;
    const name = sanitizeFilename(long) ?? '';
    expect(name.length).toBeLessThanOrEqual(MAX_FILENAME_LENGTH);
    expect(name.endsWith('.pdf')).toBe(true);
    const emoji = sanitizeFilename(`${'😀'.repeat(200)}.txt`) ?? '';
    expect(emoji.length).toBeLessThanOrEqual(MAX_FILENAME_LENGTH);
    expect(emoji).toBe(emoji.normalize('NFC'));
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(emoji)).toBe(false);
  });

  it('keeps ordinary names as they are (NFC)', () => {
    expect(sanitizeFilename('Quarterly report (final) ü.pdf')).toBe('Quarterly report (final) ü.pdf');
    expect(sanitizeFilename('u\u0308.txt')).toBe('ü.txt');
  });
});

describe('mediaTypeEssence', () => {
  it('drops parameters and case', () => {
    expect(mediaTypeEssence('Text/Plain; charset=UTF-8')).toBe('text/plain');
    expect(mediaTypeEssence('image/png')).toBe('image/png');
  });
});
