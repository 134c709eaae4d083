export * from './flow-log';
