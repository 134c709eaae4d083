/**
 * `.tf` (HCL native syntax) files read into the document model with the real HCL parser:
 * `@cdktf/hcl2json`, a WebAssembly build of hashicorp/hcl that runs offline. It writes HCL as
 * Terraform JSON (every block as an array of objects, every non-literal expression as `"${...}"`),
 * which lib/rules/model/terraform.ts normalizes like any other JSON document.
 *
 * The parser is loaded lazily, on the first `.tf` file: checking JSON never pays for it.
 *
 * Internal to the rule pack (not exported from the package entry point). A file comment, not
 * an internal tag: with `stripInternal` that tag on the first statement removed it (an import, or
 * `UNKNOWN`) from the published .d.ts files, which then failed to compile with skipLibCheck false.
 *
 * @packageDocumentation
 */

type Hcl2Json = { parse(filename: string, contents: string): Promise<Record<string, any>> };

let parser: Hcl2Json | undefined;

/** What the Go WebAssembly runtime wrote to its stdout / stderr during the current parse. */
let runtimeOutput = '';

function hcl2json(): Hcl2Json {
  if (parser) return parser;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const loaded = require('@cdktf/hcl2json') as Hcl2Json;
  // The parser's Go runtime writes with fs.writeSync(1 | 2, ...) through globalThis.fs, which its
  // bridge sets on the first parse. Load the bridge now (it runs once), then keep the runtime's
  // writes out of the checker's own output (a JSON or SARIF report on stdout) and away from a full,
  // non-blocking pipe (EAGAIN): they become part of the parse error instead.
  require('@cdktf/hcl2json/wasm/bridge_wasm_exec.js');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const g = globalThis as { fs?: typeof import('fs') };
  const real = g.fs;
  if (real) {
    const decoder = new TextDecoder();
    g.fs = new Proxy(real, {
      get(target, key, receiver) {
        if (key !== 'writeSync') return Reflect.get(target, key, receiver);
        return (fd: number, buf: Uint8Array, ...rest: unknown[]) => {
          if (fd !== 1 && fd !== 2) return (target.writeSync as (...a: unknown[]) => number)(fd, buf, ...rest);
          if (runtimeOutput.length < 4096) runtimeOutput += decoder.decode(buf);
          return buf.length;
        };
      },
    });
  }
  parser = loaded;
  return parser;
}

/** Error thrown for HCL that does not parse (the message is the parser's diagnostic, one line). */
export class HclSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HclSyntaxError';
    Object.setPrototypeOf(this, HclSyntaxError.prototype);
  }
}

/**
 * Parses one `.tf` file into a Terraform JSON document.
 *
 * @throws HclSyntaxError when the file is not valid HCL
 */
export async function parseHcl(filename: string, text: string): Promise<Record<string, any>> {
  runtimeOutput = '';
  try {
    return await hcl2json().parse(filename, text);
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)) + (runtimeOutput.trim() ? ` (${runtimeOutput.trim()})` : '');
    throw new HclSyntaxError(message.replace(/\s*\n\s*/g, ' ').replace(/^parse config: /, '').replace(/^\[(.*)\]$/, '$1'));
  }
}

/**
 * The files of one Terraform module (the `.tf` files of one directory) as one document: each block
 * type becomes the array form of the files' blocks, which the document model reads as one module
 * (a resource defined in two files is a duplicate, as in Terraform).
 */
export function mergeModule(documents: readonly Record<string, any>[]): Record<string, any> {
  if (documents.length === 1) return documents[0];
  const out: Record<string, any[]> = {};
  for (const d of documents) {
    for (const [k, v] of Object.entries(d)) (out[k] ??= []).push(...(Array.isArray(v) ? v : [v]));
  }
  return out;
}
