export * from './no-plain-http';
export * from './tls-policy';
