/** Secrets for instances: KMS secrets with a customer key, read at boot with the instance role (never an AccessKey). */
export { SecretBootScriptOptions, secretBootScript } from './boot-script';
export {
  IInstanceSecret, InstanceSecret, InstanceSecretProps, SECRET_KEY_READ_ACTIONS, SECRET_READ_ACTIONS, SecretType,
} from './instance-secret';
