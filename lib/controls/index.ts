/**
 * The control catalogue: rule metadata, sensitive ports, platform limits, trusted principals and
 * the meaning of every construct opt-out. Data only; one source of truth for constructs, rules,
 * tests and docs.
 */
export { ControlReference, ReferenceSource, ECS_DATA_SECURITY, ECS_SHARED_RESPONSIBILITY, renderReference } from './references';
export { ControlLevel, RuleControl, RULE_CATALOGUE, ruleControl } from './rules';
export { SensitivePort, SensitivePortCategory, SENSITIVE_PORTS, sensitivePortsIn, portFinding } from './ports';
export { PLATFORM_LIMITS, PlatformLimit, LIMIT_SOURCES } from './limits';
export { ECS_SERVICE_PRINCIPAL } from './principals';
export { OptOutControl, OptOutWaiver, OPT_OUT_CATALOGUE, optOutControl } from './opt-outs';
export { statementSid, statementFinding, dataDiskFinding } from './findings';
