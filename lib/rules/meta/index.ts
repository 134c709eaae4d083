export * from './unknown-acknowledgement';
