export * from './no-admin-access';
export * from './no-user-attachments';
export * from './secure-transport';
export * from './instance-role-trust';
