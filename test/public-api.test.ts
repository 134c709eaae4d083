import * as lib from '../lib';
import * as compute from '../lib/compute';
import * as core from '../lib/core';
import * as identity from '../lib/identity';
import * as images from '../lib/images';
import * as loadbalancing from '../lib/loadbalancing';
import * as network from '../lib/network';
import * as rulePack from '../lib/rules';
import * as secrets from '../lib/secrets';
import * as state from '../lib/state';
import * as storage from '../lib/storage';

describe('public API', () => {
  const modules = {
    lib, core, network, storage, identity, compute, images, loadbalancing, rules: rulePack, state, secrets,
  } as Record<string, Record<string, unknown>>;

  test.each(Object.keys(modules))('%s exports no internal helper or limit constant', (name) => {
    const keys = Object.keys(modules[name]);
    for (const internal of ['checkOptOut', 'recordOptOut', 'optOutsOf', 'checkReason', 'writeAcknowledgements', 'checkTags', 'checkDescription',
      'Check', 'isToken', 'validatePeer', 'applyAcknowledgements', 'defineRule', 'OPT_OUT_RULES', 'OPT_OUT_PATTERNS', 'rulesForOptOut',
      'ADMIN_PORTS', 'DATABASE_PORTS', 'encodeUserData', 'findSecretsInUserData', 'DISK_SIZE_LIMITS', 'ENCRYPTION_KEY_LIMITS', 'SNAPSHOT_POLICY_LIMITS',
      'imageIdOf', 'IMAGE_NAME_RULES', 'IMAGE_PIPELINE_LIMITS', 'SNAPSHOT_LIMITS', 'checkRegion', 'checkImageId', 'checkKey']) {
      expect(keys).not.toContain(internal);
    }
    expect(keys.filter((k) => /^(MAX|MIN)_|_MAX_|_LIMITS$/.test(k) && k !== 'PLATFORM_LIMITS')).toEqual([]);
  });

  test.each(['lib', 'state', 'secrets'])('%s keeps the state and secret helpers internal', (name) => {
    const keys = Object.keys(modules[name]);
    for (const internal of ['STATE_LIMITS', 'PUBLIC_OBJECT_ACLS', 'REFUSED_BACKEND_SETTINGS', 'STATE_BUCKET_TLS_VERSIONS', 'secureTransportPolicy',
      'checkBucketName', 'checkOtsInstanceName', 'checkOtsTableName', 'checkRegion', 'checkKeyPath', 'checkHttpsEndpoint', 'checkOssEndpoint',
      'METADATA_ENDPOINT', 'METADATA_TOKEN_TTL_SECONDS', 'SECRET_NAME_PATTERN', 'resourcesWithBackend', 'backendResources', 'BACKEND_RESOURCE_TYPE']) {
      expect(keys).not.toContain(internal);
    }
    if (name !== 'secrets') expect(keys).toEqual(expect.arrayContaining(['StateBackendBootstrap', 'HardenedOssBackend', 'tablestoreEndpointOf']));
    if (name !== 'state') expect(keys).toEqual(expect.arrayContaining(['InstanceSecret', 'SecretType', 'secretBootScript']));
  });

  test('limits, ports and principals have one public home: the control catalogue', () => {
    expect(lib.PLATFORM_LIMITS.maxTags).toBe(20);
    expect(lib.SENSITIVE_PORTS.map((p) => p.port)).toContain(445);
    expect(lib.ECS_SERVICE_PRINCIPAL).toBe('ecs.aliyuncs.com');
    expect(Object.keys(lib.rules)).not.toContain('ADMIN_PORTS');
    expect(Object.values(lib.rules)).toEqual(expect.arrayContaining([...lib.HARDENING_RULES]));
  });

  test('the fleet constructs are exported by name; their limits and shared helpers are not', () => {
    for (const name of ['SecureLaunchTemplate', 'SecureScalingGroup', 'HttpsLoadBalancer', 'MultiAzPolicy', 'TargetTrackingMetric', 'ALB_TLS_VERSIONS']) {
      expect(Object.keys(lib)).toContain(name);
    }
    expect(Object.keys(compute)).toEqual(expect.arrayContaining(['SecureLaunchTemplate', 'SecureScalingGroup']));
    expect(Object.keys(loadbalancing)).toContain('HttpsLoadBalancer');
    for (const internal of ['checkLaunchBasics', 'checkSystemDisk', 'grantableRole', 'SCALING_GROUP_SIZE_LIMITS', 'MIN_INSTANCE_LIFETIME_SECONDS',
      'launchSourceOf', 'albRulesOf', 'LAUNCH_TEMPLATE_TYPES']) {
      expect(Object.keys(lib)).not.toContain(internal);
      expect(Object.keys(lib.rules)).not.toContain(internal);
    }
    expect(lib.ALB_TLS_VERSIONS).toEqual(['TLSv1.2', 'TLSv1.3']);
  });

  test('the image constructs are public by name, from the entry point and lib/images', () => {
    for (const name of ['EncryptedImage', 'EncryptedSnapshot', 'MachineImage', 'LookedUpMachineImage', 'HardenedImagePipeline']) {
      expect(typeof (lib as Record<string, unknown>)[name]).toBe('function');
      expect((images as Record<string, unknown>)[name]).toBe((lib as Record<string, unknown>)[name]);
    }
    expect(lib.PLATFORM_LIMITS.maxImagePipelineSystemDiskGiB).toBe(500);
  });
});
