import * as fs from 'fs';
import * as path from 'path';
import { IConstruct } from 'constructs';
import { CORE_FLAVOURS, CoreFlavour } from './flavours';
import { App, CORE_PACKAGE, TerraformStack } from '../cdktf';

export { CORE_FLAVOURS, CoreFlavour } from './flavours';

/**
 * The core-mismatch guard: this package is built for ONE core (cdktf, or CDK Terrain's cdktn; see
 * `CORE_FLAVOURS`), and a construct, the rule pack or `HardeningChecks` that meets an App or a
 * stack of another core fails at once, naming both cores and the package to install.
 *
 * Why it must be loud: both cores mark their constructs with the same `Symbol.for("cdktf/...")`
 * identity symbols, so `TerraformStack.isStack` and `App.isApp` accept the other core's objects,
 * while the aspect lists and the resolver are private to each core. A cdktn app using the cdktf
 * build crashed in `app.synth()` (`e._resetResolveDiscoveredProviderFeatureUsage is not a
 * function`), and once past that, HardeningChecks registered through the library's core never ran
 * (a stack with an unencrypted disk synthesized without error); the cdktf app using a cdktn build
 * crashed on every `Fn.*` the library creates. Two copies of the SAME core (e.g. two cdktf versions
 * in one app) fail the same way and are refused the same way.
 *
 * Detection is by class identity, not by name: an object is from our core when it is an instance
 * of the `App` / `TerraformStack` classes this package imported; the other core is then identified
 * by the module (`cdktf` or `cdktn`, with its version and directory) whose classes it is an
 * instance of.
 *
 * @packageDocumentation
 */

/** The flavour this copy of the package was built as. */
export const BUILT_FLAVOUR: CoreFlavour = CORE_FLAVOURS[CORE_PACKAGE as 'cdktf' | 'cdktn'] ?? CORE_FLAVOURS.cdktf;

/** The error thrown when the package meets an App or stack of another core. */
export class CoreMismatchError extends Error {
  /** Stable error code. */
  public readonly code = 'CoreMismatch';
  /** The core this package was built for. */
  public readonly builtFor: string;
  /** The core the App or stack comes from (`cdktf`, `cdktn`, or `unknown`). */
  public readonly found: string;
  /** The construct path of the App or stack. */
  public readonly constructPath: string;

  constructor(constructPath: string, builtFor: string, found: string, message: string) {
    super(message);
    this.name = 'CoreMismatchError';
    this.constructPath = constructPath;
    this.builtFor = builtFor;
    this.found = found;
    Object.setPrototypeOf(this, CoreMismatchError.prototype);
  }
}

interface LoadedCore {
  readonly name: string;
  readonly version: string;
  readonly dir: string;
  readonly App?: Function;
  readonly TerraformStack?: Function;
}

/** Version of the core package in `dir` (its package.json), or "?". */
function versionIn(dir: string): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version ?? '?';
  } catch {
    return '?';
  }
}

/** Core modules this process has loaded, plus the ones resolvable from the app and from here. */
function candidateCores(): LoadedCore[] {
  const found = new Map<string, LoadedCore>();
  const add = (file: string, exports: any) => {
    const m = /[\\/](cdktf|cdktn)[\\/]lib[\\/]index\.js$/.exec(file);
    if (!m || !exports || found.has(file)) return;
    const dir = path.dirname(path.dirname(file));
    found.set(file, { name: m[1], version: versionIn(dir), dir, App: exports.App, TerraformStack: exports.TerraformStack });
  };
  const cache = (require as NodeJS.Require).cache ?? {};
  for (const [file, mod] of Object.entries(cache)) if (mod) add(file, mod.exports);
  for (const name of ['cdktf', 'cdktn']) {
    for (const from of [process.cwd(), __dirname]) {
      try {
        const file = require.resolve(name, { paths: [from] });
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- error path only: identify the other core
        add(file, require(file));
      } catch {
        // not installed there
      }
    }
  }
  return [...found.values()];
}

/** The loaded core whose App / TerraformStack classes `obj` is an instance of. */
function identify(obj: object): LoadedCore | undefined {
  return candidateCores().find((c) => (typeof c.TerraformStack === 'function' && obj instanceof c.TerraformStack)
    || (typeof c.App === 'function' && obj instanceof c.App));
}

/** Where this package's own core was loaded from (the module whose classes we imported, else the one resolvable from here). */
function ownCore(): LoadedCore | undefined {
  const cores = candidateCores();
  return cores.find((c) => c.TerraformStack === TerraformStack) ?? cores.find((c) => c.name === BUILT_FLAVOUR.core);
}

function mismatch(obj: IConstruct, kind: string, where: string): CoreMismatchError {
  const constructPath = obj.node.path || '<app>';
  const own = ownCore();
  const ownText = `${BUILT_FLAVOUR.core}${own ? `@${own.version}` : ''}`;
  const other = identify(obj);
  const pkg = BUILT_FLAVOUR.packageName;
  if (other && other.name !== BUILT_FLAVOUR.core) {
    const target = CORE_FLAVOURS[other.name as 'cdktf' | 'cdktn'];
    return new CoreMismatchError(constructPath, BUILT_FLAVOUR.core, other.name,
      `[CoreMismatch] ${constructPath}: ${where} met ${kind} created with ${other.name}@${other.version} (${target.product}), `
      + `but this package (${pkg}) is built for ${ownText} (${BUILT_FLAVOUR.product}). Cores cannot be mixed in one app: `
      + 'synthesis crashes or the hardening checks silently do not run. '
      + `Install the package built for ${other.name}: npm uninstall ${pkg} && npm install ${target.packageName} `
      + `(or build the app with ${BUILT_FLAVOUR.core}: import from '${BUILT_FLAVOUR.core}' and install ${BUILT_FLAVOUR.core} and ${BUILT_FLAVOUR.cli}).`);
  }
  const otherText = other ? `another copy of ${other.name}@${other.version} (${other.dir})` : 'a core this package did not load (another copy of cdktf or cdktn)';
  return new CoreMismatchError(constructPath, BUILT_FLAVOUR.core, other?.name ?? 'unknown',
    `[CoreMismatch] ${constructPath}: ${where} met ${kind} created with ${otherText}, but this package (${pkg}) is built for `
    + `${ownText}${own ? ` (${own.dir})` : ''}. Two cores in one app make synthesis crash or the hardening checks silently not run. `
    + `Install exactly one ${BUILT_FLAVOUR.core} (npm ls ${BUILT_FLAVOUR.core} cdktf cdktn; npm dedupe), `
    + `or the flavour of this package for the app's core (${CORE_FLAVOURS.cdktf.packageName} for cdktf, ${CORE_FLAVOURS.cdktn.packageName} for cdktn).`);
}

const CHECKED = new WeakSet<object>();

/** Throws `CoreMismatchError` when `obj` is an App or a stack of a core other than ours. */
function assertOwnCoreObject(obj: IConstruct, where: string): void {
  if (CHECKED.has(obj)) return;
  const path_ = obj.node.path;
  if (App.isApp(obj) && !(obj instanceof App)) throw mismatch(obj, `the App "${path_ || '<app>'}"`, where);
  if (TerraformStack.isStack(obj) && !(obj instanceof TerraformStack)) throw mismatch(obj, `the stack "${path_}"`, where);
  CHECKED.add(obj);
}

/**
 * Fails at once with a `CoreMismatchError` when `scope`'s App or stack (any scope above it, and
 * `scope` itself) comes from a core other than the one this package was built for. Cheap after
 * the first call per App / stack.
 *
 * @param where who is asking, for the message (e.g. `EncryptedDisk`, `HardeningChecks.applyTo`)
 */
export function assertSameCore(scope: IConstruct, where: string): void {
  if (typeof scope !== 'object' || scope === null || typeof scope.node?.path !== 'string') return;
  for (const s of scope.node.scopes) assertOwnCoreObject(s, where);
}
