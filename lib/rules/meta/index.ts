export * from './acknowledgement-records';
