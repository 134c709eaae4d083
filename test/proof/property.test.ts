import * as fc from 'fast-check';
import { anyPlan, PLAN_ARBITRARIES } from './arbitraries';
import { buildPlanStack, packViolations, propertySeed, stripMetadata } from './invariants';
import { App, Testing } from '../../lib/cdktf';

/** Seeded (PROPERTY_SEED replays a run); fast-check prints the seed and the counterexample on failure. */
const seed = propertySeed();

/** Synthesizes plans into one stack (validations on) and returns its JSON with "//" metadata. */
function synth(plans: Parameters<typeof buildPlanStack>[2]): { json: any; problems: string[] } {
  const app = Testing.app();
  const { stack, problems } = buildPlanStack(app as App, 'property', plans);
  Testing.synth(stack, true);
  return { json: stack.toTerraform(), problems };
}

describe('property-based (two-way, with the rule pack): random valid configurations of every construct', () => {
  test('no unacknowledged error; every opt-out acknowledges exactly what it names; stripped of "//" the pack reports those findings', () => {
    fc.assert(fc.property(fc.array(anyPlan, { minLength: 8, maxLength: 12 }), (plans) => {
      const { json, problems } = synth(plans);
      expect(problems).toEqual([]);
      expect(packViolations(json)).toEqual([]);
    }), { seed, numRuns: 8 });
  });

  test.each(Object.keys(PLAN_ARBITRARIES))('%s: every requested opt-out is recorded and no default is lost', (name) => {
    const arb = PLAN_ARBITRARIES[name as keyof typeof PLAN_ARBITRARIES] as fc.Arbitrary<any>;
    fc.assert(fc.property(fc.array(arb, { minLength: 2, maxLength: 3 }), (plans) => {
      const { json, problems } = synth(plans);
      expect(problems).toEqual([]);
      expect(packViolations(json)).toEqual([]);
      // Every plan produced resources (nothing was silently dropped): at least one per plan.
      const resources = Object.values<Record<string, unknown>>(json.resource ?? {}).reduce((n, byId) => n + Object.keys(byId).length, 0);
      expect(resources).toBeGreaterThanOrEqual(plans.length);
    }), { seed, numRuns: 2 });
  });

  test('the property is not vacuous: it catches errors, dead or over-wide opt-outs and lost findings', () => {
    const ack = (ruleId: string, optOut: string, appliesTo?: string[]) => ({ ruleId, reason: 'Documented exception for the test', optOut, ...(appliesTo ? { appliesTo } : {}) });
    const json = {
      resource: {
        alicloud_ecs_disk: { d: { encrypted: false, kms_key_id: 'k' } },
        alicloud_kms_key: {
          k: {
            'automatic_rotation': 'Enabled',
            'deletion_protection': 'Enabled',
            'pending_window_in_days': 7,
            '//': { hardening: { acknowledgements: [ack('ALI-KMS-001', 'EncryptionKey.Rotation', ['automatic_rotation'])] } },
          },
        },
        alicloud_security_group_rule: {
          r: {
            'type': 'ingress',
            'policy': 'accept',
            'cidr_ip': '0.0.0.0/0',
            'ip_protocol': 'tcp',
            'port_range': '20/23',
            'priority': 1,
            'description': 'ftp',
            '//': { hardening: { acknowledgements: [ack('ALI-SG-002', 'HardenedSecurityGroup.InternetExposure', ['port:22'])] } },
          },
        },
      },
    };
    const problems = packViolations(json);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^unacknowledged error ALI-DSK-001 alicloud_ecs_disk\.d/),
      expect.stringMatching(/^unacknowledged error ALI-SG-002 alicloud_security_group_rule\.r \[port:21\]/),
      'opt-out EncryptionKey.Rotation on alicloud_kms_key.k names ALI-KMS-001 [automatic_rotation], which the pack does not report there',
    ]));
    // Stripping is what the replay sees: the acknowledged SSH finding fails again.
    const stripped = stripMetadata(json);
    expect(stripped.resource.alicloud_security_group_rule.r['//']).toBeUndefined();
    expect(json.resource.alicloud_security_group_rule.r['//']).toBeDefined();
  });
});
