/** Literal inputs shared by the hardened and the raw L1 benchmark fleets. */
export const FLEET = {
  vpcName: 'bench',
  vpcCidr: '10.0.0.0/16',
  vswitchName: 'bench-a',
  vswitchCidr: '10.0.0.0/20',
  zoneId: 'cn-hangzhou-h',
  region: 'cn-hangzhou',
  imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd',
  instanceType: 'ecs.g7.large',
  dataDiskSize: 100,
  /** Zones and vSwitch ranges of the scaling fleet (two zones). */
  zones: ['cn-hangzhou-h', 'cn-hangzhou-i'],
  zoneCidrs: ['10.0.0.0/20', '10.0.16.0/20'],
} as const;
