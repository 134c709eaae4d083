/**
 * Fixtures of the state, state-bucket and secret rules (ALI-STATE-*, ALI-OSS-*, ALI-SEC-*): the
 * misconfigurations in every form Terraform JSON accepts (booleans as strings, `terraform` as a list,
 * inline blocks or separate resources), and their compliant twins.
 */
import type { Res, RuleFixtures } from './rule-fixtures';

const BACKEND = 'terraform.backend.oss';
const GOOD_OSS = Object.freeze({
  bucket: 'acme-tfstate',
  region: 'cn-hangzhou',
  prefix: 'stacks',
  key: 'app.tfstate',
  encrypt: true,
  acl: 'private',
  tablestore_endpoint: 'https://tfl0.cn-hangzhou.vpc.tablestore.aliyuncs.com',
  tablestore_table: 'terraform_state_lock',
});

/** A document whose backend is `oss` with these arguments (undefined removes one). */
function oss(overrides: Record<string, any> = {}): Record<string, any> {
  const body: Record<string, any> = { ...GOOD_OSS, ...overrides };
  for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete body[k];
  return { terraform: { backend: { oss: body } } };
}

const REMOTE_STATE = {
  terraform_remote_state: {
    'cross-stack-reference-input-network': { backend: 'local', config: { path: '/work/terraform.network.tfstate' } },
  },
};

const KEY = '${alicloud_kms_key.key.id}';
const GOOD_BUCKET: Res = ['alicloud_oss_bucket', 'state', {
  bucket: 'acme-tfstate',
  versioning: { status: 'Enabled' },
  server_side_encryption_rule: { sse_algorithm: 'KMS', kms_master_key_id: KEY },
  lifecycle: { prevent_destroy: true },
}];
function bucket(overrides: Record<string, any>): Res {
  const body: Record<string, any> = { ...GOOD_BUCKET[2], ...overrides };
  for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete body[k];
  return ['alicloud_oss_bucket', 'state', body];
}
const LOCK_TABLE: Res = ['alicloud_ots_table', 'lock', {
  instance_name: '${alicloud_ots_instance.lock.name}',
  table_name: 'terraform_state_lock',
  primary_key: [{ name: 'LockID', type: 'String' }],
  time_to_live: -1,
  max_version: 1,
}];

export const STATE_RULE_FIXTURES: Record<string, RuleFixtures> = {
  'ALI-STATE-001': {
    compliant: [
      { name: 'encrypt = true', resources: [], blocks: oss(), target: BACKEND },
      { name: 'encrypt = "true" (string)', resources: [], blocks: oss({ encrypt: 'true' }), target: BACKEND },
      { name: 'terraform block as a list', resources: [], blocks: { terraform: [{ backend: [{ oss: [{ ...GOOD_OSS }] }] }] }, target: BACKEND },
    ],
    nonCompliant: [
      { name: 'encrypt not set (backend default false)', resources: [], blocks: oss({ encrypt: undefined }), target: BACKEND, findings: ['encrypt'] },
      { name: 'encrypt = false', resources: [], blocks: oss({ encrypt: false }), target: BACKEND, findings: ['encrypt'] },
      { name: 'encrypt = "false" (string)', resources: [], blocks: oss({ encrypt: 'false' }), target: BACKEND, findings: ['encrypt'] },
      { name: 'terraform block as a list, encrypt missing', resources: [], blocks: { terraform: [{ backend: { oss: { bucket: 'b' } } }] }, target: BACKEND, findings: ['encrypt'] },
    ],
  },
  'ALI-STATE-002': {
    compliant: [
      { name: 'acl = "private"', resources: [], blocks: oss(), target: BACKEND },
      { name: 'acl not set (objects inherit the private bucket ACL)', resources: [], blocks: oss({ acl: undefined }), target: BACKEND },
    ],
    nonCompliant: [
      { name: 'acl = "public-read"', resources: [], blocks: oss({ acl: 'public-read' }), target: BACKEND, findings: ['acl'] },
      { name: 'acl = "public-read-write"', resources: [], blocks: oss({ acl: 'public-read-write' }), target: BACKEND, findings: ['acl'] },
      { name: 'acl = " Public-Read " (case, blanks)', resources: [], blocks: oss({ acl: ' Public-Read ' }), target: BACKEND, findings: ['acl'] },
    ],
  },
  'ALI-STATE-003': {
    compliant: [{ name: 'lock table and endpoint', resources: [], blocks: oss(), target: BACKEND }],
    nonCompliant: [
      { name: 'no lock table', resources: [], blocks: oss({ tablestore_table: undefined, tablestore_endpoint: undefined }), target: BACKEND, findings: ['tablestore_table', 'tablestore_endpoint'] },
      { name: 'empty table name', resources: [], blocks: oss({ tablestore_table: ' ' }), target: BACKEND, findings: ['tablestore_table'] },
    ],
  },
  'ALI-STATE-004': {
    compliant: [{ name: 'oss backend in a stack that reads another stack\'s state', resources: [], blocks: { ...oss(), data: REMOTE_STATE }, target: BACKEND }],
    notApplicable: [{ name: 'oss backend, single stack', resources: [], blocks: oss(), target: BACKEND }],
    nonCompliant: [
      {
        name: 'local backend (as cdktf writes it) in a stack that reads another stack\'s state',
        resources: [],
        blocks: { terraform: { backend: { local: { path: '/work/terraform.app.tfstate' } } }, data: REMOTE_STATE },
        target: 'terraform.backend.local',
        findings: ['-'],
      },
      {
        name: 'no backend at all (implicit local) in a stack that reads another stack\'s state',
        resources: [],
        blocks: { data: REMOTE_STATE },
        target: 'terraform.backend.local',
        findings: ['-'],
      },
    ],
  },
  'ALI-STATE-005': {
    compliant: [
      { name: 'VPC only', resources: [['alicloud_ots_instance', 'lock', { name: 'tfl0', network_type_acl: ['VPC'] }], LOCK_TABLE] },
      { name: 'deprecated accessed_by = "Vpc"', resources: [['alicloud_ots_instance', 'lock', { name: 'tfl0', accessed_by: 'Vpc' }], LOCK_TABLE] },
      {
        name: 'table linked by literal instance name',
        resources: [['alicloud_ots_instance', 'lock', { name: 'tfl0', network_type_acl: ['VPC'] }], ['alicloud_ots_table', 't', { ...LOCK_TABLE[2], instance_name: 'tfl0' }]],
      },
    ],
    nonCompliant: [
      { name: 'provider default (VPC, CLASSIC, INTERNET)', resources: [['alicloud_ots_instance', 'lock', { name: 'tfl0' }], LOCK_TABLE], findings: ['network_type_acl'] },
      { name: 'INTERNET admitted', resources: [['alicloud_ots_instance', 'lock', { name: 'tfl0', network_type_acl: ['VPC', 'INTERNET'] }], LOCK_TABLE], findings: ['network_type_acl'] },
    ],
    notApplicable: [
      { name: 'no lock table in the instance', resources: [['alicloud_ots_instance', 'data', { name: 'data0' }], ['alicloud_ots_table', 't', { instance_name: 'data0', primary_key: [{ name: 'id', type: 'Integer' }] }]] },
    ],
  },
  'ALI-OSS-001': {
    compliant: [
      { name: 'inline versioning Enabled', resources: [GOOD_BUCKET], blocks: oss() },
      {
        name: 'alicloud_oss_bucket_versioning by reference',
        resources: [bucket({ versioning: undefined }), ['alicloud_oss_bucket_versioning', 'v', { bucket: '${alicloud_oss_bucket.state.bucket}', status: 'Enabled' }]],
        blocks: oss(),
      },
      {
        name: 'alicloud_oss_bucket_versioning by literal name, lowercase status',
        resources: [bucket({ versioning: undefined }), ['alicloud_oss_bucket_versioning', 'v', { bucket: 'acme-tfstate', status: 'enabled' }]],
        blocks: oss(),
      },
      { name: 'bucket named by an oss remote-state source', resources: [GOOD_BUCKET], blocks: { data: { terraform_remote_state: { net: { backend: 'oss', config: { bucket: 'acme-tfstate' } } } } } },
    ],
    nonCompliant: [
      { name: 'no versioning', resources: [bucket({ versioning: undefined })], blocks: oss(), findings: ['versioning'] },
      { name: 'inline versioning Suspended', resources: [bucket({ versioning: { status: 'Suspended' } })], blocks: oss(), findings: ['versioning'] },
      {
        name: 'separate resource Suspended overrides inline Enabled',
        resources: [GOOD_BUCKET, ['alicloud_oss_bucket_versioning', 'v', { bucket: '${alicloud_oss_bucket.state.id}', status: 'Suspended' }]],
        blocks: oss(),
        findings: ['versioning'],
      },
      {
        name: 'state bucket read through an oss remote-state source, no versioning',
        resources: [bucket({ versioning: undefined })],
        blocks: { data: { terraform_remote_state: { net: { backend: 'oss', config: { bucket: 'acme-tfstate' } } } } },
        findings: ['versioning'],
      },
    ],
    notApplicable: [{ name: 'not a state bucket', resources: [bucket({ bucket: 'other', versioning: undefined })], blocks: oss() }],
  },
  'ALI-OSS-002': {
    compliant: [
      { name: 'inline SSE-KMS with a customer key', resources: [GOOD_BUCKET], blocks: oss() },
      {
        name: 'alicloud_oss_bucket_server_side_encryption with a customer key',
        resources: [bucket({ server_side_encryption_rule: undefined }), ['alicloud_oss_bucket_server_side_encryption', 'e', { bucket: '${alicloud_oss_bucket.state.bucket}', sse_algorithm: 'KMS', kms_master_key_id: KEY }]],
        blocks: oss(),
      },
    ],
    nonCompliant: [
      { name: 'no default encryption', resources: [bucket({ server_side_encryption_rule: undefined })], blocks: oss(), findings: ['server_side_encryption_rule'] },
      { name: 'AES256 (OSS-managed)', resources: [bucket({ server_side_encryption_rule: { sse_algorithm: 'AES256' } })], blocks: oss(), findings: ['server_side_encryption_rule'] },
      { name: 'KMS with the service key (no kms_master_key_id)', resources: [bucket({ server_side_encryption_rule: [{ sse_algorithm: 'KMS' }] })], blocks: oss(), findings: ['server_side_encryption_rule'] },
      {
        name: 'separate resource with SM4 (service-managed)',
        resources: [bucket({ server_side_encryption_rule: undefined }), ['alicloud_oss_bucket_server_side_encryption', 'e', { bucket: 'acme-tfstate', sse_algorithm: 'SM4' }]],
        blocks: oss(),
        findings: ['server_side_encryption_rule'],
      },
    ],
    notApplicable: [{ name: 'not a state bucket', resources: [bucket({ bucket: 'other', server_side_encryption_rule: undefined })], blocks: oss() }],
  },
  'ALI-OSS-003': {
    compliant: [{ name: 'prevent_destroy', resources: [GOOD_BUCKET], blocks: oss() }],
    nonCompliant: [
      { name: 'no lifecycle', resources: [bucket({ lifecycle: undefined })], blocks: oss(), findings: ['prevent_destroy'] },
      { name: 'prevent_destroy = "false"', resources: [bucket({ lifecycle: { prevent_destroy: 'false' } })], blocks: oss(), findings: ['prevent_destroy'] },
    ],
    notApplicable: [{ name: 'no backend in the document', resources: [bucket({ lifecycle: undefined })] }],
  },
  'ALI-SEC-001': {
    compliant: [{ name: 'customer key', resources: [['alicloud_kms_secret', 's', { secret_name: 'db', secret_data: 'x', version_id: 'v1', encryption_key_id: KEY }]] }],
    nonCompliant: [
      { name: 'no encryption_key_id', resources: [['alicloud_kms_secret', 's', { secret_name: 'db', secret_data: 'x', version_id: 'v1' }]], findings: ['encryption_key_id'] },
      { name: 'empty encryption_key_id', resources: [['alicloud_kms_secret', 's', { secret_name: 'db', secret_data: 'x', version_id: 'v1', encryption_key_id: '' }]], findings: ['encryption_key_id'] },
    ],
  },
  'ALI-SEC-002': {
    compliant: [
      { name: 'Rds secret rotating every 30 days', resources: [['alicloud_kms_secret', 's', { secret_type: 'Rds', enable_automatic_rotation: true, rotation_interval: '30d', encryption_key_id: KEY }]] },
      { name: 'rotation as a string "true"', resources: [['alicloud_kms_secret', 's', { secret_type: 'ECS', enable_automatic_rotation: 'true', rotation_interval: '7d' }]] },
    ],
    nonCompliant: [
      { name: 'RAMCredentials without rotation', resources: [['alicloud_kms_secret', 's', { secret_type: 'RAMCredentials' }]], findings: ['enable_automatic_rotation'] },
      { name: 'Redis with rotation "false"', resources: [['alicloud_kms_secret', 's', { secret_type: 'Redis', enable_automatic_rotation: 'false' }]], findings: ['enable_automatic_rotation'] },
    ],
    notApplicable: [
      { name: 'Generic secret', resources: [['alicloud_kms_secret', 's', { secret_type: 'Generic' }]] },
      { name: 'no secret_type (Generic)', resources: [['alicloud_kms_secret', 's', {}]] },
    ],
  },
  'ALI-SEC-003': {
    compliant: [
      { name: 'sensitive variable', resources: [['alicloud_kms_secret', 's', { secret_data: '${var.db_password}' }]] },
      { name: 'another resource\'s attribute', resources: [['alicloud_kms_secret', 's', { secret_data: '${random_password.db.result}' }]] },
    ],
    nonCompliant: [
      { name: 'literal value', resources: [['alicloud_kms_secret', 's', { secret_data: 'hunter2' }]], findings: ['secret_data'] },
      { name: 'literal JSON', resources: [['alicloud_kms_secret', 's', { secret_data: '{"password":"x"}' }]], findings: ['secret_data'] },
    ],
  },
};
