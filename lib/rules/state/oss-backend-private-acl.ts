import { BACKEND_RESOURCE_TYPE } from './backend';
import { PUBLIC_OBJECT_ACLS } from '../../state/names';
import { defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

/** ALI-STATE-002: an `oss` backend never writes state with a public object ACL. */
export const ossBackendPrivateAcl = defineRule({
  id: 'ALI-STATE-002',
  name: 'OssBackendPrivateAcl',
  level: 'error',
  title: 'The oss backend writes state objects private (acl not public-read / public-read-write)',
  controls: [
    'Shared security responsibility model of ECS (https://www.alibabacloud.com/help/en/ecs/ecs-shared-responsibility-model): access control of customer data',
    'checkov CKV_ALI_1 (OSS data not publicly accessible), applied to state objects',
  ],
  fixHint: 'Remove acl or set acl = "private" (HardenedOssBackend always does): state holds secrets of every resource it manages.',
  acknowledgeable: false,
  resourceTypes: [BACKEND_RESOURCE_TYPE],
}, ({ name, body }) => {
  if (name !== 'oss') return 'not-applicable';
  const acl = body.acl;
  if (typeof acl === 'string' && !isExpression(acl) && PUBLIC_OBJECT_ACLS.includes(acl.trim().toLowerCase())) {
    return violation(`acl is ${show(acl)}: anyone can read the state`, 'acl');
  }
  return [];
});
