/**
 * The core-mismatch guard (lib/core/core-guard.ts), with the REAL other core: cdktn 0.24 is a
 * devDependency. Both directions:
 *  - this build (cdktf) meets a cdktn App / stack: every construct, HardeningChecks.applyTo, the
 *    aspect added through cdktn's Aspects, and checkStack fail at once naming both cores and the
 *    package to install (alicloud-ecs-hardened-cdktn);
 *  - the library loaded on cdktn (what the cdktn flavour's dist/cdktf.js does: lib/cdktf.ts
 *    re-exporting cdktn) meets a cdktf App: the same, naming alicloud-ecs-hardened; and on its own
 *    core it synthesizes and checks like the cdktf build.
 * Plus the same-core-twice case (a second copy of cdktf in one process).
 */
/* eslint-disable @typescript-eslint/no-require-imports -- isolated module registries need require() */
import * as cdktn from 'cdktn';
import { AlicloudProvider, EncryptedDisk, HardeningChecks, alicloud } from '../lib';
import { App, Aspects, TerraformStack, Testing } from '../lib/cdktf';
import { BUILT_FLAVOUR, CoreMismatchError } from '../lib/core/core-guard';
import { checkStack } from '../lib/rules/aspect';

function cdktnStack(): { app: cdktn.App; stack: cdktn.TerraformStack } {
  const app = new cdktn.App({ outdir: Testing.app().outdir, stackTraces: false });
  const stack = new cdktn.TerraformStack(app, 'terrain');
  return { app, stack };
}

function expectMismatch(fn: () => unknown, ...parts: string[]): CoreMismatchError {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CoreMismatchError);
  const message = (error as Error).message;
  for (const p of parts) expect(message).toContain(p);
  return error as CoreMismatchError;
}

const CDKTF_VERSION = require('cdktf/package.json').version;
const CDKTN_VERSION = require('cdktn/package.json').version;

describe('core-mismatch guard: the cdktf build meets cdktn', () => {
  test('this build is the cdktf flavour', () => {
    expect(BUILT_FLAVOUR.core).toBe('cdktf');
    expect(BUILT_FLAVOUR.packageName).toBe('alicloud-ecs-hardened');
  });

  test('a construct in a cdktn stack fails at construction, naming both cores and the package to install', () => {
    const { stack } = cdktnStack();
    const e = expectMismatch(() => new EncryptedDisk(stack as any, 'disk', { zoneId: 'cn-hangzhou-h', size: 40 }),
      '[CoreMismatch]', 'EncryptedDisk', `cdktn@${CDKTN_VERSION}`, 'CDK Terrain', `cdktf@${CDKTF_VERSION}`,
      'built for cdktf', 'npm install alicloud-ecs-hardened-cdktn');
    expect(e.code).toBe('CoreMismatch');
    expect(e.builtFor).toBe('cdktf');
    expect(e.found).toBe('cdktn');
    // Refused before any resource was created in the foreign stack.
    expect(stack.node.findAll().filter((c) => c.node.path.startsWith('terrain/disk/'))).toEqual([]);
  });

  test('a construct directly in a cdktn App (no stack) fails too', () => {
    const { app } = cdktnStack();
    expectMismatch(() => new EncryptedDisk(app as any, 'disk', { zoneId: 'cn-hangzhou-h', size: 40 }), 'the App', `cdktn@${CDKTN_VERSION}`);
  });

  test('HardeningChecks.applyTo(cdktn app) fails at once instead of checking nothing', () => {
    const { app } = cdktnStack();
    expectMismatch(() => HardeningChecks.applyTo(app as any), 'HardeningChecks.applyTo', `cdktn@${CDKTN_VERSION}`, 'alicloud-ecs-hardened-cdktn');
  });

  test('raw L1 resources and the AlicloudProvider of our bindings refuse a cdktn stack at construction', () => {
    const { stack } = cdktnStack();
    expectMismatch(() => new AlicloudProvider(stack as any, 'alicloud', { region: 'cn-hangzhou' }),
      'alicloud met the App', `cdktn@${CDKTN_VERSION}`, 'alicloud-ecs-hardened-cdktn');
    expectMismatch(() => new alicloud.ecsDisk.EcsDisk(stack as any, 'plain', { zoneId: 'cn-hangzhou-h', size: 40, encrypted: false }),
      'alicloud_ecs_disk met the App');
  });

  test('HardeningChecks added through cdktn\'s Aspects fails the cdktn synth instead of silently checking nothing', () => {
    const { app, stack } = cdktnStack();
    // Only cdktn resources in the stack: the aspect itself must refuse it.
    new cdktn.TerraformOutput(stack, 'out', { value: 'x' });
    cdktn.Aspects.of(stack).add(new HardeningChecks());
    expectMismatch(() => app.synth(), 'HardeningChecks met the App', `cdktn@${CDKTN_VERSION}`);
  });

  test('checkStack / HardeningChecks.check on a cdktn stack fails', () => {
    const { stack } = cdktnStack();
    expectMismatch(() => checkStack(stack as any), 'rule pack', `cdktn@${CDKTN_VERSION}`);
    expectMismatch(() => HardeningChecks.check(stack as any), 'rule pack');
  });

  test('the same app on its own core passes the guard', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'own');
    new AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    new EncryptedDisk(stack, 'disk', { zoneId: 'cn-hangzhou-h', size: 40 });
    expect(() => HardeningChecks.applyTo(app)).not.toThrow();
    expect(() => app.synth()).not.toThrow();
  });

  test('a second copy of the same core (cdktf twice in one app) is refused as well', () => {
    let other: typeof import('cdktf') | undefined;
    jest.isolateModules(() => {
      other = require('cdktf');
    });
    expect(other!.App).not.toBe(App);
    const stack = new other!.TerraformStack(new other!.App({ outdir: Testing.app().outdir }), 'twin');
    expectMismatch(() => new EncryptedDisk(stack as any, 'disk', { zoneId: 'cn-hangzhou-h', size: 40 }),
      'another copy of cdktf', 'npm ls cdktf');
  });
});

describe('core-mismatch guard: the library on cdktn (the cdktn flavour) meets cdktf', () => {
  type Lib = typeof import('../lib');
  let lib: Lib;
  let guard: typeof import('../lib/core/core-guard');
  let terrain: typeof import('cdktn');
  let EcsDisk: typeof import('../lib').alicloud.ecsDisk.EcsDisk;
  beforeAll(() => {
    jest.isolateModules(() => {
      // Exactly what the cdktn flavour's dist/cdktf.js is: the core module re-exporting cdktn.
      jest.doMock('../lib/cdktf', () => ({ ...jest.requireActual('cdktn'), CORE_PACKAGE: 'cdktn' }));
      lib = require('../lib');
      guard = require('../lib/core/core-guard');
      terrain = require('cdktn');
      // lib/alicloud.ts loads binding modules on first access: load this one in the same registry.
      EcsDisk = lib.alicloud.ecsDisk.EcsDisk;
    });
  });

  test('the build names cdktn and its package', () => {
    expect(guard.BUILT_FLAVOUR.core).toBe('cdktn');
    expect(guard.BUILT_FLAVOUR.packageName).toBe('alicloud-ecs-hardened-cdktn');
  });

  test('a cdktf stack is refused, naming both cores and alicloud-ecs-hardened', () => {
    const stack = new TerraformStack(Testing.app(), 'tf');
    let error: any;
    try {
      new lib.EncryptedDisk(stack as any, 'disk', { zoneId: 'cn-hangzhou-h', size: 40 });
    } catch (e) {
      error = e;
    }
    expect(error?.name).toBe('CoreMismatchError');
    expect(error.message).toContain(`created with cdktf@${CDKTF_VERSION} (CDK for Terraform)`);
    expect(error.message).toContain(`built for cdktn@${CDKTN_VERSION} (CDK Terrain)`);
    expect(error.message).toContain('npm uninstall alicloud-ecs-hardened-cdktn && npm install alicloud-ecs-hardened');
    expect(() => lib.HardeningChecks.applyTo(stack.node.root)).toThrow(/\[CoreMismatch\].*cdktf@/);
  });

  test('on its own core it synthesizes and the checks run (an unencrypted raw disk fails synthesis)', () => {
    const app = new terrain.App({ outdir: Testing.app().outdir, stackTraces: false });
    const stack = new terrain.TerraformStack(app, 'terrain');
    new lib.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    new lib.EncryptedDisk(stack, 'disk', { zoneId: 'cn-hangzhou-h', size: 40 });
    lib.HardeningChecks.applyTo(app);
    expect(() => app.synth()).not.toThrow();
    const json = stack.toTerraform();
    expect(Object.values<any>(json.resource.alicloud_ecs_disk)[0].encrypted).toBe(true);

    const bad = new terrain.TerraformStack(app, 'bad');
    new lib.AlicloudProvider(bad, 'alicloud', { region: 'cn-hangzhou' });
    new EcsDisk(bad, 'plain', { zoneId: 'cn-hangzhou-h', size: 40, encrypted: false });
    terrain.Aspects.of(bad).add(new lib.HardeningChecks({ reports: false }));
    expect(() => app.synth()).toThrow(/ALI-DSK-001] DiskEncrypted/);
  });
});

// The library's own Aspects is cdktf's (keeps the import used in both directions above).
test('the cdktf build registers aspects through cdktf', () => {
  expect(Aspects).toBe(require('cdktf').Aspects);
});
