/**
 * The control catalogue: rule metadata, sensitive ports, ALB TLS policies, platform limits, trusted principals and
 * the meaning of every construct opt-out. Data only; one source of truth for constructs, rules,
 * tests and docs.
 */
export {
  ALB_TLS_SECURITY_POLICIES, ControlReference, ReferenceSource, ECS_DATA_SECURITY, ECS_METADATA_HARDENING, ECS_SHARED_RESPONSIBILITY,
  ESS_GROUP_DELETION_PROTECTION, renderReference,
} from './references';
export { ControlLevel, RuleControl, RULE_CATALOGUE, ruleControl } from './rules';
export { SensitivePort, SensitivePortCategory, SENSITIVE_PORTS, sensitivePortsIn, portFinding } from './ports';
export { PLATFORM_LIMITS, PlatformLimit, LIMIT_SOURCES } from './limits';
export { ALB_STRONG_CIPHERS, ALB_TLS_VERSIONS, ALB_TLS12_SYSTEM_POLICIES, ALB_WEAK_TLS_VERSIONS } from './tls';
export { ADMIN_EQUIVALENT_SERVICES, ADMIN_SYSTEM_POLICIES, ECS_SERVICE_PRINCIPAL } from './principals';
export { OptOutControl, OptOutWaiver, OPT_OUT_CATALOGUE, optOutControl } from './opt-outs';
export { statementSid, statementFinding, dataDiskFinding } from './findings';
