export * from './inner-policy-drop';
export * from './no-internet-admin-ports';
export * from './no-all-traffic-internet-ingress';
export * from './egress-not-wide-open';
export * from './descriptions';
