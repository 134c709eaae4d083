/**
 * The post-generation steps of scripts/generate-bindings.ts on our bindings: the core-mismatch
 * guard in every L1 constructor, and complex attribute objects created on first access with the
 * same synthesized output and the same public behaviour (put / reset / xxxInput / references).
 */
import * as fs from 'fs';
import * as path from 'path';
import { alicloud } from '../lib';
import { testStack } from './util';
import { Testing, Token } from '../lib/cdktf';
import { guardConstructors, lazyComplexAttributes } from '../scripts/generate-bindings';
import { GENERATED_DIR } from '../scripts/lib/provider-meta';

const INSTANCE = fs.readFileSync(path.join(GENERATED_DIR, 'providers', 'alicloud', 'instance', 'index.ts'), 'utf8');

describe('post-generation steps', () => {
  test('every generated L1 class calls the core guard right after its base constructor', () => {
    const dir = path.join(GENERATED_DIR, 'providers', 'alicloud');
    const modules = fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(modules.length).toBeGreaterThan(50);
    for (const m of modules) {
      const text = fs.readFileSync(path.join(dir, m, 'index.ts'), 'utf8');
      expect([m, (text.match(/\n {4}assertSameCore\(this, this\.terraformResourceType\);\n/g) ?? []).length]).toEqual([m, 1]);
    }
  });

  test('the L1 class holds no eagerly created complex attribute object; nested classes are untouched', () => {
    const l1 = INSTANCE.slice(INSTANCE.indexOf('export class Instance extends cdktf.TerraformResource'));
    expect(l1).not.toMatch(/^ {2}private _\w+ = new /m);
    expect(l1).toContain('private get _dataDisks(): InstanceDataDisksList {');
    expect(l1).toContain('if (config.dataDisks !== undefined) { this._dataDisks.internalValue = config.dataDisks; }');
    expect(l1).toContain('data_disks: cdktf.listMapper(instanceDataDisksToTerraform, true)(this.__dataDisks?.internalValue)');
    // Writes still go through the creating getter.
    expect(l1).toContain('this._dataDisks.internalValue = value;');
  });

  test('the steps are idempotent no-ops on text without an L1 class', () => {
    const text = 'export class X extends cdktf.ComplexObject {\n  private _a = new Y(this, "a");\n}\n';
    expect(lazyComplexAttributes(text)).toBe(text);
    expect(guardConstructors(text, '../core/core-guard')).toBe(text);
  });
});

describe('lazy complex attributes behave like eager ones', () => {
  const base = { instanceType: 'ecs.g7.large', imageId: 'img', securityGroups: ['sg'], vswitchId: 'vsw' };

  test('nothing is created until a block is set or read', () => {
    const i = new alicloud.instance.Instance(testStack(), 'i', base);
    expect((i as any).__cpuOptions).toBeUndefined();
    expect((i as any).__dataDisks).toBeUndefined();
    expect(i.cpuOptionsInput).toBeUndefined();
    expect((i as any).__cpuOptions).toBeUndefined();
    // A reference creates it and resolves as before.
    expect(Token.isUnresolved(i.cpuOptions.coreCount)).toBe(true);
    expect((i as any).__cpuOptions).toBeDefined();
  });

  test('config blocks, put, reset and references synthesize as the stock classes do', () => {
    const stack = testStack();
    const a = new alicloud.instance.Instance(stack, 'a', {
      ...base,
      dataDisks: [{ size: 40, category: 'cloud_essd', encrypted: true }],
      cpuOptions: { threadsPerCore: 1 },
    });
    const b = new alicloud.instance.Instance(stack, 'b', base);
    b.putDataDisks([{ size: 50, category: 'cloud_essd', encrypted: true }]);
    b.putCpuOptions({ threadsPerCore: 2 });
    b.resetCpuOptions();
    expect(b.dataDisksInput).toEqual([{ size: 50, category: 'cloud_essd', encrypted: true }]);
    new alicloud.instance.Instance(stack, 'c', { ...base, userData: a.dataDisks.get(0).size.toString() });
    const json = JSON.parse(Testing.synth(stack));
    const r = json.resource.alicloud_instance;
    expect(r.a.data_disks).toEqual([{ size: 40, category: 'cloud_essd', encrypted: true }]);
    expect(r.a.cpu_options).toEqual({ threads_per_core: 1 });
    expect(r.b.data_disks).toEqual([{ size: 50, category: 'cloud_essd', encrypted: true }]);
    expect(r.b.cpu_options).toBeUndefined();
    expect(r.c.user_data).toBe('${alicloud_instance.a.data_disks[0].size}');
  });
});
