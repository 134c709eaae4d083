/**
 * Doc tests: the TypeScript code blocks of README.md and of each blueprint README, turned into files
 * that `npm run test:consumer` compiles against the packed package (so a sample can never drift
 * from the published API).
 *
 * - A block preceded by an HTML comment `<!-- file: <name> -->` (invisible on the npm page) is a
 *   file of the README's starter app (`cdktf.json`, `tsconfig.json`, `main.ts`): written as is and
 *   synthesized with `cdktf synth`.
 * - Every other ` ```ts ` block is a snippet: compiled as its own module. Names of the library,
 *   cdktf and constructs it uses without importing are imported for it, and the free variables
 *   README snippets refer to (`stack`, `vpc`, ...) are declared by {@link SNIPPET_FIXTURE}.
 */

/** One fenced code block of a markdown file. */
export interface CodeBlock {
  /** The fence's language (`ts`, `json`, `sh`, ...), lower case; empty when none. */
  readonly lang: string;
  /** The block's text, without the fences. */
  readonly code: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The name given by a `<!-- file: <name> -->` comment on the line before the fence. */
  readonly file?: string;
}

const FILE_MARKER = /^<!--\s*file:\s*(\S+)\s*-->\s*$/;

/** The fenced code blocks of a markdown document, in order. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const out: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+|~~~+)\s*([\w-]*)/.exec(lines[i]);
    if (!open) continue;
    const fence = open[2];
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j].trimStart().startsWith(fence)) body.push(lines[j++]);
    if (j >= lines.length) throw new Error(`unterminated code block at line ${i + 1}`);
    const marker = i > 0 ? FILE_MARKER.exec(lines[i - 1].trim()) : null;
    out.push({ lang: open[3].toLowerCase(), code: body.join('\n') + '\n', line: i + 1, ...(marker ? { file: marker[1] } : {}) });
    i = j;
  }
  return out;
}

/** True for TypeScript blocks (` ```ts `, ` ```typescript `). */
export function isTypeScript(block: CodeBlock): boolean {
  return block.lang === 'ts' || block.lang === 'typescript';
}

/** The names a module imports (`import { A, B as C } from '...'`, `import * as D`, `import E from`). */
export function importedNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/import\s+(?:type\s+)?([^'";]*?)\s+from\s+['"][^'"]+['"]/g)) {
    const clause = m[1];
    const braces = /\{([^}]*)\}/.exec(clause);
    if (braces) {
      for (const part of braces[1].split(',')) {
        const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()?.trim();
        if (name) names.add(name);
      }
    }
    const star = /\*\s+as\s+(\w+)/.exec(clause);
    if (star) names.add(star[1]);
    const def = /^(\w+)\s*(?:,|$)/.exec(clause.trim());
    if (def) names.add(def[1]);
  }
  return names;
}

/** The names a snippet declares at any level (`const x`, `let`, `var`, `function`, `class`, destructuring not included). */
export function declaredNames(code: string): Set<string> {
  const body = withoutCommentsAndStrings(code).replace(/import\s[^;]*?from\s+''\s*;?/g, '');
  return new Set([...body.matchAll(/\b(?:const|let|var|function|class|interface|type|enum)\s+(\w+)/g)].map((m) => m[1]));
}

function withoutCommentsAndStrings(code: string): string {
  return code
    .replace(/\/\/.*$/gm, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''");
}

/** Identifiers the code uses (outside strings and comments, roughly: good enough to choose imports). */
export function usedIdentifiers(code: string): Set<string> {
  const stripped = withoutCommentsAndStrings(code);
  return new Set([...stripped.matchAll(/(?<![.\w$])([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
}

/** Where names a snippet may use without importing them come from. */
export interface ImportSource {
  /** Module specifier, e.g. `alicloud-ecs-hardened`. */
  readonly module: string;
  /** Its exported names. */
  readonly names: ReadonlySet<string>;
}

/**
 * A snippet as a compilable module: for each source, an import of the exported names the snippet
 * uses but neither imports nor declares; then the snippet; then `export {}` (so it is a module).
 */
export function snippetModule(code: string, sources: readonly ImportSource[], origin: string): string {
  const imported = importedNames(code);
  const declared = declaredNames(code);
  const used = usedIdentifiers(code);
  const taken = new Set<string>([...imported, ...declared]);
  const header: string[] = [`// Doc test: ${origin}. Imports added by scripts/lib/doc-snippets.ts.`];
  for (const source of sources) {
    const names = [...used].filter((n) => source.names.has(n) && !taken.has(n)).sort();
    names.forEach((n) => taken.add(n));
    if (names.length) header.push(`import { ${names.join(', ')} } from '${source.module}';`);
  }
  return `${header.join('\n')}\n${code}\nexport {};\n`;
}

/**
 * Free variables README snippets use (they continue the "Using the library" app): declared here so
 * each snippet compiles on its own. A snippet that declares one of them shadows it.
 */
export const SNIPPET_FIXTURE = `// Doc test fixture: the variables README snippets continue from (scripts/lib/doc-snippets.ts).
import type { App, TerraformStack, TerraformVariable } from 'cdktf';
import type { alicloud, EncryptionKey, HardenedSecurityGroup } from 'alicloud-ecs-hardened';

declare global {
  const app: App;
  const stack: TerraformStack;
  const vpc: alicloud.vpc.Vpc;
  const vswitch: alicloud.vswitch.Vswitch;
  const loadBalancerGroup: HardenedSecurityGroup;
  const webSg: HardenedSecurityGroup;
  const appKey: EncryptionKey;
  const vswitchA: alicloud.vswitch.Vswitch;
  const vswitchB: alicloud.vswitch.Vswitch;
  const imageId: string;
  const certificateId: string;
  // "Remote state and secrets": an application stack and its inputs
  const appStack: TerraformStack;
  const vpcId: string;
  const vswitchId: string;
  const dbPassword: TerraformVariable;
}
export {};
`;
