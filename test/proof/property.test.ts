import * as fc from 'fast-check';
import { anyPlan, PLAN_ARBITRARIES } from './arbitraries';
import { buildPlanStack, propertySeed, stackViolations } from './invariants';
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

describe('property-based: random valid configurations of every construct', () => {
  test('hardened defaults hold on every resource unless a reasoned opt-out is recorded on it', () => {
    fc.assert(fc.property(fc.array(anyPlan, { minLength: 8, maxLength: 12 }), (plans) => {
      const { json, problems } = synth(plans);
      expect(problems).toEqual([]);
      expect(stackViolations(json)).toEqual([]);
    }), { seed, numRuns: 8 });
  });

  test.each(Object.keys(PLAN_ARBITRARIES))('%s: every requested opt-out is recorded and no default is lost', (name) => {
    const arb = PLAN_ARBITRARIES[name as keyof typeof PLAN_ARBITRARIES] as fc.Arbitrary<any>;
    fc.assert(fc.property(fc.array(arb, { minLength: 2, maxLength: 3 }), (plans) => {
      const { json, problems } = synth(plans);
      expect(problems).toEqual([]);
      expect(stackViolations(json)).toEqual([]);
      // Every plan produced resources (nothing was silently dropped): at least one per plan.
      const resources = Object.values<Record<string, unknown>>(json.resource ?? {}).reduce((n, byId) => n + Object.keys(byId).length, 0);
      expect(resources).toBeGreaterThanOrEqual(plans.length);
    }), { seed, numRuns: 2 });
  });

  test('the invariants catch a weakened resource (they are not vacuous)', () => {
    const json = {
      resource: {
        alicloud_ecs_disk: { d: { encrypted: false, kms_key_id: 'k', delete_auto_snapshot: false } },
        alicloud_instance: { i: { system_disk_encrypted: true, system_disk_kms_key_id: 'k', http_tokens: 'optional', internet_max_bandwidth_out: 0, security_enhancement_strategy: 'Active', deletion_protection: true, vswitch_id: 'v' } },
        alicloud_kms_key: { k: { 'automatic_rotation': 'Disabled', 'deletion_protection': 'Enabled', 'pending_window_in_days': 7, '//': { hardening: { optOuts: [{ id: 'EncryptionKey.Rotation', reason: 'HSM key, cannot rotate' }] } } } },
        alicloud_security_group_rule: { r: { type: 'ingress', policy: 'accept', cidr_ip: '0.0.0.0/0', ip_protocol: 'tcp', port_range: '22/22', priority: 1, description: 'ssh' } },
      },
    };
    expect(stackViolations(json)).toEqual([
      'alicloud_ecs_disk.d: encrypted is not true',
      'alicloud_instance.i: http_tokens optional without opt-out',
      'alicloud_security_group_rule.r: admin/database port open to the internet without opt-out',
    ]);
  });
});
