import { COMPLIANT, defineRule } from '../rule';
import { DocumentIndexLike, RuleViolation, SynthesizedResource } from '../types';
import { blocks, isExpression, isSet, isTrue, referencesIn } from '../values';

/** Why a disk in the document is not encrypted with a customer key, or undefined when it is (or cannot be told). */
function diskProblem(doc: DocumentIndexLike, diskRef: unknown): string | undefined {
  for (const ref of referencesIn(diskRef)) {
    const target = doc.byAddress.get(ref.address);
    if (!target) continue;
    if (target.type === 'alicloud_instance' && ref.attribute === 'system_disk_id') return instanceProblem(target);
    if (target.type === 'alicloud_ecs_disk' || target.type === 'alicloud_disk') {
      const b = target.body;
      if (!isTrue(b.encrypted) && !isExpression(b.encrypted)) return `${target.address} is not encrypted`;
      if (!isSet(b.kms_key_id)) return `${target.address} has no customer key (kms_key_id)`;
    }
  }
  return undefined;
}

function instanceProblem(instance: SynthesizedResource): string | undefined {
  const b = instance.body;
  if (!isTrue(b.system_disk_encrypted) && !isExpression(b.system_disk_encrypted)) return `the system disk of ${instance.address} is not encrypted`;
  if (!isSet(b.system_disk_kms_key_id)) return `the system disk of ${instance.address} has no customer key (system_disk_kms_key_id)`;
  return undefined;
}

function snapshotProblem(doc: DocumentIndexLike, snapshotRef: unknown): string | undefined {
  for (const ref of referencesIn(snapshotRef)) {
    const target = doc.byAddress.get(ref.address);
    if (!target || (target.type !== 'alicloud_ecs_snapshot' && target.type !== 'alicloud_snapshot')) continue;
    const problem = diskProblem(doc, target.body.disk_id);
    if (problem) return `snapshot ${target.address} is of a disk that is not encrypted with a customer key: ${problem}`;
  }
  return undefined;
}

/**
 * ALI-IMG-004: an image is made from a source encrypted with a customer key. `alicloud_image` has no
 * encryption arguments: its encryption is inherited from the instance's system disk or the snapshot's
 * disk, so the rule follows `instance_id`, `snapshot_id` and `disk_device_mapping[].snapshot_id` to those
 * resources in the document. Sources outside the document cannot be told and pass.
 */
export const imageSourceEncryptedWithCustomerKey = defineRule('ALI-IMG-004', (resource, doc) => {
  const { body } = resource;
  const out: RuleViolation[] = [];
  for (const ref of referencesIn(body.instance_id)) {
    const target = doc.byAddress.get(ref.address);
    if (target?.type !== 'alicloud_instance') continue;
    const problem = instanceProblem(target);
    if (problem) out.push({ finding: 'instance_id', message: `the image is made from ${target.address}, but ${problem}` });
  }
  const snapshotProblemText = snapshotProblem(doc, body.snapshot_id);
  if (snapshotProblemText) out.push({ finding: 'snapshot_id', message: `the image is made from ${snapshotProblemText}` });
  blocks(body.disk_device_mapping).forEach((m, i) => {
    const problem = snapshotProblem(doc, m.snapshot_id);
    if (problem) out.push({ finding: `disk_device_mapping[${i}]`, message: `the image is made from ${problem}` });
  });
  return out.length ? out : COMPLIANT;
});
