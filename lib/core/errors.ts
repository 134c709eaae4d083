import { IConstruct } from 'constructs';

/**
 * The error every construct of this library throws for invalid input. It always names the construct
 * path, the property, the rejected value and what is allowed, and carries a stable `code` that tools
 * and tests can match on.
 */
export class HardeningValidationError extends Error {
  /** Path of the construct that rejected the input, e.g. `app/stack/web/disk`. */
  public readonly constructPath: string;
  /** The property (as named in the props) that holds the bad value. */
  public readonly property: string;
  /** The rejected value. */
  public readonly value: unknown;
  /** What would have been accepted. */
  public readonly allowed: string;
  /** Stable error code, e.g. `EncryptedDisk.SizeOutOfRange`. */
  public readonly code: string;

  constructor(scope: IConstruct | string, code: string, property: string, value: unknown, allowed: string) {
    const constructPath = typeof scope === 'string' ? scope : (scope.node.path || '<root>');
    super(`[${code}] ${constructPath}: invalid ${property} ${describeValue(value)}: ${allowed}`);
    this.name = 'HardeningValidationError';
    this.constructPath = constructPath;
    this.property = property;
    this.value = value;
    this.allowed = allowed;
    this.code = code;
    Object.setPrototypeOf(this, HardeningValidationError.prototype);
  }
}

/** A short, safe rendering of any value for error messages (never throws, truncates long values). */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    if (value === undefined) text = 'undefined';
    else if (typeof value === 'string') text = JSON.stringify(value);
    else if (typeof value === 'number' || typeof value === 'boolean' || value === null) text = String(value);
    else if (typeof value === 'function') text = '<function>';
    else if (typeof value === 'symbol' || typeof value === 'bigint') text = String(value);
    else text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
