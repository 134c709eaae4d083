/**
 * `.tf` (HCL native syntax) files read into the document model with the real HCL parser:
 * `@cdktf/hcl2json`, a WebAssembly build of hashicorp/hcl that runs offline. It writes HCL as
 * Terraform JSON (every block as an array of objects, every non-literal expression as `"${...}"`),
 * which lib/rules/model/terraform.ts normalizes like any other JSON document.
 *
 * The parser is loaded lazily, on the first `.tf` file: checking JSON never pays for it.
 *
 * @internal
 */

type Hcl2Json = { parse(filename: string, contents: string): Promise<Record<string, any>> };

let parser: Hcl2Json | undefined;

function hcl2json(): Hcl2Json {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  parser ??= require('@cdktf/hcl2json') as Hcl2Json;
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
  try {
    return await hcl2json().parse(filename, text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
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
