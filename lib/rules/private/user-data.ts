/**
 * Reading user data as ECS will run it: the provider sends a value that decodes as base64 unchanged
 * (ECS decodes it) and base64-encodes anything else, so both the raw text and its base64 decoding
 * are what the instance gets.
 *
 * Not exported from the package entry point.
 *
 * @packageDocumentation
 */

/** The decoded text when `value` is well-formed base64 of (mostly) printable text; undefined otherwise. */
export function decodeBase64Text(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '');
  if (compact.length < 8 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return undefined;
  const text = Buffer.from(compact, 'base64').toString('utf8');
  const printable = text.replace(/[^\t\n\r\x20-\x7e\u00a0-\uffff]/g, '').length;
  return printable >= text.length * 0.95 && !text.includes('\ufffd') ? text : undefined;
}

/** The texts to scan for a user-data value: the raw string (literal parts of an expression too) and its decoding. */
export function userDataTexts(value: unknown): string[] {
  if (typeof value !== 'string' || value.trim() === '') return [];
  const decoded = decodeBase64Text(value);
  return decoded === undefined ? [value] : [value, decoded];
}
