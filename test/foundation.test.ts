import * as fs from 'fs';
import * as path from 'path';
import * as lib from '../lib';
import { alicloud, AlicloudProvider, PROVIDER_SOURCE, PROVIDER_VERSION } from '../lib';
import { VALIDATION_FIXTURES } from './fixtures';
import { Testing, TerraformStack } from '../lib/cdktf';
import { SmokeStack } from './fixtures/smoke';
import { readProviderMeta } from '../scripts/lib/provider-meta';

const meta = readProviderMeta();

function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack, true));
}

describe('provider version', () => {
  test('constants come from schema/provider.json', () => {
    expect(PROVIDER_SOURCE).toBe('aliyun/alicloud');
    expect(PROVIDER_VERSION).toBe(meta.version);
    expect(PROVIDER_VERSION).toMatch(/^1\.\d+\.\d+$/);
  });

  test('required_providers carries the source and, as constraint, exactly the validated release', () => {
    const stack = new TerraformStack(Testing.app(), 'stack');
    new AlicloudProvider(stack, 'alicloud', { region: 'cn-shanghai' });
    const json = synthJson(stack);
    expect(json.terraform.required_providers.alicloud).toEqual({ source: 'aliyun/alicloud', version: meta.version });
    expect(json.provider.alicloud).toEqual([{ region: 'cn-shanghai' }]);
  });

  test('an app can loosen the constraint with a stack override', () => {
    const stack = new TerraformStack(Testing.app(), 'stack');
    new AlicloudProvider(stack, 'alicloud', { region: 'cn-shanghai' });
    stack.addOverride('terraform.required_providers.alicloud.version', '~> 1.285');
    expect(synthJson(stack).terraform.required_providers.alicloud.version).toBe('~> 1.285');
  });
});

describe('exported L1 bindings', () => {
  const namespaces = lib.alicloud as unknown as Record<string, Record<string, { tfResourceType?: string }>>;
  const exported = new Set(
    Object.values(namespaces).flatMap((ns) => Object.values(ns)).map((c) => c?.tfResourceType).filter(Boolean),
  );

  test.each(meta.resources)('resource %s has a generated class', (type) => {
    expect(exported.has(type)).toBe(true);
  });

  test.each(meta.dataSources)('data source %s has a generated class', (type) => {
    expect(exported.has(type)).toBe(true);
  });

  test('AlicloudProvider is exported at the top level and in the namespace', () => {
    expect(AlicloudProvider).toBe(alicloud.provider.AlicloudProvider);
    expect(AlicloudProvider.tfResourceType).toBe('alicloud');
  });
});

describe('single cdktf import point', () => {
  const libDir = path.join(__dirname, '..', 'lib');
  const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);

  test('no library module, generated or not, imports cdktf except lib/cdktf.ts', () => {
    const offenders = files(libDir)
      .filter((f) => f !== path.join(libDir, 'cdktf.ts'))
      .filter((f) => /from ['"]cdktf['"]|require\(['"]cdktf['"]\)/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(libDir, f));
    expect(offenders).toEqual([]);
  });
});

describe('smoke fixture', () => {
  const json = synthJson(new SmokeStack(Testing.app(), 'smoke'));

  test('has one raw L1 resource per key resource type', () => {
    expect(Object.keys(json.resource).sort()).toEqual([
      'alicloud_ecs_auto_snapshot_policy',
      'alicloud_ecs_auto_snapshot_policy_attachment',
      'alicloud_ecs_disk',
      'alicloud_ecs_disk_attachment',
      'alicloud_instance',
      'alicloud_kms_key',
      'alicloud_ram_policy',
      'alicloud_ram_role',
      'alicloud_ram_role_policy_attachment',
      'alicloud_security_group',
      'alicloud_security_group_rule',
      'alicloud_vpc',
      'alicloud_vswitch',
    ]);
  });

  test('synthesizes snake_case keys with token references', () => {
    expect(json.resource.alicloud_instance.instance).toMatchObject({
      http_tokens: 'required',
      system_disk_encrypted: true,
      system_disk_kms_key_id: '${alicloud_kms_key.key.id}',
      security_groups: ['${alicloud_security_group.sg.id}'],
    });
  });

  test('snapshot', () => {
    expect(json).toMatchSnapshot();
  });
});

describe('negative validation fixtures', () => {
  const build = (name: string) => {
    const fixture = VALIDATION_FIXTURES.find((f) => f.name === name)!;
    return { fixture, json: synthJson(fixture.build(Testing.app(), name)) };
  };

  test('bad enum fixture really synthesizes the bad value', () => {
    const { fixture, json } = build('negative-bad-enum');
    expect(fixture.expectInvalid).toBeDefined();
    expect(json.resource.alicloud_instance.instance.http_tokens).toBe('sometimes');
  });

  test('misspelled attribute fixture really synthesizes the unknown attribute', () => {
    const { fixture, json } = build('negative-misspelled-attribute');
    expect(fixture.expectInvalid).toBeDefined();
    expect(json.resource.alicloud_instance.instance.system_disk_encrypted_typo).toBe(true);
  });

  test('every fixture has a unique name and a description', () => {
    const names = VALIDATION_FIXTURES.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of VALIDATION_FIXTURES) expect(f.description.length).toBeGreaterThan(10);
  });
});
