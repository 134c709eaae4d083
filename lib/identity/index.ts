// Public API of the identity constructs (RAM policies, instance roles, grants, guardrails).
export { Condition, ConditionKeys, ConditionValue, KNOWN_CONDITION_OPERATORS, PolicyConditions } from './conditions';
export { Effect, PolicyStatement, PolicyStatementJson, PolicyStatementProps } from './policy-statement';
export { PolicyDocument, PolicyDocumentJson, PolicyDocumentProps } from './policy-document';
export { Grant, GrantOnPrincipalOptions, IGrantable } from './grant';
export { IRoleName, LeastPrivilegeRamPolicy, LeastPrivilegeRamPolicyProps } from './least-privilege-ram-policy';
export { ECS_TRUST_POLICY, IInstanceRole, InstanceRole, InstanceRoleAttributes, InstanceRoleProps } from './instance-role';
export { GuardrailPolicies, GuardrailPolicyProps, GuardrailStatements } from './guardrails';
