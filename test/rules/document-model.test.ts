import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as fc from 'fast-check';
import { toHcl } from './hcl-convert';
import { doc, GOOD_INSTANCE, RULE_FIXTURES } from './rule-fixtures';
import { DocumentIndex, evaluateTerraformJson, Finding, findRule } from '../../lib/rules';
import { evaluateTemplate, hasTemplateSyntax, UNKNOWN } from '../../lib/rules/model/expression';
import { mergeModule, parseHcl } from '../../lib/rules/model/hcl';
import { isExpression } from '../../lib/rules/values';
import { stacksIn } from '../../scripts/lib/stacks';

const INSECURE_BODY = { http_tokens: 'optional', system_disk_encrypted: false };

/** What a finding says, independent of the document's syntax. */
function key(f: Finding): string {
  return `${f.ruleId} ${f.level} ${f.status} ${f.address} ${f.finding ?? '-'} ${f.message}`;
}

function findings(d: unknown): string[] {
  return evaluateTerraformJson(d).findings.map(key).sort();
}

function failing(d: unknown, ruleId: string): Finding[] {
  return evaluateTerraformJson(d).findings.filter((f) => f.ruleId === ruleId && f.status === 'fail');
}

describe('every form Terraform JSON accepts is read', () => {
  const canonical = { resource: { alicloud_instance: { web: INSECURE_BODY } } };
  const expected = findings(canonical);

  test.each([
    ['"resource" as an array of objects (the bypass in #15)', { resource: [{ alicloud_instance: { web: INSECURE_BODY } }] }],
    ['a resource type as an array of objects', { resource: { alicloud_instance: [{ web: INSECURE_BODY }] } }],
    ['a resource name as an array of one body', { resource: { alicloud_instance: { web: [INSECURE_BODY] } } }],
    ['arrays at every level', { resource: [{ alicloud_instance: [{ web: [INSECURE_BODY] }] }] }],
    ['one type split over two array elements', { resource: [{ alicloud_instance: { web: INSECURE_BODY } }, { alicloud_vpc: {} }] }],
  ])('%s', (_what, d) => {
    expect(expected.some((f) => f.startsWith('ALI-ECS-001 error fail alicloud_instance.web'))).toBe(true);
    expect(findings(d)).toEqual(expected);
  });

  test('nested blocks as an object or an array of objects', () => {
    const asObject = doc(['alicloud_instance', 'web', { ...GOOD_INSTANCE, data_disks: { size: 20, encrypted: false } }]);
    const asArray = doc(['alicloud_instance', 'web', { ...GOOD_INSTANCE, data_disks: [{ size: 20, encrypted: false }] }]);
    expect(failing(asObject, 'ALI-ECS-003').map((f) => f.finding)).toEqual(['data_disks[0]']);
    expect(findings(asObject)).toEqual(findings(asArray));
  });

  test.each([
    ['"resource" a string', { resource: 'x' }, /invalid resource "x"/],
    ['a resource type a string', { resource: { alicloud_instance: 'x' } }, /invalid resource\.alicloud_instance "x"/],
    ['a resource body a string', { resource: { alicloud_instance: { web: 'x' } } }, /invalid resource\.alicloud_instance\.web "x"/],
    ['a resource body null', { resource: { alicloud_instance: { web: null } } }, /invalid resource\.alicloud_instance\.web null/],
    ['an array element that is not an object', { resource: [{ alicloud_instance: {} }, 7] }, /invalid resource\[1\] 7/],
    ['two bodies for one name', { resource: { alicloud_instance: { web: [INSECURE_BODY, {}] } } }, /one body per resource/],
    ['one resource defined twice', { resource: [{ alicloud_instance: { web: {} } }, { alicloud_instance: { web: INSECURE_BODY } }] }, /one body per resource/],
    ['locals a string', { locals: 'x' }, /invalid locals "x"/],
    ['a local defined twice', { locals: [{ a: 1 }, { a: 2 }] }, /one definition per local/],
    ['variable a number', { variable: 1 }, /invalid variable 1/],
    ['data a string', { data: 'x' }, /invalid data "x"/],
  ])('a wrong shape is invalid input: %s', (_what, d, message) => {
    expect(() => evaluateTerraformJson(d)).toThrow(/\[HardeningChecks.InvalidDocument\]/);
    expect(() => evaluateTerraformJson(d)).toThrow(message);
  });
});

describe('constant expressions are folded; only true unknowns stay unknown', () => {
  test.each([
    ['${false}', false],
    ['${"0.0.0.0/0"}', '0.0.0.0/0'],
    ['%{ if true }100%{ endif }', '100'],
    ['%{ if false }100%{ else }0%{ endif }', '0'],
    ['%{~ if 1 == 1 ~} yes %{~ endif ~}', 'yes'],
    ['${true ? "optional" : "required"}', 'optional'],
    ['${1 + 2 * 3}', 7],
    ['${"5" + 1}', 6],
    ['${!true || (2 > 1 && 3 >= 3)}', true],
    ['a-${"b"}-${1}-${true}', 'a-b-1-true'],
    ['${upper("x")}${lower("Y")}', 'Xy'],
    ['${tobool("false")}', false],
    ['${[1, 2][1]}', 2],
    ['${{a = {b = "deep"}}.a.b}', 'deep'],
    ['${{"k": 1}["k"]}', 1],
    ['${lookup({a = 1}, "b", 9)}', 9],
    ['${length([1, 2, 3])}', 3],
    ['${contains(["a"], "a")}', true],
    ['${jsonencode({b = 1, a = [true]})}', '{"a":[true],"b":1}'],
    ['%{ for x in [1, 2] }${x},%{ endfor }', '1,2,'],
    ['"${"quoted \\"inner\\""}"', '"quoted "inner""'],
    ['$${literal}', '${literal}'],
    ['%%{literal}', '%{literal}'],
    ['plain', 'plain'],
    ['${null}', null],
  ])('%s folds to %j', (template, value) => {
    expect(evaluateTemplate(template, { lookup: () => UNKNOWN })).toEqual(value);
  });

  test.each([
    '${var.x}', '${alicloud_kms_key.k.id}', '${data.alicloud_zones.z.ids[0]}', '${each.value}', '${count.index}',
    '${var.x ? false : false}', 'a-${module.m.out}', '${timestamp()}', '${[for x in [1] : x]}', '${local.missing}',
    '${1 / 0}', '${"a" + 1}', '${[1][5]}', '${', '%{ if true }unterminated', '${x.*.id}', '${provider::p::f(1)}',
    '${false && var.x}',
  ])('%s stays unknown', (template) => {
    expect(evaluateTemplate(template, { lookup: () => UNKNOWN })).toBe(UNKNOWN);
  });

  test('escaped template markers are literals, not expressions', () => {
    expect(hasTemplateSyntax('$${x}')).toBe(false);
    expect(hasTemplateSyntax('%%{x}')).toBe(false);
    expect(hasTemplateSyntax('$$${x}')).toBe(false);
    expect(hasTemplateSyntax('a${x}')).toBe(true);
    expect(isExpression('$${x}')).toBe(false);
    expect(isExpression('${alicloud_vpc.main.id}')).toBe(true);
  });

  test.each([
    ['system_disk_encrypted "${false}"', 'ALI-ECS-002', { system_disk_encrypted: '${false}' }],
    ['http_tokens through a conditional on a constant', 'ALI-ECS-001', { http_tokens: '${true ? "optional" : "required"}' }],
    ['internet_max_bandwidth_out "%{ if true }100%{ endif }"', 'ALI-ECS-005', { internet_max_bandwidth_out: '%{ if true }100%{ endif }' }],
    ['deletion_protection from a local', 'ALI-ECS-008', { deletion_protection: '${local.protect}' }],
    ['http_tokens from a template of locals', 'ALI-ECS-001', { http_tokens: '${local.mode}al' }],
  ])('caught: %s', (_what, ruleId, overrides) => {
    const d = { locals: { protect: false, mode: 'option' }, ...doc(['alicloud_instance', 'web', { ...GOOD_INSTANCE, ...overrides }]) };
    expect(failing(d, ruleId)).toHaveLength(1);
    expect(failing(d, ruleId)[0].level).toBe(findRule(ruleId)!.level);
  });

  test('cidr_ip "${\\"0.0.0.0/0\\"}" on SSH is caught', () => {
    const d = doc(['alicloud_security_group_rule', 'ssh', {
      security_group_id: 'sg-1', type: 'ingress', ip_protocol: 'tcp', port_range: '22/22', cidr_ip: '${"0.0.0.0/0"}', description: 'ssh',
    }]);
    expect(failing(d, 'ALI-SG-002').map((f) => f.finding)).toEqual(['port:22']);
  });

  test('a reference stays unknown (the rule cannot decide, as before)', () => {
    const d = doc(['alicloud_instance', 'web', { ...GOOD_INSTANCE, system_disk_encrypted: '${alicloud_x.y.encrypted}' }]);
    expect(failing(d, 'ALI-ECS-002')).toEqual([]);
  });

  test('locals of locals fold; a cycle is unknown, not a crash', () => {
    const d = { locals: { a: '${local.b}', b: '${!local.c}', c: true, x: '${local.y}', y: '${local.x}' }, ...doc(['alicloud_instance', 'web', { ...GOOD_INSTANCE, system_disk_encrypted: '${local.a}', deletion_protection: '${local.x}' }]) };
    const index = new DocumentIndex(d);
    expect(index.resources[0].body.system_disk_encrypted).toBe(false);
    expect(index.resources[0].body.deletion_protection).toBe('${local.x}');
  });

  test('a null attribute is unset', () => {
    const index = new DocumentIndex(doc(['alicloud_instance', 'web', { ...GOOD_INSTANCE, http_tokens: null, deletion_protection: '${null}' }]));
    expect(index.resources[0].body).not.toHaveProperty('http_tokens');
    expect(index.resources[0].body).not.toHaveProperty('deletion_protection');
  });

  describe('dynamic blocks', () => {
    test('over a literal collection: the generated blocks, iterator values folded', () => {
      const d = doc(['alicloud_instance', 'web', {
        ...GOOD_INSTANCE,
        data_disks: undefined,
        dynamic: { data_disks: { for_each: [20, 40], iterator: 'disk', content: { size: '${disk.value}', encrypted: '${disk.key == 1 ? false : true}', kms_key_id: 'k', auto_snapshot_policy_id: 'p' } } },
      }]);
      delete d.resource.alicloud_instance.web.data_disks;
      const body = new DocumentIndex(d).resources[0].body;
      expect(body).not.toHaveProperty('dynamic');
      expect(body.data_disks).toEqual([
        { size: 20, encrypted: true, kms_key_id: 'k', auto_snapshot_policy_id: 'p' },
        { size: 40, encrypted: false, kms_key_id: 'k', auto_snapshot_policy_id: 'p' },
      ]);
      expect(failing(d, 'ALI-ECS-003').map((f) => f.finding)).toEqual(['data_disks[1]']);
    });

    test('over an unknown collection: one representative block with the constant attributes', () => {
      const d = doc(['alicloud_instance', 'web', {
        ...GOOD_INSTANCE,
        dynamic: [{ data_disks: [{ for_each: '${var.disks}', content: [{ size: '${data_disks.value}', encrypted: false }] }] }],
      }]);
      expect(failing(d, 'ALI-ECS-003').map((f) => f.finding)).toEqual(['data_disks[1]']);
    });
  });
});

describe('resources with a constant for_each or count: every instance is judged', () => {
  test('for_each over a literal map: each.value folds per instance', () => {
    const d = doc(['alicloud_instance', 'web', {
      ...GOOD_INSTANCE, for_each: { a: true, b: false }, system_disk_encrypted: '${each.value}',
    }]);
    const f = failing(d, 'ALI-ECS-002');
    expect(f.map((x) => `${x.level} ${x.message}`)).toEqual(['error system_disk_encrypted is false (instance each.key = "b")']);
  });

  test('for_each over toset([...]) in HCL, and count with count.index', async () => {
    const tf = `
resource "alicloud_instance" "web" {
  for_each    = toset(["optional", "required"])
  vswitch_id  = "vsw-1"
  http_tokens = each.key
}
resource "alicloud_instance" "db" {
  count       = 2
  vswitch_id  = "vsw-1"
  http_tokens = count.index == 1 ? "optional" : "required"
}
`;
    const result = evaluateTerraformJson(await parseHcl('main.tf', tf));
    expect(result.findings.filter((x) => x.ruleId === 'ALI-ECS-001').map((x) => `${x.address} ${x.message}`)).toEqual([
      'alicloud_instance.db http_tokens is "optional": metadata (and the role\'s STS token) is readable without a token (instance count.index = 1)',
      'alicloud_instance.web http_tokens is "optional": metadata (and the role\'s STS token) is readable without a token (instance each.key = "optional")',
    ]);
  });

  test('an unknown for_each leaves each.* unknown', () => {
    const d = doc(['alicloud_instance', 'web', { ...GOOD_INSTANCE, for_each: '${var.m}', system_disk_encrypted: '${each.value}' }]);
    expect(failing(d, 'ALI-ECS-002')).toEqual([]);
  });
});

describe('variable defaults: insecure unless overridden', () => {
  const withVar = (variable: Record<string, any>): Record<string, any> => ({
    variable: { encrypt: variable },
    ...doc(['alicloud_instance', 'web', { ...GOOD_INSTANCE, system_disk_encrypted: '${var.encrypt}' }]),
  });

  test('an insecure default is a warning naming the variable', () => {
    const result = evaluateTerraformJson(withVar({ type: 'bool', default: false }));
    const f = result.findings.filter((x) => x.ruleId === 'ALI-ECS-002');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ level: 'warning', status: 'fail', variables: ['encrypt'], finding: 'system_disk' });
    expect(f[0].message).toBe('system_disk_encrypted is false when var.encrypt keeps its default (insecure unless overridden)');
    expect(result.summary).toMatchObject({ errors: 0, warnings: 1 });
  });

  test('in array form and through a local too', () => {
    const d = {
      variable: [{ encrypt: [{ default: false }] }],
      locals: [{ enc: '${var.encrypt}' }],
      resource: [{ alicloud_instance: [{ web: [{ ...GOOD_INSTANCE, system_disk_encrypted: '${local.enc}' }] }] }],
    };
    expect(evaluateTerraformJson(d).findings.filter((x) => x.ruleId === 'ALI-ECS-002').map((x) => x.variables)).toEqual([['encrypt']]);
  });

  test('a secure default, or no default (a required input), gives no finding', () => {
    expect(failing(withVar({ default: true }), 'ALI-ECS-002')).toEqual([]);
    expect(failing(withVar({ type: 'bool' }), 'ALI-ECS-002')).toEqual([]);
  });

  test('an acknowledgement covers the default finding like any other', () => {
    const d = withVar({ default: false });
    d.resource.alicloud_instance.web['//'] = { hardening: { acknowledgements: [{ ruleId: 'ALI-ECS-002', reason: 'overridden per environment in CI' }] } };
    expect(evaluateTerraformJson(d).findings.find((f) => f.ruleId === 'ALI-ECS-002')?.status).toBe('acknowledged');
  });
});

/** A document rewritten with arrays at random block levels (fast-check decides where). */
function arrayForm(d: Record<string, any>, choices: fc.Random | boolean[]): Record<string, any> {
  let i = 0;
  const pick = () => (Array.isArray(choices) ? choices[i++ % choices.length] : choices.nextBoolean());
  const out: Record<string, any> = {};
  const types = Object.entries<Record<string, any>>(d.resource ?? {});
  const typeObjects = types.map(([type, byName]) => {
    const names = Object.entries(byName).map(([name, body]) => {
      const b: Record<string, any> = { ...body };
      for (const [k, v] of Object.entries(b)) {
        // A single nested block as a one-element array.
        if (typeof v === 'object' && v !== null && !Array.isArray(v) && k !== '//' && k !== 'tags' && pick()) b[k] = [v];
      }
      return { [name]: pick() ? [b] : b };
    });
    const split = pick();
    return { [type]: split ? names : Object.assign({}, ...names) };
  });
  out.resource = pick() ? typeObjects : Object.assign({}, ...typeObjects);
  return out;
}

describe('property: the array form of any valid document gives the same findings', () => {
  const cases = Object.values(RULE_FIXTURES).flatMap((f) => [...f.compliant, ...f.nonCompliant, ...(f.notApplicable ?? [])])
    .filter((c) => !c.options);
  test('random documents from the rule fixtures, arrays at random levels', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.integer({ min: 0, max: cases.length - 1 }), { minLength: 1, maxLength: 6 }),
      fc.array(fc.boolean(), { minLength: 1, maxLength: 32 }),
      (picked, choices) => {
        const resources = new Map<string, [string, string, Record<string, any>]>();
        for (const p of picked) for (const r of cases[p].resources) resources.set(`${r[0]}.${r[1]}`, r);
        const d = doc(...resources.values());
        expect(findings(arrayForm(d, choices))).toEqual(findings(d));
      },
    ), { numRuns: 150, seed: 15 });
  });
});

describe('.tf files (HCL) through @cdktf/hcl2json', () => {
  test('a hand-written module: dynamic blocks, variables, locals and conditionals', async () => {
    const tf = `
variable "encrypt" {
  type    = bool
  default = false
}
locals {
  world = "0.0.0.0/0"
}
resource "alicloud_instance" "web" {
  image_id              = "aliyun_3_x64_20G_alibase_20240819.vhd"
  instance_type         = "ecs.g7.large"
  vswitch_id            = alicloud_vswitch.a.id
  http_tokens           = true ? "optional" : "required"
  system_disk_encrypted = var.encrypt
  dynamic "data_disks" {
    for_each = [20, 40]
    content {
      size      = data_disks.value
      encrypted = false
    }
  }
}
resource "alicloud_security_group_rule" "ssh" {
  security_group_id = "sg-1"
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  cidr_ip           = local.world
  description       = "ssh"
}
`;
    const result = evaluateTerraformJson(await parseHcl('main.tf', tf));
    const got = (id: string) => result.findings.filter((f) => f.ruleId === id).map((f) => `${f.level}:${f.finding ?? '-'}`);
    expect(got('ALI-ECS-001')).toEqual(['error:-']);
    expect(got('ALI-ECS-002')).toEqual(['warning:system_disk']);
    expect(got('ALI-ECS-003')).toEqual(['error:data_disks[0]', 'error:data_disks[1]']);
    expect(got('ALI-SG-002')).toEqual(['error:port:22']);
  });

  test('files of one module are merged; a resource in two files is a duplicate', async () => {
    const a = await parseHcl('a.tf', 'variable "v" {\n  default = "optional"\n}\n');
    const b = await parseHcl('b.tf', 'resource "alicloud_instance" "web" {\n  http_tokens = var.v\n}\n');
    expect(evaluateTerraformJson(mergeModule([a, b])).findings.find((f) => f.ruleId === 'ALI-ECS-001')?.variables).toEqual(['v']);
    expect(() => evaluateTerraformJson(mergeModule([b, b]))).toThrow(/one body per resource/);
  });

  test('invalid HCL is a one-line error', async () => {
    await expect(parseHcl('bad.tf', 'resource "a" {')).rejects.toThrow(/^bad\.tf:1,14-15: Unclosed configuration block/);
  });

  test('a blueprint written as .tf gives the same findings as its cdk.tf.json', async () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'hcl-blueprint-'));
    const previous = process.env.CDKTF_OUTDIR;
    process.env.CDKTF_OUTDIR = outdir;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require(path.join(__dirname, '..', '..', 'examples', 'private-worker', 'main.ts'));
      });
    } finally {
      if (previous === undefined) delete process.env.CDKTF_OUTDIR;
      else process.env.CDKTF_OUTDIR = previous;
    }
    const [stack] = stacksIn(outdir);
    const json = JSON.parse(fs.readFileSync(path.join(stack.dir, 'cdk.tf.json'), 'utf8'));
    const hcl = toHcl(json);
    fs.writeFileSync(path.join(outdir, 'main.tf'), hcl);
    const fromHcl = evaluateTerraformJson(await parseHcl('main.tf', hcl));
    const fromJson = evaluateTerraformJson(json);
    // "//" metadata (construct paths, acknowledgements) has no HCL form: compare what the rules found.
    const what = (f: Finding) => `${f.ruleId} ${f.level} ${f.address} ${f.finding ?? '-'} ${f.message}`;
    expect(fromJson.summary.resources).toBeGreaterThan(5);
    expect(fromHcl.summary.resources).toBe(fromJson.summary.resources);
    expect(fromHcl.findings.map(what).sort()).toEqual(fromJson.findings.map(what).sort());
    expect(fromHcl.results.map((r) => `${r.ruleId} ${r.address}`).sort()).toEqual(fromJson.results.map((r) => `${r.ruleId} ${r.address}`).sort());
    fs.rmSync(outdir, { recursive: true, force: true });
  });
});
