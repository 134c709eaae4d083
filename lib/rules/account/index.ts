export * from './encryption-by-default';
