export * from './eip-association';
export * from './nat-dnat-admin-ports';
