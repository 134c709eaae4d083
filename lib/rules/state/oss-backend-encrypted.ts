import { BACKEND_RESOURCE_TYPE } from './backend';
import { defineRule, violation } from '../rule';
import { isTrue, show } from '../values';

/** ALI-STATE-001: an `oss` backend writes state with server-side encryption (`encrypt = true`). */
export const ossBackendEncrypted = defineRule({
  id: 'ALI-STATE-001',
  name: 'OssBackendEncrypted',
  level: 'error',
  title: 'The oss backend encrypts the state it writes (encrypt = true; the backend default is false)',
  controls: [
    'Ensure data security (https://www.alibabacloud.com/help/en/ecs/data-security): encrypt data at rest',
    'Terraform oss backend: encrypt defaults to false',
  ],
  fixHint: 'Use HardenedOssBackend (encrypt = true, acl = "private"), or set encrypt = true in the backend "oss" block; the customer key comes from the bucket default encryption (StateBackendBootstrap).',
  acknowledgeable: false,
  resourceTypes: [BACKEND_RESOURCE_TYPE],
}, ({ name, body }) => {
  if (name !== 'oss') return 'not-applicable';
  return isTrue(body.encrypt) ? [] : violation(`encrypt is ${show(body.encrypt)}: state objects are written without server-side encryption`, 'encrypt');
});
