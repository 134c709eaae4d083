import { codeBlocks, declaredNames, importedNames, isTypeScript, snippetModule, usedIdentifiers } from '../scripts/lib/doc-snippets';

const MD = [
  '# Title',
  '<!-- file: main.ts -->',
  '```ts',
  "import { App } from 'cdktf';",
  'new App().synth();',
  '```',
  'text',
  '```typescript',
  "const web = new SecureInstance(stack, 'Web', { instanceType: 'ecs.g7.large' });",
  '```',
  '```sh',
  'npm test',
  '```',
].join('\n');

describe('doc snippets', () => {
  test('codeBlocks finds every fenced block with its language, line and file marker', () => {
    const blocks = codeBlocks(MD);
    expect(blocks.map((b) => [b.lang, b.line, b.file])).toEqual([['ts', 3, 'main.ts'], ['typescript', 8, undefined], ['sh', 11, undefined]]);
    expect(blocks[0].code).toBe("import { App } from 'cdktf';\nnew App().synth();\n");
    expect(blocks.filter(isTypeScript)).toHaveLength(2);
  });

  test('an unterminated block is an error, not a silently skipped sample', () => {
    expect(() => codeBlocks('```ts\nconst a = 1;\n')).toThrow(/unterminated code block at line 1/);
  });

  test('importedNames, declaredNames and usedIdentifiers', () => {
    const code = "import { A, B as C, type D } from 'x';\nimport * as E from 'y';\nconst f = new A(); function g() {}\n// Hidden\nconst s = 'Quoted';";
    expect([...importedNames(code)].sort()).toEqual(['A', 'C', 'D', 'E']);
    expect([...declaredNames(code)].sort()).toEqual(['f', 'g', 's']);
    const used = usedIdentifiers(code);
    expect(used.has('A')).toBe(true);
    expect(used.has('Hidden')).toBe(false);
    expect(used.has('Quoted')).toBe(false);
  });

  test('snippetModule imports the names a snippet uses and neither imports nor declares', () => {
    const code = "import { Aspects } from 'cdktf';\nconst Port = 1;\nAspects.of(app).add(new HardeningChecks());\nnew SecureInstance(stack, 'x', {});\n";
    const out = snippetModule(code, [
      { module: 'alicloud-ecs-hardened', names: new Set(['HardeningChecks', 'SecureInstance', 'Port', 'Peer']) },
      { module: 'cdktf', names: new Set(['App', 'Aspects']) },
    ], 'README.md line 3');
    expect(out).toContain("import { HardeningChecks, SecureInstance } from 'alicloud-ecs-hardened';");
    expect(out).not.toContain("from 'cdktf';\nimport"); // Aspects is imported by the snippet itself
    expect(out.split('\n').filter((l) => l.includes("from 'cdktf'"))).toEqual(["import { Aspects } from 'cdktf';"]);
    expect(out).toContain('README.md line 3');
    expect(out.trimEnd().endsWith('export {};')).toBe(true);
  });
});
