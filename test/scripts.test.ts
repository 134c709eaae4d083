import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { JSON_REPORT_FILE } from '../lib/rules/report';
import { readProviderMeta, stableJson } from '../scripts/lib/provider-meta';
import { formatSummary, summarizeStack } from '../scripts/lib/summary';
import { pruneSchema } from '../scripts/refresh-schema';

const meta = readProviderMeta();

function fakeFullSchema(address: string, extra: string[] = []) {
  const schemaOf = (n: string) => ({ version: 0, block: { attributes: { id: { type: 'string', computed: true } }, description: n } });
  return {
    format_version: '1.0',
    provider_schemas: {
      [address]: {
        provider: { version: 0, block: { attributes: { region: { type: 'string', optional: true } } } },
        resource_schemas: Object.fromEntries([...meta.resources, ...extra].map((n) => [n, schemaOf(n)])),
        data_source_schemas: Object.fromEntries([...meta.dataSources, ...extra].map((n) => [n, schemaOf(n)])),
      },
    },
  };
}

describe('pruneSchema', () => {
  test('keeps the provider block and only the listed resources and data sources', () => {
    const pruned = pruneSchema(fakeFullSchema('registry.terraform.io/aliyun/alicloud', ['alicloud_unused_thing']));
    const entry = pruned.provider_schemas['registry.terraform.io/aliyun/alicloud'];
    expect(Object.keys(entry.resource_schemas)).toEqual([...meta.resources].sort());
    expect(Object.keys(entry.data_source_schemas)).toEqual([...meta.dataSources].sort());
    expect(entry.provider).toBeDefined();
    expect(pruned.provider_versions).toEqual({ 'registry.terraform.io/aliyun/alicloud': meta.version });
  });

  test('normalizes an OpenTofu registry address to the Terraform one', () => {
    const pruned = pruneSchema(fakeFullSchema('registry.opentofu.org/aliyun/alicloud'));
    expect(Object.keys(pruned.provider_schemas)).toEqual(['registry.terraform.io/aliyun/alicloud']);
  });

  test('fails loudly when a listed resource is missing from the real schema', () => {
    const full = fakeFullSchema('registry.terraform.io/aliyun/alicloud');
    delete (full.provider_schemas['registry.terraform.io/aliyun/alicloud'].resource_schemas as any).alicloud_instance;
    expect(() => pruneSchema(full)).toThrow(/resources missing from the aliyun\/alicloud .* schema: alicloud_instance/);
  });

  test('fails when the provider is absent', () => {
    expect(() => pruneSchema(fakeFullSchema('registry.terraform.io/hashicorp/aws'))).toThrow(/provider aliyun\/alicloud not found/);
  });
});

describe('stableJson', () => {
  test('sorts keys recursively and ends with a newline', () => {
    expect(stableJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 2 } })).toBe(
      '{\n  "a": {\n    "c": 2,\n    "d": [\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n');
  });
});

describe('synth summary', () => {
  test('counts resources by type and lists recorded opt-outs with reasons', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-'));
    const file = path.join(dir, 'cdk.tf.json');
    fs.writeFileSync(file, JSON.stringify({
      resource: {
        alicloud_instance: {
          web: {
            '//': {
              hardening: {
                acknowledgements: [
                  { ruleId: 'ALI-ECS-005', reason: 'bastion host reachable from the office', optOut: 'SecureInstance.PublicIp' },
                  { ruleId: 'ALI-ECS-008', reason: 'explicit acknowledgement, not an opt-out' },
                ],
              },
            },
          },
        },
        alicloud_vpc: { a: {}, b: {} },
      },
      data: { alicloud_zones: { z: {} } },
    }));
    const s = summarizeStack('demo', file);
    expect(s.resourcesByType).toEqual({ alicloud_instance: 1, alicloud_vpc: 2 });
    expect(s.dataSourcesByType).toEqual({ alicloud_zones: 1 });
    expect(s.optOuts).toEqual([{ resource: 'alicloud_instance.web', optOut: 'SecureInstance.PublicIp', reason: 'bastion host reachable from the office' }]);
    const text = formatSummary([s], 'cdktf.out');
    expect(text).toContain('stack demo: 3 resources');
    expect(text).toContain('SecureInstance.PublicIp on alicloud_instance.web: bastion host reachable from the office');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('adds the rule pack result when the stack has a hardening report', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-'));
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify({ resource: { alicloud_vpc: { a: {} } } }));
    expect(summarizeStack('x', path.join(dir, 'cdk.tf.json')).rulePack).toBeUndefined();
    fs.writeFileSync(path.join(dir, JSON_REPORT_FILE), JSON.stringify({
      summary: { resources: 1, evaluations: 3, passed: 2, errors: 0, warnings: 1, infos: 0, acknowledged: 0 },
    }));
    expect(formatSummary([summarizeStack('x', path.join(dir, 'cdk.tf.json'))], 'out'))
      .toContain(`rule pack: 2/3 evaluations passed, 0 errors, 1 warnings, 0 infos, 0 acknowledged -> ${path.join('out', 'stacks', 'x', 'hardening-report.md')}`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('says so when no opt-out was taken', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-'));
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify({ resource: { alicloud_vpc: { a: {} } } }));
    expect(formatSummary([summarizeStack('x', path.join(dir, 'cdk.tf.json'))], 'out')).toContain('opt-outs: none recorded');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
