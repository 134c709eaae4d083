import { JsonFile, javascript, typescript } from 'projen';
import { UpdateSnapshot } from 'projen/lib/javascript';

/**
 * Versions the library is built and validated against. cdktf and constructs are
 * peer dependencies (the user's app owns them) and pinned exactly for development.
 */
const CDKTF_VERSION = '0.21.0';
/**
 * CDK Terrain, the maintained fork of cdktf: the second flavour of the package
 * (`alicloud-ecs-hardened-cdktn`, built from the same source by `npm run package:flavours`).
 */
const CDKTN_VERSION = '0.24.0';
/** Both cores accept it: cdktn 0.24's peer range is `>=10.6.0 <10.8.0` (10.8.x conflicts). */
const CONSTRUCTS_VERSION = '10.7.2';
const TYPESCRIPT_VERSION = '5.9.3';

/** The package version (no release automation: bump it here when publishing). */
const PACKAGE_VERSION = '0.1.0';

/** Where the source lives (placeholder for the public repository). */
const REPOSITORY_URL = 'https://github.com/alicloud-ecs-hardened/alicloud-ecs-hardened';

/** The generated API reference (typedoc markdown), committed and checked for drift. */
const API_DOCS_DIR = 'docs/api';

/** Generated provider bindings: committed, never hand-edited, out of lint and coverage. */
const GENERATED_DIR = 'lib/generated';

/** tsconfig ts-jest compiles tests with: the dev tsconfig in transpile-only mode (created below). */
const TSCONFIG_JEST = 'tsconfig.jest.json';

/** ts-node without type-checking: the scripts are type-checked by `tsc --noEmit -p tsconfig.dev.json`. */
const TS_NODE = 'ts-node --transpile-only --project tsconfig.dev.json';

const project = new typescript.TypeScriptProject({
  name: 'alicloud-ecs-hardened',
  description:
    'Hardened-by-default CDK for Terraform constructs for Alibaba Cloud ECS (aliyun/alicloud provider): '
    + 'encrypted disks, backups, token-only metadata, least-privilege RAM, locked-down security groups.',
  keywords: ['cdktf', 'terraform', 'alicloud', 'alibaba-cloud', 'ecs', 'security', 'hardening'],
  license: 'Apache-2.0',
  // Public home of the package: the npm page links here, and the README's links are absolute URLs
  // under it (the package ships only dist/, README.md and LICENSE).
  repository: `${REPOSITORY_URL}.git`,
  homepage: `${REPOSITORY_URL}#readme`,
  bugsUrl: `${REPOSITORY_URL}/issues`,
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  minNodeVersion: '20.0.0',

  // Layout, as in aws-cdk-lib: TypeScript in lib/, compiled output in a git-ignored folder.
  srcdir: 'lib',
  libdir: 'dist',
  testdir: 'test',
  entrypoint: 'dist/index.js',
  entrypointTypes: 'dist/index.d.ts',
  // `npx alicloud-ecs-hardened check <file or directory>`: the rule pack on any Terraform JSON.
  bin: { 'alicloud-ecs-hardened': 'dist/cli/bin.js' },

  // Our CI is .ci/run: no GitHub workflows, no release automation, no mergify.
  github: false,
  buildWorkflow: false,
  release: false,
  depsUpgrade: false,
  pullRequestTemplate: false,
  sampleCode: false,

  typescriptVersion: TYPESCRIPT_VERSION,
  peerDeps: [`cdktf@${CDKTF_VERSION}`, 'constructs@^10.4.2'],
  // The checker reads `.tf` (HCL) files through the real HCL parser (a WASM build of
  // hashicorp/hcl, offline); it is loaded lazily, only when a `.tf` file is read.
  deps: [`@cdktf/hcl2json@${CDKTF_VERSION}`],
  peerDependencyOptions: { pinnedDevDependency: false },
  devDeps: [
    `cdktf@${CDKTF_VERSION}`,
    // The cdktn flavour's core: the core-mismatch tests (both directions), the bench's side-by-side
    // flavour table and the cdktn flavour's consumer test use it. Never imported by lib/.
    `cdktn@${CDKTN_VERSION}`,
    `constructs@${CONSTRUCTS_VERSION}`,
    `@cdktf/provider-generator@${CDKTF_VERSION}`,
    `@cdktf/commons@${CDKTF_VERSION}`,
    'codemaker@1.112.0',
    'fast-check@4.10.2',
    // The SARIF test validates output against the 2.1.0 JSON schema (draft-04; ajv 6 reads draft-04).
    'ajv@^6.12.6',
    'tsconfig-paths@4.2.0',
    // API reference (docs/API.md): typedoc 0.28 supports TypeScript 5.0 to 5.9 (and 6.0).
    'typedoc@0.28.20',
    'typedoc-plugin-markdown@4.14.1',
  ],

  tsconfig: {
    compilerOptions: {
      rootDir: 'lib',
      outDir: 'dist',
      resolveJsonModule: true,
      // Generated bindings are large: skip re-checking library .d.ts files.
      skipLibCheck: true,
      // No source maps in the package: inline maps with inline sources were 62 % of its unpacked
      // size and pointed stack traces at .ts files that are not shipped; traces now name the
      // shipped dist/*.js files. (Tests and scripts run from source with ts-node / ts-jest.)
      inlineSourceMap: false,
      inlineSources: false,
    },
  },
  tsconfigDevFile: 'tsconfig.dev.json',
  tsconfigDev: {
    include: ['.projenrc.ts', 'projenrc/**/*.ts', 'lib/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'examples/**/*.ts'],
    compilerOptions: {
      resolveJsonModule: true,
      skipLibCheck: true,
      // Blueprints import the library by its package name, as a team's copy would.
      paths: { 'alicloud-ecs-hardened': ['./lib/index.ts'] },
    },
  },

  eslint: true,
  eslintOptions: {
    dirs: ['lib'],
    tsconfigPath: './tsconfig.dev.json',
    projectService: false,
    devdirs: ['test', 'scripts', 'examples', 'projenrc'],
    ignorePatterns: [`${GENERATED_DIR}/**`, 'cdktf.out/**', 'dist/**'],
  },

  jest: true,
  // ts-jest compiles in transpile-only mode (tsconfig.jest.json: isolatedModules). Type errors are
  // reported once, by `npm run typecheck` (tsc over lib, tests, scripts and examples, part of
  // `npm test`); type-checking every test file's import graph again inside jest made the suite about
  // 3x slower (BENCHMARKS.md, `npm run bench`).
  tsJestOptions: { transformOptions: { tsconfig: typescript.TsJestTsconfig.fromFile(TSCONFIG_JEST) } },
  jestOptions: {
    // jest 30 resolves modules with unrs-resolver (same registry gap as above): stay on jest 29.
    jestVersion: '^29',
    updateSnapshot: UpdateSnapshot.NEVER,
    jestConfig: {
      setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      coveragePathIgnorePatterns: ['/node_modules/', `/${GENERATED_DIR}/`, '/test/'],
      // Blueprints import the library by its package name, as a team's copy would.
      moduleNameMapper: { '^alicloud-ecs-hardened$': '<rootDir>/lib' },
      testTimeout: 60_000,
      // One worker per core: jest's default (cores - 1) runs the suite serially on our 2-core
      // machines, 80 s instead of 47 s (BENCHMARKS.md).
      maxWorkers: '100%',
    },
  },
});

new javascript.TypescriptConfig(project, {
  fileName: TSCONFIG_JEST,
  extends: javascript.TypescriptConfigExtends.fromPaths(['./tsconfig.dev.json']),
  compilerOptions: { isolatedModules: true },
});

// eslint-import-resolver-typescript v4 depends on unrs-resolver, whose optional native builds for
// other platforms the npm registry reachable from our machines does not serve, so `npm ci` would
// reject any lock file made here. 3.8.0 is the last pure-JavaScript release.
project.deps.removeDependency('eslint-import-resolver-typescript');
project.addDevDeps('eslint-import-resolver-typescript@3.8.0');

project.gitignore.exclude('cdktf.out/', '.terraform/', '*.tfstate*', '.venv/', '.cache/', 'bench.out/', 'flavours.out/');
project.gitattributes.addAttributes(`/${GENERATED_DIR}/**`, 'linguist-generated');
project.npmignore?.exclude('cdktf.out/', 'scripts/', 'schema/', 'examples/', '.ci/');
project.addFields({ files: ['dist/**/*.js', 'dist/**/*.d.ts', 'dist/**/*.json', 'README.md', 'LICENSE'] });

// --- Tasks -----------------------------------------------------------------------------------
project.addTask('gen', {
  description: 'Regenerate the TypeScript provider bindings from the committed pruned schema',
  exec: `${TS_NODE} scripts/generate-bindings.ts`,
});
project.addTask('provider:ensure', {
  description: 'Make aliyun/alicloud resolvable by `terraform init` offline (builds it from its Go module if needed)',
  exec: 'bash scripts/ensure-provider.sh',
});
project.addTask('provider:refresh', {
  description: 'Re-read the real provider schema, prune it to what the library uses, and regenerate the bindings',
  steps: [
    { spawn: 'provider:ensure' },
    { exec: `${TS_NODE} scripts/refresh-schema.ts` },
    { spawn: 'gen' },
  ],
});
project.addTask('synth', {
  description: 'The main job: synthesize the default blueprint into cdktf.out/ and print a summary',
  exec: `${TS_NODE} scripts/synth.ts`,
  // `npm run synth -- <blueprint>` passes the blueprint name through.
  receiveArgs: true,
});
project.addTask('validate', {
  description: 'Synthesize every blueprint and fixture stack and run terraform validate with the real provider',
  steps: [
    { spawn: 'provider:ensure' },
    { exec: `${TS_NODE} scripts/validate.ts` },
  ],
});
project.addTask('check', {
  description: 'Run the rule pack on Terraform files: npm run check -- <file or directory> [--format table|json|markdown|sarif|junit]',
  exec: `${TS_NODE} lib/cli/bin.ts check`,
  receiveArgs: true,
});
// `npm run check` runs the checker directly: through `projen check` every failure became exit 1,
// hiding the checker's exit code 2 (unreadable or invalid input) from CI.
project.package.setScript('check', `${TS_NODE} lib/cli/bin.ts check`);
project.addTask('bench', {
  description: 'Measure synth time and memory of hardened vs raw L1 stacks, import time, test time, bindings size, rule pack time; writes BENCHMARKS.md',
  exec: `${TS_NODE} scripts/bench.ts`,
  receiveArgs: true,
});
// API reference: typedoc + typedoc-plugin-markdown from the TSDoc comments of the public entry point.
new JsonFile(project, 'typedoc.json', {
  // typedoc rejects unknown keys, such as projen's "//" marker.
  marker: false,
  obj: {
    $schema: 'https://typedoc.org/schema.json',
    entryPoints: ['lib/index.ts'],
    tsconfig: 'tsconfig.json',
    out: API_DOCS_DIR,
    plugin: ['typedoc-plugin-markdown'],
    entryFileName: 'README.md',
    // One page for the library, one per namespace (each generated binding module, rules).
    outputFileStrategy: 'modules',
    readme: 'none',
    excludePrivate: true,
    excludeInternal: true,
    // No links to source lines: they would name a git revision and change on every commit.
    disableSources: true,
    // The generated bindings' TSDoc (from the provider schema) has @param names typedoc warns about.
    logLevel: 'Error',
  },
});
project.addTask('docs', {
  description: `Regenerate the API reference (${API_DOCS_DIR}/) from the TSDoc comments with typedoc`,
  exec: 'typedoc --options typedoc.json',
});
project.addTask('docs:check', {
  description: `Fail when the committed API reference (${API_DOCS_DIR}/) differs from a fresh typedoc run (fix: npm run docs)`,
  exec: `${TS_NODE} scripts/api-docs.ts --check`,
});
project.addTask('test:consumer', {
  description: 'API reference up to date; then pack the library, install the tarball into a scratch cdktf app outside the repository (exact cdktf, constructs, TypeScript, cdktf-cli), compile it and the README / blueprint samples with strict + skipLibCheck: false, and run cdktf synth',
  steps: [
    { spawn: 'docs:check' },
    { exec: `${TS_NODE} scripts/consumer-test.ts`, receiveArgs: true },
  ],
});
project.addTask('package:flavours', {
  description: 'Compile once and pack both flavours from it: alicloud-ecs-hardened (cdktf) and alicloud-ecs-hardened-cdktn (cdktn) tarballs in flavours.out/',
  exec: `${TS_NODE} scripts/flavours.ts`,
  receiveArgs: true,
});
project.addTask('docs:rules', {
  description: 'Regenerate the generated README sections: the rule table (lib/controls/rules.ts) and the bundled bindings list (schema/provider.json); --check only compares',
  exec: `${TS_NODE} scripts/rule-table.ts`,
  receiveArgs: true,
});
project.addTask('typecheck', {
  description: 'Type-check library, tests, scripts and examples',
  exec: 'tsc --noEmit -p tsconfig.dev.json',
});
// `npm test` = jest (unit + snapshot, no provider needed), then type-check everything, then eslint.
project.testTask.spawn(project.tasks.tryFind('typecheck')!);

project.package.addVersion(PACKAGE_VERSION);

project.synth();
