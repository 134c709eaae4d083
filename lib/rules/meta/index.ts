export * from './unknown-acknowledgement';
export * from './acknowledgement-records';
