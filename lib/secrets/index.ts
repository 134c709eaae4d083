export * from './boot-script';
export * from './instance-secret';
