import { PUBLIC_OBJECT_ACLS } from '../../controls/oss';
import { defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

/** ALI-STATE-002: an `oss` backend never writes state with a public object ACL. */
export const ossBackendPrivateAcl = defineRule('ALI-STATE-002', ({ name, body }) => {
  if (name !== 'oss') return 'not-applicable';
  const acl = body.acl;
  if (typeof acl === 'string' && !isExpression(acl) && PUBLIC_OBJECT_ACLS.includes(acl.trim().toLowerCase())) {
    return violation(`acl is ${show(acl)}: anyone can read the state`, 'acl');
  }
  return [];
});
