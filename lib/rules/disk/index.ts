export * from './encrypted';
export * from './customer-key';
export * from './snapshot-policy';
export * from './keep-snapshots';
