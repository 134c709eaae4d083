import { COVERAGE_FIXTURES, IAM_FIXTURES, NET_FIXTURES, SG_FIXTURES, USER_DATA_FIXTURES } from './coverage-fixtures';
import { doc } from './rule-fixtures';
import { coversAll, isAnywhere, parseCidr, subtract } from '../../lib/network/cidr';
import { DocumentIndex, evaluateTerraformJson, HARDENING_RULES } from '../../lib/rules';
import { resolveLaunchTemplate } from '../../lib/rules/private/launch-template';
import { perDocument } from '../../lib/rules/private/memo';
import { decodeBase64Text, userDataTexts } from '../../lib/rules/private/user-data';

describe('CIDR arithmetic', () => {
  test.each(['0.0.0.0/0', '0.0.0.0', ' 0.0.0.0/0 ', '10.1.2.3/0', '::/0', '::0/0', '0::0/0', '0:0:0:0:0:0:0:0/0', '2001:db8::1/0'])('%s is anywhere', (c) => {
    expect(isAnywhere(c)).toBe(true);
  });

  test.each(['10.0.0.0/8', '0.0.0.0/1', '::/1', '::1', '0.0.0.1', '${var.cidr}', '', '300.0.0.0/8', '1.2.3.4/33', '::/129', '1::2::3/0', 'any', '0/0', 42, null, {}, ['0.0.0.0/0']])(
    '%p is not anywhere', (c) => {
      expect(isAnywhere(c)).toBe(false);
    });

  test('parses ranges with host bits set, and IPv4-mapped IPv6', () => {
    expect(parseCidr('10.1.2.3/8')).toEqual({ family: 'ipv4', start: 10n * 2n ** 24n, end: 11n * 2n ** 24n - 1n });
    expect(parseCidr('::ffff:10.0.0.1/128')).toEqual({ family: 'ipv6', start: 0xffff0a000001n, end: 0xffff0a000001n });
    expect(parseCidr('192.168.1.1')).toEqual({ family: 'ipv4', start: 0xc0a80101n, end: 0xc0a80101n });
  });

  test('unions cover the space only when they really do', () => {
    const halves = [parseCidr('0.0.0.0/1')!, parseCidr('128.0.0.0/1')!];
    expect(coversAll(halves, 'ipv4')).toBe(true);
    expect(coversAll(halves, 'ipv6')).toBe(false);
    expect(coversAll([parseCidr('0.0.0.0/1')!, parseCidr('128.0.0.0/2')!], 'ipv4')).toBe(false);
    const quarters = ['0.0.0.0/2', '64.0.0.0/2', '128.0.0.0/2', '192.0.0.0/2'].map((c) => parseCidr(c)!);
    expect(coversAll(quarters, 'ipv4')).toBe(true);
    expect(coversAll(subtract(quarters, [parseCidr('10.0.0.0/8')!]), 'ipv4')).toBe(false);
    expect(subtract([parseCidr('10.0.0.0/8')!], [parseCidr('10.0.0.0/9')!])).toEqual([parseCidr('10.128.0.0/9')]);
  });
});

describe('user data decoding', () => {
  test('base64 text is decoded, anything else is read as it is', () => {
    const b64 = Buffer.from('#!/bin/sh\necho hi\n').toString('base64');
    expect(decodeBase64Text(b64)).toBe('#!/bin/sh\necho hi\n');
    expect(userDataTexts(b64)).toEqual([b64, '#!/bin/sh\necho hi\n']);
    expect(decodeBase64Text('#!/bin/sh')).toBeUndefined();
    expect(decodeBase64Text(Buffer.from([0, 1, 2, 3, 254, 255, 7, 8, 9]).toString('base64'))).toBeUndefined();
    expect(userDataTexts(42)).toEqual([]);
    expect(userDataTexts('   ')).toEqual([]);
  });
});

describe('launch template resolution', () => {
  const lt = ['alicloud_ecs_launch_template', 'lt', { launch_template_name: 'web', http_tokens: 'required' }] as [string, string, Record<string, any>];
  const index = (body: Record<string, any>) => new DocumentIndex(doc(['alicloud_instance', 'i', body], lt));

  test.each([
    [{}, 'none'],
    [{ launch_template_id: '${alicloud_ecs_launch_template.lt.id}' }, 'resolved'],
    [{ launch_template_name: 'web' }, 'resolved'],
    [{ launch_template_name: '${alicloud_ecs_launch_template.lt.launch_template_name}' }, 'resolved'],
    [{ launch_template_id: '${alicloud_ecs_launch_template.lt.id}', launch_template_version: '${alicloud_ecs_launch_template.lt.default_version_number}' }, 'resolved'],
    [{ launch_template_id: '${alicloud_ecs_launch_template.lt.id}', launch_template_version: '2' }, 'unresolved'],
    [{ launch_template_id: '${alicloud_ecs_launch_template.other.id}' }, 'unresolved'],
    [{ launch_template_id: '${var.lt}' }, 'unresolved'],
    [{ launch_template_name: 'not-here' }, 'unresolved'],
  ])('%p -> %s', (body, kind) => {
    const d = index(body);
    expect(resolveLaunchTemplate(body, d).kind).toBe(kind);
  });
});

test('per-document facts are computed once per document', () => {
  let calls = 0;
  const fact = perDocument(() => ++calls);
  const a = new DocumentIndex({});
  const b = new DocumentIndex({});
  expect([fact(a), fact(a), fact(b), fact(a)]).toEqual([1, 1, 2, 1]);
});

describe('hostile values never throw', () => {
  const JUNK: unknown[] = [null, 0, -1, 1e308, true, [], [null], {}, { a: { b: [] } }, '', ' ', '${', '${var.x}', '-1/-1', 'true', 'NaN', '::', '0.0.0.0/0', '\u0000', 'x'.repeat(5000)];
  // Every attribute any fixture sets, on every type a rule inspects.
  const all = [COVERAGE_FIXTURES, SG_FIXTURES, NET_FIXTURES, IAM_FIXTURES, USER_DATA_FIXTURES]
    .flatMap((set) => Object.values(set)).flatMap((f) => [...f.compliant, ...f.nonCompliant, ...(f.notApplicable ?? [])]);
  const attrs = [...new Set(all.flatMap((c) => c.resources.flatMap(([, , body]) => Object.keys(body))))];
  const types = [...new Set(HARDENING_RULES.flatMap((r) => r.resourceTypes).filter((t) => t !== '*'))];

  test.each(JUNK.map((j) => [JSON.stringify(j)?.slice(0, 20) ?? String(j), j]))('every attribute set to %s', (_name, junk) => {
    const resources: Array<[string, string, Record<string, any>]> = [];
    for (const t of types) {
      const body: Record<string, any> = {};
      for (const a of attrs) body[a] = junk;
      resources.push([t, 'x', body]);
    }
    expect(() => evaluateTerraformJson(doc(...resources))).not.toThrow();
  });
});
