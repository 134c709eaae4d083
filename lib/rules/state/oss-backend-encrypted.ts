import { defineRule, violation } from '../rule';
import { isTrue, show } from '../values';

/** ALI-STATE-001: an `oss` backend writes state with server-side encryption (`encrypt = true`). */
export const ossBackendEncrypted = defineRule('ALI-STATE-001', ({ name, body }) => {
  if (name !== 'oss') return 'not-applicable';
  return isTrue(body.encrypt) ? [] : violation(`encrypt is ${show(body.encrypt)}: state objects are written without server-side encryption`, 'encrypt');
});
