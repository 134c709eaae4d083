import { IConstruct } from 'constructs';
import { guardAppLevelChecks } from './app-checks';
import { HardeningValidationError } from './errors';
import { Token } from '../cdktf';

/**
 * Token-aware checks for construct props. Each throws `HardeningValidationError` naming construct
 * path, property, value and what is allowed, and each accepts unresolved tokens unchecked: a value
 * only known at apply time is never rejected as if it were a literal.
 *
 * A helper of the constructs, not exported from the package entry point; its declaration is kept
 * (not marked internal) because the declarations of the shared prop checks name it.
 */
export class Check {
  /**
   * @param scope the construct whose props are checked, or a path-like label for checks outside a
   * construct (static factories such as `MachineImage.fromId`)
   * @param prefix the error code prefix, e.g. `SecureInstance`
   */
  constructor(private readonly scope: IConstruct | string, private readonly prefix: string) {
    // Every construct of the library validates its props here: register the (once per stack) guard
    // that fails synthesis when HardeningChecks was added to the App, where cdktf never runs it.
    if (typeof scope === 'object' && scope !== null && typeof scope.node?.path === 'string') guardAppLevelChecks(scope);
  }

  /** Throws a validation error for `property`. */
  public fail(code: string, property: string, value: unknown, allowed: string): never {
    throw new HardeningValidationError(this.scope, `${this.prefix}.${code}`, property, value, allowed);
  }

  /** A whole number in [min, max]. */
  public integer(property: string, value: number | undefined, min: number, max: number, code = 'OutOfRange'): void {
    if (value === undefined || isToken(value)) return;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(code, property, value, `a whole number from ${min} to ${max}`);
    }
  }

  /** One of the listed string values. */
  public oneOf<T extends string>(property: string, value: T | undefined, allowed: readonly T[], code = 'NotAllowed'): void {
    if (value === undefined || isToken(value)) return;
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.fail(code, property, value, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
    }
  }

  /** A string of length [min, max], optionally matching a pattern (described by `patternText`). */
  public text(property: string, value: string | undefined, opts: {
    min?: number; max: number; pattern?: RegExp; patternText?: string; code?: string;
  }): void {
    if (value === undefined || isToken(value)) return;
    const min = opts.min ?? 1;
    const what = `a string of ${min} to ${opts.max} characters${opts.patternText ? ` ${opts.patternText}` : ''}`;
    if (typeof value !== 'string' || value.length < min || value.length > opts.max
      || (opts.pattern && !opts.pattern.test(value))) {
      this.fail(opts.code ?? 'InvalidText', property, value, what);
    }
  }

  /** A non-empty string (an id, a name). */
  public required(property: string, value: unknown): void {
    if (isToken(value)) return;
    if (typeof value !== 'string' || value.trim() === '') this.fail('Required', property, value, 'a non-empty string');
  }

  /** A boolean. */
  public bool(property: string, value: unknown): void {
    if (value === undefined || isToken(value)) return;
    if (typeof value !== 'boolean') this.fail('NotBoolean', property, value, 'true or false');
  }

  /** A plain object (props bags coming through `any`). */
  public object(property: string, value: unknown): void {
    if (value === undefined) return;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.fail('NotObject', property, value, 'an object');
    }
  }

  /** An array. */
  public array(property: string, value: unknown): void {
    if (value === undefined || isToken(value)) return;
    if (!Array.isArray(value)) this.fail('NotArray', property, value, 'a list');
  }
}

/** True for any unresolved cdktf token (string, number or list token). */
export function isToken(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string' || typeof value === 'number') return Token.isUnresolved(value);
  if (Array.isArray(value)) return Token.isUnresolved(value);
  return typeof value === 'object' && Token.isUnresolved(value);
}
