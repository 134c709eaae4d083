import {
  AdjustmentType, HealthCheckType, HttpsLoadBalancer, MultiAzPolicy, OptOut, Port, RemovalPolicy, SecureLaunchTemplate,
  SecureScalingGroup, SecureScalingGroupProps, TargetTrackingMetric, evaluateTerraformJson,
} from '../../lib';
import { TerraformStack, TerraformVariable } from '../../lib/cdktf';
import { expectValidationError, onlyResource, optOutIds, resourcesOf, synthJson, synthWithMetadata, testStack, warningIds } from '../util';

const REF = (type: string, id: string, attr = 'id') => expect.stringMatching(new RegExp(`^\\$\\{${type}\\.${id}_[0-9A-F]+\\.${attr}\\}$`));

function template(stack: TerraformStack, id = 'lt', props: Partial<ConstructorParameters<typeof SecureLaunchTemplate>[2]> = {}): SecureLaunchTemplate {
  return new SecureLaunchTemplate(stack, id, { vpcId: 'vpc-1', imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd', instanceType: 'ecs.g7.large', ...props });
}
function base(stack: TerraformStack): SecureScalingGroupProps {
  return { launchTemplate: template(stack), vswitchIds: ['vsw-a', 'vsw-b'], minSize: 2, maxSize: 4 };
}

describe('SecureScalingGroup defaults', () => {
  test('every hardened default on the alicloud_ess_scaling_group', () => {
    const stack = testStack();
    new SecureScalingGroup(stack, 'web', base(stack));
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_ess_scaling_group')).toEqual({
      scaling_group_name: 'test-web',
      min_size: 2,
      max_size: 4,
      default_cooldown: 300,
      launch_template_id: REF('alicloud_ecs_launch_template', 'lt'),
      launch_template_version: REF('alicloud_ecs_launch_template', 'lt', 'latest_version_number'),
      vswitch_ids: ['vsw-a', 'vsw-b'],
      multi_az_policy: 'BALANCE',
      group_deletion_protection: true,
      health_check_types: ['ECS'],
      removal_policies: ['OldestScalingConfiguration', 'OldestInstance'],
      max_instance_lifetime: 30 * 86400,
    });
    expect(optOutIds(stack)).toEqual([]);
    // The rule pack passes what the construct builds.
    const result = evaluateTerraformJson(json);
    expect(result.summary.errors).toBe(0);
    expect(result.summary.warnings).toBe(0);
  });

  test('ALB attachment adds the LOAD_BALANCER health check; connections allow HTTPS from the load balancer only', () => {
    const stack = testStack();
    const group = new SecureScalingGroup(stack, 'web', base(stack));
    const alb = new HttpsLoadBalancer(stack, 'alb', {
      vpcId: 'vpc-1',
      zones: [{ vswitchId: 'vsw-a', zoneId: 'cn-hangzhou-h' }, { vswitchId: 'vsw-b', zoneId: 'cn-hangzhou-i' }],
      certificateId: '1234567-cn-hangzhou',
      accessLogs: { logProject: 'logs', logStore: 'alb' },
    });
    group.attachToAlbServerGroup(alb.serverGroup, { port: 443 });
    alb.connections.allowTo(group, Port.HTTPS);
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_ess_scaling_group').health_check_types).toEqual(['ECS', 'LOAD_BALANCER']);
    expect(onlyResource(json, 'alicloud_ess_alb_server_group_attachment')).toEqual({
      scaling_group_id: REF('alicloud_ess_scaling_group', 'web'),
      alb_server_group_id: REF('alicloud_alb_server_group', 'alb_ServerGroup'),
      port: 443,
      weight: 100,
      force_attach: true,
    });
    const ingress = Object.values<any>(resourcesOf(json, 'alicloud_security_group_rule'))
      .filter((r) => r.type === 'ingress' && r.port_range === '443/443' && r.source_security_group_id);
    expect(ingress).toHaveLength(1);
    expect(ingress[0].security_group_id).toEqual(REF('alicloud_security_group', 'lt_SecurityGroup'));
    expect(ingress[0].source_security_group_id).toEqual(REF('alicloud_security_group', 'alb_SecurityGroup'));
  });

  test('scaling rules and lifecycle hooks', () => {
    const stack = testStack();
    const group = new SecureScalingGroup(stack, 'web', base(stack));
    group.addTargetTrackingRule('cpu', { metric: TargetTrackingMetric.CPU_UTILIZATION, targetValue: 60 });
    group.addSimpleScalingRule('add', { adjustmentType: AdjustmentType.CHANGE_IN_CAPACITY, adjustmentValue: -1, cooldown: 60 });
    group.addLifecycleHook('boot', { transition: 'SCALE_OUT' });
    group.addLifecycleHook('drain', { transition: 'SCALE_IN', heartbeatTimeout: 120 });
    const json = synthJson(stack);
    expect(Object.values<any>(resourcesOf(json, 'alicloud_ess_scaling_rule'))).toEqual(expect.arrayContaining([
      expect.objectContaining({ scaling_rule_type: 'TargetTrackingScalingRule', metric_name: 'CpuUtilization', target_value: 60 }),
      expect.objectContaining({ scaling_rule_type: 'SimpleScalingRule', adjustment_type: 'QuantityChangeInCapacity', adjustment_value: -1, cooldown: 60 }),
    ]));
    expect(Object.values<any>(resourcesOf(json, 'alicloud_ess_lifecycle_hook')).map((h) => [h.lifecycle_transition, h.default_result, h.heartbeat_timeout]))
      .toEqual([['SCALE_OUT', 'ABANDON', 600], ['SCALE_IN', 'CONTINUE', 120]]);
  });

  test('opt-outs are recorded on the group and acknowledge their rules', () => {
    const stack = testStack();
    const lt = template(stack, 'legacy', { allowMetadataWithoutToken: OptOut.because('old agent needs normal mode') });
    new SecureScalingGroup(stack, 'web', {
      launchTemplate: lt,
      vswitchIds: ['${alicloud_vswitch.a.id}'],
      minSize: 0,
      maxSize: 1,
      singleZone: OptOut.because('GPU quota exists in one zone only'),
      disableDeletionProtection: OptOut.because('ephemeral load-test fleet'),
    });
    const json = synthWithMetadata(stack);
    expect(optOutIds(stack).sort()).toEqual([
      'SecureLaunchTemplate.MetadataWithoutToken', 'SecureScalingGroup.DeletionProtection', 'SecureScalingGroup.MetadataWithoutToken', 'SecureScalingGroup.SingleZone',
    ]);
    const result = evaluateTerraformJson(json);
    expect(result.summary.errors).toBe(0);
    expect(result.summary.acknowledged).toBe(4);
  });

  test('given options and tokens', () => {
    const stack = testStack();
    const min = new TerraformVariable(stack, 'min', { type: 'number' });
    const ids = new TerraformVariable(stack, 'ids', { type: 'list(string)' });
    new SecureScalingGroup(stack, 'web', {
      ...base(stack),
      minSize: min.numberValue,
      vswitchIds: ids.listValue,
      multiAzPolicy: MultiAzPolicy.PRIORITY,
      launchTemplateVersion: 'Latest',
      healthCheckTypes: [HealthCheckType.ECS],
      removalPolicies: [RemovalPolicy.NEWEST_INSTANCE],
      maxInstanceLifetimeDays: 7,
      instanceTypeOverrides: ['ecs.g7.xlarge'],
      desiredCapacity: 3,
    });
    const g = onlyResource(synthJson(stack), 'alicloud_ess_scaling_group');
    expect(g).toMatchObject({
      min_size: '${var.min}',
      vswitch_ids: '${var.ids}',
      multi_az_policy: 'PRIORITY',
      launch_template_version: 'Latest',
      removal_policies: ['NewestInstance'],
      max_instance_lifetime: 604800,
      launch_template_override: [{ instance_type: 'ecs.g7.xlarge' }],
      desired_capacity: 3,
    });
  });

  test('rolling update: an instance refresh per template version, skipping matching instances', () => {
    const stack = testStack();
    new SecureScalingGroup(stack, 'web', { ...base(stack), rollingUpdate: { minHealthyPercentage: 90 } });
    const refresh = onlyResource(synthJson(stack), 'alicloud_ess_instance_refresh');
    expect(refresh).toEqual({
      scaling_group_id: REF('alicloud_ess_scaling_group', 'web'),
      desired_configuration_launch_template_id: REF('alicloud_ecs_launch_template', 'lt'),
      desired_configuration_launch_template_version: REF('alicloud_ecs_launch_template', 'lt', 'latest_version_number'),
      min_healthy_percentage: 90,
      max_healthy_percentage: 150,
      skip_matching: true,
      depends_on: [expect.stringMatching(/^alicloud_ess_scaling_group\.web_[0-9A-F]+$/)],
    });
    const lt2 = template(stack, 'lt2');
    expectValidationError(() => new SecureScalingGroup(stack, 'pinned', { launchTemplate: lt2, vswitchIds: ['a', 'b'], minSize: 0, maxSize: 1, launchTemplateVersion: 'Latest', rollingUpdate: {} }),
      { code: 'SecureScalingGroup.RollingUpdateNeedsLatest', property: 'launchTemplateVersion' });
    expectValidationError(() => new SecureScalingGroup(stack, 'bad', { launchTemplate: lt2, vswitchIds: ['a', 'b'], minSize: 0, maxSize: 1, rollingUpdate: { maxHealthyPercentage: 250 } }),
      { code: 'SecureScalingGroup.OutOfRange', property: 'rollingUpdate.maxHealthyPercentage' });
  });

  test('a pinned version number is warned about', () => {
    const stack = testStack();
    new SecureScalingGroup(stack, 'web', { ...base(stack), launchTemplateVersion: '3' });
    expect(warningIds(stack)).toContain('SecureScalingGroup.PinnedOldVersion');
  });
});

describe('SecureScalingGroup bad input', () => {
  const cases: Array<[string, Record<string, unknown>, string, string]> = [
    ['min > max', { minSize: 5, maxSize: 2 }, 'SecureScalingGroup.MinAboveMax', 'minSize'],
    ['desired below min', { desiredCapacity: 1 }, 'SecureScalingGroup.DesiredOutOfRange', 'desiredCapacity'],
    ['desired above max', { desiredCapacity: 9 }, 'SecureScalingGroup.DesiredOutOfRange', 'desiredCapacity'],
    ['max above 2000', { maxSize: 2001 }, 'SecureScalingGroup.OutOfRange', 'maxSize'],
    ['fractional min', { minSize: 1.5 }, 'SecureScalingGroup.OutOfRange', 'minSize'],
    ['one vSwitch without opt-out', { vswitchIds: ['vsw-a'] }, 'SecureScalingGroup.SingleZone', 'vswitchIds'],
    ['single-zone opt-out with two vSwitches', { singleZone: OptOut.because('only one zone has quota') }, 'SecureScalingGroup.SingleZoneConflict', 'singleZone'],
    ['duplicate vSwitch', { vswitchIds: ['vsw-a', 'vsw-a'] }, 'SecureScalingGroup.DuplicateVswitch', 'vswitchIds'],
    ['unknown multi_az_policy', { multiAzPolicy: 'EVEN' }, 'SecureScalingGroup.NotAllowed', 'multiAzPolicy'],
    ['unknown health check', { healthCheckTypes: ['NONE'] }, 'SecureScalingGroup.NotAllowed', 'healthCheckTypes[0]'],
    ['no health check', { healthCheckTypes: [] }, 'SecureScalingGroup.NoHealthCheck', 'healthCheckTypes'],
    ['three removal policies', { removalPolicies: ['OldestInstance', 'NewestInstance', 'OldestInstance'] }, 'SecureScalingGroup.InvalidRemovalPolicies', 'removalPolicies'],
    ['lifetime 0 days', { maxInstanceLifetimeDays: 0 }, 'SecureScalingGroup.OutOfRange', 'maxInstanceLifetimeDays'],
    ['cooldown too long', { defaultCooldown: 90000 }, 'SecureScalingGroup.OutOfRange', 'defaultCooldown'],
    ['bad version', { launchTemplateVersion: 'newest' }, 'SecureScalingGroup.InvalidLaunchTemplateVersion', 'launchTemplateVersion'],
    ['a launch template id instead of a SecureLaunchTemplate', { launchTemplate: 'lt-123' }, 'SecureScalingGroup.LaunchTemplateRequired', 'launchTemplate'],
    ['a scaling configuration', { scalingConfiguration: 'asc-1' }, 'SecureScalingGroup.NoScalingConfiguration', 'scalingConfiguration'],
    ['bad override type', { instanceTypeOverrides: ['g7.large'] }, 'SecureScalingGroup.InvalidInstanceType', 'instanceTypeOverrides[0]'],
    ['override type with a size typo', { instanceTypeOverrides: ['ecs.g7.large', 'ecs.c7.8xlage'] }, 'SecureScalingGroup.InvalidInstanceType', 'instanceTypeOverrides[1]'],
    ['short deletion opt-out', { disableDeletionProtection: OptOut.because('short') }, 'OptOut.ReasonRequired', 'disableDeletionProtection'],
    ['name starting with a dash', { scalingGroupName: '-web' }, 'SecureScalingGroup.InvalidText', 'scalingGroupName'],
  ];
  test.each(cases)('%s', (_name, props, code, property) => {
    const stack = testStack();
    expectValidationError(() => new SecureScalingGroup(stack, 'web', { ...base(stack), ...props } as SecureScalingGroupProps), { code, property, path: 'test/web' });
  });

  test('rule and hook options', () => {
    const stack = testStack();
    const group = new SecureScalingGroup(stack, 'web', base(stack));
    expectValidationError(() => group.addTargetTrackingRule('a', { metric: TargetTrackingMetric.CPU_UTILIZATION, targetValue: 120 }), { code: 'SecureScalingGroup.InvalidTargetValue' });
    expectValidationError(() => group.addTargetTrackingRule('b', { metric: 'Memory' as never, targetValue: 50 }), { code: 'SecureScalingGroup.NotAllowed', property: 'options.metric' });
    expectValidationError(() => group.addSimpleScalingRule('c', { adjustmentType: AdjustmentType.EXACT_CAPACITY, adjustmentValue: -1 }), { code: 'SecureScalingGroup.OutOfRange' });
    expectValidationError(() => group.addLifecycleHook('d', { transition: 'SCALE_OUT', heartbeatTimeout: 10 }), { code: 'SecureScalingGroup.OutOfRange', property: 'options.heartbeatTimeout' });
    expectValidationError(() => group.addLifecycleHook('e', { transition: 'LAUNCH' as never }), { code: 'SecureScalingGroup.NotAllowed' });
    expectValidationError(() => group.attachToAlbServerGroup({ serverGroupId: 'sgp-1' }, { port: 70000 }), { code: 'SecureScalingGroup.InvalidPort' });
    expectValidationError(() => group.attachToAlbServerGroup('sgp-1' as never, { port: 443 }), { code: 'SecureScalingGroup.InvalidServerGroup' });
  });
});
