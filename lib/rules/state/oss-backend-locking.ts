import { BACKEND_RESOURCE_TYPE } from './backend';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { isSet, show } from '../values';

/** ALI-STATE-003: an `oss` backend locks state in a Tablestore table. */
export const ossBackendLocking = defineRule({
  id: 'ALI-STATE-003',
  name: 'OssBackendLocking',
  level: 'warning',
  title: 'The oss backend locks state (tablestore_endpoint and tablestore_table are set)',
  controls: ['Terraform oss backend: locking needs a Tablestore table with primary key LockID (String)'],
  fixHint: 'Set tablestore_endpoint and tablestore_table to the lock table of StateBackendBootstrap (HardenedOssBackend requires them).',
  acknowledgeable: false,
  resourceTypes: [BACKEND_RESOURCE_TYPE],
}, ({ name, body }) => {
  if (name !== 'oss') return 'not-applicable';
  const out: RuleViolation[] = [];
  for (const attr of ['tablestore_table', 'tablestore_endpoint']) {
    if (!isSet(body[attr])) out.push({ finding: attr, message: `${attr} is ${show(body[attr])}: concurrent runs can overwrite each other's state` });
  }
  return out;
});
