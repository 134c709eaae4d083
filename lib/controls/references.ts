/**
 * Public sources the control catalogue cites: Alibaba Cloud documentation, CIS Alibaba Cloud
 * Foundations Benchmark recommendations, InfraGuard (Alibaba Cloud Config) rule ids, checkov and
 * KICS ids.
 */

/** The kind of public source a control reference points to. */
export type ReferenceSource = 'Alibaba Cloud documentation' | 'Terraform documentation' | 'CIS Alibaba Cloud Foundations v2' | 'InfraGuard' | 'checkov' | 'KICS' | 'cdk-nag' | 'provider';

/** One public reference of a control. */
export interface ControlReference {
  /** Where the reference comes from. */
  readonly source: ReferenceSource;
  /** The id in that source (a CIS recommendation number, an InfraGuard rule id, a checkov id) or a document title. */
  readonly id: string;
  /**
   * The public URL.
   *
   * @default - none (ids of rule sets are looked up in the tool)
   */
  readonly url?: string;
  /**
   * What the reference covers or how it differs from this rule.
   *
   * @default - none
   */
  readonly note?: string;
}

/** "Shared security responsibility model of ECS". */
export const ECS_SHARED_RESPONSIBILITY = Object.freeze({
  title: 'Shared security responsibility model of ECS',
  url: 'https://www.alibabacloud.com/help/en/ecs/ecs-shared-responsibility-model',
});

/** "Ensure data security" (ECS data security: integrity, encryption, backup). */
export const ECS_DATA_SECURITY = Object.freeze({
  title: 'Ensure data security',
  url: 'https://www.alibabacloud.com/help/en/ecs/data-security',
});

/** ECS "Access instance metadata in security hardening mode" (token-only metadata, `HttpTokens=required`). */
export const ECS_METADATA_HARDENING = Object.freeze({
  title: 'Access instance metadata in security hardening mode',
  url: 'https://www.alibabacloud.com/help/en/ecs/user-guide/access-instance-metadata-using-hardened-only-mode',
});

/** Auto Scaling "SetGroupDeletionProtection" (scaling group deletion protection; default false). */
export const ESS_GROUP_DELETION_PROTECTION = Object.freeze({
  title: 'Auto Scaling SetGroupDeletionProtection',
  url: 'https://www.alibabacloud.com/help/en/auto-scaling/developer-reference/api-ess-2014-08-28-setgroupdeletionprotection',
});

/** Application Load Balancer "TLS security policies" (system policies and their TLS versions). */
export const ALB_TLS_SECURITY_POLICIES = Object.freeze({
  title: 'ALB TLS security policies',
  url: 'https://www.alibabacloud.com/help/en/slb/application-load-balancer/user-guide/tls-security-policies',
});

/** KMS "Overview" of secret management (secret types, encryption with a KMS key, rotation). */
export const KMS_SECRETS_MANAGER = Object.freeze({
  title: 'Key Management Service: Overview (secret management)',
  url: 'https://www.alibabacloud.com/help/en/kms/user-guide/secret-management-overview',
});

/** Tablestore "Endpoints": the VPC, classic-network and internet endpoints of an instance. */
export const TABLESTORE_NETWORK = Object.freeze({
  title: 'Tablestore endpoints (network types of an instance)',
  url: 'https://www.alibabacloud.com/help/en/tablestore/user-guide/endpoints',
});

/** Terraform's `oss` backend (state in OSS, locking in Tablestore). */
export const TERRAFORM_OSS_BACKEND = Object.freeze({
  title: 'Terraform backend block: oss',
  url: 'https://developer.hashicorp.com/terraform/language/backend/oss',
});

/** A reference to an Alibaba Cloud document (the two ECS security documents or one above), naming the topic it covers. */
export function doc(document: { readonly title: string; readonly url: string }, topic: string): ControlReference {
  return Object.freeze({ source: 'Alibaba Cloud documentation', id: document.title, url: document.url, note: topic });
}

/** A reference to a Terraform document ({@link TERRAFORM_OSS_BACKEND}), naming the topic it covers. */
export function terraformDoc(document: { readonly title: string; readonly url: string }, topic: string): ControlReference {
  return Object.freeze({ source: 'Terraform documentation', id: document.title, url: document.url, note: topic });
}

/** A CIS Alibaba Cloud Foundations Benchmark v2 recommendation. */
export function cis(id: string, note?: string): ControlReference {
  return Object.freeze({ source: 'CIS Alibaba Cloud Foundations v2', id, ...(note ? { note } : {}) });
}

/** An InfraGuard / Cloud Config managed rule id. */
export function infraGuard(id: string, note?: string): ControlReference {
  return Object.freeze({ source: 'InfraGuard', id, ...(note ? { note } : {}) });
}

/** A checkov check id. */
export function checkov(id: string, note?: string): ControlReference {
  return Object.freeze({ source: 'checkov', id, ...(note ? { note } : {}) });
}

/** A KICS query id. */
export function kics(id: string, note?: string): ControlReference {
  return Object.freeze({ source: 'KICS', id, ...(note ? { note } : {}) });
}

/** A one-line rendering of a reference, e.g. `CIS Alibaba Cloud Foundations v2 4.2` or `InfraGuard ecs-instance-no-public-ip`. */
export function renderReference(ref: ControlReference): string {
  const head = ref.source === 'Alibaba Cloud documentation' || ref.source === 'Terraform documentation' ? `"${ref.id}"` : `${ref.source} ${ref.id}`;
  const note = ref.note ? ` (${ref.note})` : '';
  return `${head}${note}${ref.url ? ` ${ref.url}` : ''}`;
}
