/**
 * Fixtures of the image rules (ALI-IMG-*), merged into RULE_FIXTURES (test/rules/rule-fixtures.ts).
 * Each misconfiguration is written in the forms Terraform accepts: booleans and numbers as literals
 * and as strings, blocks as objects and lists.
 */
import type { Res, RuleFixtures } from './rule-fixtures';

const KEY = '${alicloud_kms_key.key.id}';
const ENCRYPTED_INSTANCE: Res = ['alicloud_instance', 'builder', {
  image_id: 'aliyun_3_x64_20G_alibase_20240819.vhd', instance_type: 'ecs.g7.large', system_disk_encrypted: true, system_disk_kms_key_id: KEY,
}];
const PLAIN_INSTANCE: Res = ['alicloud_instance', 'builder', {
  image_id: 'aliyun_3_x64_20G_alibase_20240819.vhd', instance_type: 'ecs.g7.large',
}];
const SERVICE_KEY_INSTANCE: Res = ['alicloud_instance', 'builder', {
  image_id: 'aliyun_3_x64_20G_alibase_20240819.vhd', instance_type: 'ecs.g7.large', system_disk_encrypted: 'true',
}];
const GOOD_DISK: Res = ['alicloud_ecs_disk', 'data', { zone_id: 'cn-hangzhou-h', size: 40, encrypted: true, kms_key_id: KEY }];
const PLAIN_DISK: Res = ['alicloud_ecs_disk', 'data', { zone_id: 'cn-hangzhou-h', size: 40, encrypted: 'false' }];
const snapshotOf = (diskRef: string): Res => ['alicloud_ecs_snapshot', 'snap', { disk_id: diskRef }];
const PIPELINE = { base_image_type: 'IMAGE', base_image: 'aliyun_3_x64_20G_alibase_20240819.vhd', vswitch_id: '${alicloud_vswitch.build.id}', delete_instance_on_failure: true };

export const IMAGE_RULE_FIXTURES: Record<string, RuleFixtures> = {
  'ALI-IMG-001': {
    compliant: [
      { name: 'encrypted with a customer key', resources: [['alicloud_image_copy', 'golden', { source_image_id: 'm-abc', source_region_id: 'cn-hangzhou', encrypted: true, kms_key_id: KEY }]] },
      { name: 'encrypted as a string, literal key id', resources: [['alicloud_image_copy', 'golden', { source_image_id: 'm-abc', source_region_id: 'cn-hangzhou', encrypted: 'true', kms_key_id: 'key-hzz62f1cb66fa42qo0001' }]] },
      { name: 'encrypted from a variable', resources: [['alicloud_image_copy', 'golden', { source_image_id: 'm-abc', source_region_id: 'cn-hangzhou', encrypted: '${var.encrypted}', kms_key_id: KEY }]] },
    ],
    nonCompliant: [
      { name: 'not encrypted (omitted)', resources: [['alicloud_image_copy', 'golden', { source_image_id: 'm-abc', source_region_id: 'cn-hangzhou' }]], findings: ['encrypted', 'kms_key_id'] },
      { name: 'encrypted = false with a key', resources: [['alicloud_image_copy', 'golden', { source_image_id: 'm-abc', source_region_id: 'cn-hangzhou', encrypted: false, kms_key_id: KEY }]], findings: ['encrypted'] },
      { name: 'encrypted = "false" (string)', resources: [['alicloud_image_copy', 'golden', { source_image_id: 'm-abc', source_region_id: 'cn-hangzhou', encrypted: 'false', kms_key_id: KEY }]], findings: ['encrypted'] },
      { name: 'encrypted with the service key (no kms_key_id)', resources: [['alicloud_image_copy', 'golden', { source_image_id: 'm-abc', source_region_id: 'cn-hangzhou', encrypted: true }]], findings: ['kms_key_id'] },
      { name: 'kms_key_id null (an override removing it)', resources: [['alicloud_image_copy', 'golden', { source_image_id: 'm-abc', source_region_id: 'cn-hangzhou', encrypted: true, kms_key_id: null }]], findings: ['kms_key_id'] },
      { name: 'empty kms_key_id', resources: [['alicloud_image_copy', 'golden', { source_image_id: 'm-abc', source_region_id: 'cn-hangzhou', encrypted: true, kms_key_id: ' ' }]], findings: ['kms_key_id'] },
    ],
  },
  'ALI-IMG-002': {
    compliant: [
      { name: 'shared with the own account (data.alicloud_account)', resources: [['alicloud_image_share_permission', 'self', { image_id: 'm-abc', account_id: '${data.alicloud_account.current.id}' }]] },
    ],
    notApplicable: [
      { name: 'pipeline without add_account', resources: [['alicloud_ecs_image_pipeline', 'p', PIPELINE]] },
      { name: 'pipeline sharing with nobody (empty add_account)', resources: [['alicloud_ecs_image_pipeline', 'p', { ...PIPELINE, add_account: [] }]] },
    ],
    nonCompliant: [
      { name: 'shared with another account', resources: [['alicloud_image_share_permission', 'partner', { image_id: '${alicloud_image_copy.golden.id}', account_id: '1234567890123456' }]], findings: ['account:1234567890123456'] },
      { name: 'shared with an account from a variable', resources: [['alicloud_image_share_permission', 'partner', { image_id: 'm-abc', account_id: '${var.partner}' }]], findings: ['account:${var.partner}'] },
      { name: 'pipeline add_account', resources: [['alicloud_ecs_image_pipeline', 'p', { ...PIPELINE, add_account: ['1234567890123456', '6543210987654321'] }]], findings: ['account:1234567890123456', 'account:6543210987654321'] },
    ],
  },
  'ALI-IMG-003': {
    compliant: [
      { name: 'no public bandwidth', resources: [['alicloud_ecs_image_pipeline', 'p', { ...PIPELINE, internet_max_bandwidth_out: 0 }]] },
      { name: 'bandwidth omitted (API default 0)', resources: [['alicloud_ecs_image_pipeline', 'p', PIPELINE]] },
      { name: 'bandwidth "0" (string)', resources: [['alicloud_ecs_image_pipeline', 'p', { ...PIPELINE, internet_max_bandwidth_out: '0' }]] },
    ],
    nonCompliant: [
      { name: 'public bandwidth', resources: [['alicloud_ecs_image_pipeline', 'p', { ...PIPELINE, internet_max_bandwidth_out: 10 }]], findings: ['internet_max_bandwidth_out'] },
      { name: 'public bandwidth as a string', resources: [['alicloud_ecs_image_pipeline', 'p', { ...PIPELINE, internet_max_bandwidth_out: '100' }]], findings: ['internet_max_bandwidth_out'] },
    ],
  },
  'ALI-IMG-004': {
    compliant: [
      { name: 'from an instance with a customer-key system disk', resources: [['alicloud_image', 'golden', { instance_id: '${alicloud_instance.builder.id}' }], ENCRYPTED_INSTANCE] },
      { name: 'from a snapshot of an encrypted disk', resources: [['alicloud_image', 'golden', { snapshot_id: '${alicloud_ecs_snapshot.snap.id}' }], snapshotOf('${alicloud_ecs_disk.data.id}'), GOOD_DISK] },
      {
        name: 'from a snapshot of an encrypted system disk',
        resources: [['alicloud_image', 'golden', { snapshot_id: '${alicloud_ecs_snapshot.snap.id}' }], snapshotOf('${alicloud_instance.builder.system_disk_id}'), ENCRYPTED_INSTANCE],
      },
      { name: 'from a snapshot outside the document', resources: [['alicloud_image', 'golden', { snapshot_id: 's-bp1c0doj0taqyzzl0001' }]] },
    ],
    nonCompliant: [
      { name: 'from an instance with an unencrypted system disk', resources: [['alicloud_image', 'golden', { instance_id: '${alicloud_instance.builder.id}' }], PLAIN_INSTANCE], findings: ['instance_id'] },
      { name: 'from an instance with the service key', resources: [['alicloud_image', 'golden', { instance_id: '${alicloud_instance.builder.id}' }], SERVICE_KEY_INSTANCE], findings: ['instance_id'] },
      { name: 'from a snapshot of an unencrypted disk', resources: [['alicloud_image', 'golden', { snapshot_id: '${alicloud_ecs_snapshot.snap.id}' }], snapshotOf('${alicloud_ecs_disk.data.id}'), PLAIN_DISK], findings: ['snapshot_id'] },
      {
        name: 'disk_device_mapping (list) with a snapshot of an unencrypted system disk',
        resources: [['alicloud_image', 'golden', { disk_device_mapping: [{ disk_type: 'system', snapshot_id: '${alicloud_ecs_snapshot.snap.id}' }] }], snapshotOf('${alicloud_instance.builder.system_disk_id}'), PLAIN_INSTANCE],
        findings: ['disk_device_mapping[0]'],
      },
      {
        name: 'disk_device_mapping (object) with a snapshot of a disk without a customer key',
        resources: [['alicloud_image', 'golden', { disk_device_mapping: { snapshot_id: '${alicloud_ecs_snapshot.snap.id}' } }], snapshotOf('${alicloud_ecs_disk.data.id}'),
          ['alicloud_ecs_disk', 'data', { zone_id: 'cn-hangzhou-h', size: 40, encrypted: true }]],
        findings: ['disk_device_mapping[0]'],
      },
    ],
  },
};
