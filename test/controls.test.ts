import {
  LIMIT_SOURCES, OPT_OUT_CATALOGUE, PLATFORM_LIMITS, RULE_CATALOGUE, SENSITIVE_PORTS, portFinding, renderReference, ruleControl, sensitivePortsIn,
} from '../lib/controls';
import { HARDENING_RULES } from '../lib/rules';
import { defineRule } from '../lib/rules/rule';

describe('the control catalogue', () => {
  test('every rule of the pack takes its metadata from the catalogue, and every catalogued rule is in the pack', () => {
    expect(HARDENING_RULES.map((r) => r.id)).toEqual(Object.keys(RULE_CATALOGUE));
    for (const rule of HARDENING_RULES) {
      const c = RULE_CATALOGUE[rule.id];
      expect({ id: rule.id, name: rule.name, level: rule.level, title: rule.title, fixHint: rule.fixHint, acknowledgeable: rule.acknowledgeable })
        .toEqual({ id: c.id, name: c.name, level: c.level, title: c.title, fixHint: c.fixHint, acknowledgeable: c.acknowledgeable });
      expect(rule.resourceTypes).toEqual(c.resourceTypes);
      expect(rule.controls).toEqual(c.references.map(renderReference));
    }
  });

  test('references are public: no internal file names or seed numbers', () => {
    const text = JSON.stringify(RULE_CATALOGUE) + JSON.stringify(LIMIT_SOURCES) + JSON.stringify(OPT_OUT_CATALOGUE);
    expect(text).not.toMatch(/seed \d|shared\/seeds|lib\/rules\/opt-out-map/i);
    for (const r of Object.values(RULE_CATALOGUE)) {
      for (const ref of r.references) {
        // Public Alibaba Cloud documentation (ECS, and the Auto Scaling / ALB / KMS / Tablestore / OSS pages rules cite).
        if (ref.source === 'Alibaba Cloud documentation') expect(ref.url).toMatch(/^https:\/\/www\.alibabacloud\.com\/help\/en\/(ecs|auto-scaling|slb|kms|tablestore|oss)\//);
        if (ref.source === 'Terraform documentation') expect(ref.url).toMatch(/^https:\/\/developer\.hashicorp\.com\/terraform\//);
      }
    }
  });

  test('every opt-out waives only rules that exist and can be acknowledged', () => {
    for (const o of Object.values(OPT_OUT_CATALOGUE)) {
      expect(o.rules.length).toBeGreaterThan(0);
      for (const w of o.rules) {
        const rule = ruleControl(w.ruleId);
        expect(rule).toBeDefined();
        expect(`${o.id} -> ${w.ruleId} acknowledgeable: ${rule!.acknowledgeable}`).toBe(`${o.id} -> ${w.ruleId} acknowledgeable: true`);
        if (w.appliesTo === 'per-use') expect(w.perUse).toBeTruthy();
      }
    }
  });

  test('every limit has a public source', () => {
    expect(Object.keys(LIMIT_SOURCES).sort()).toEqual(Object.keys(PLATFORM_LIMITS).sort());
    for (const source of Object.values(LIMIT_SOURCES)) expect(source.length).toBeGreaterThan(20);
  });

  test('the sensitive-port table: unique ports in order, with service names, covering the issue list', () => {
    const ports = SENSITIVE_PORTS.map((p) => p.port);
    expect(ports).toEqual([...new Set(ports)].sort((a, b) => a - b));
    const issueList = [22, 23, 3389, 445, 139, 135, 5985, 5986, 5900, 2375, 2376, 6443, 2379, 2380, 10250,
      3306, 5432, 1433, 1521, 27017, 6379, 11211, 9200, 9300, 5672, 9092];
    for (const p of issueList) {
      expect(ports).toContain(p);
    }
    expect(sensitivePortsIn(2379, 2380).map((p) => p.service)).toEqual(['etcd client API', 'etcd peer API']);
    expect(portFinding(22)).toBe('port:22');
  });

  test('defineRule takes a catalogue id, or full metadata (rules written outside the catalogue)', () => {
    const byId = defineRule('ALI-ECS-001', () => []);
    expect(byId.name).toBe('InstanceMetadataTokenRequired');
    expect(byId.references).toEqual(RULE_CATALOGUE['ALI-ECS-001'].references);
    const full = defineRule({
      id: 'ALI-XYZ-001',
      name: 'Custom',
      level: 'warning',
      title: 'A custom rule of a team pack',
      controls: ['team policy 7'],
      fixHint: 'Do the right thing here.',
      acknowledgeable: true,
      resourceTypes: ['alicloud_vpc'],
    }, () => []);
    expect(full.controls).toEqual(['team policy 7']);
    expect(() => defineRule('ALI-NOPE-001', () => [])).toThrow(/not in the control catalogue/);
  });
});
