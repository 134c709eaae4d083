import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { isSet, show } from '../values';

/** ALI-STATE-003: an `oss` backend locks state in a Tablestore table. */
export const ossBackendLocking = defineRule('ALI-STATE-003', ({ name, body }) => {
  if (name !== 'oss') return 'not-applicable';
  const out: RuleViolation[] = [];
  for (const attr of ['tablestore_table', 'tablestore_endpoint']) {
    if (!isSet(body[attr])) out.push({ finding: attr, message: `${attr} is ${show(body[attr])}: concurrent runs can overwrite each other's state` });
  }
  return out;
});
