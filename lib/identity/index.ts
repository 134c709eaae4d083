// Public API of the identity constructs (RAM policies, instance roles, grants, guardrails).
export * from './conditions';
export * from './policy-statement';
export * from './policy-document';
export * from './grant';
export * from './least-privilege-ram-policy';
export * from './instance-role';
export * from './guardrails';
