/**
 * The Alibaba Cloud region catalogue: every region id a construct accepts as a literal, kept in this
 * one file.
 *
 * Sources:
 * - Alibaba Cloud ECS "Regions and zones", https://www.alibabacloud.com/help/en/ecs/regions-and-zones
 *   (public regions, with DescribeRegions as the API that lists them for an account);
 * - the provider's own region list, terraform-provider-alicloud v1.285.0
 *   `alicloud/connectivity/regions.go` (`ValidRegions`), which adds the finance and government
 *   cloud regions.
 *
 * A region missing here can still be used through a token (e.g. a `TerraformVariable`), which is
 * never judged as a literal; add a new region to {@link ALICLOUD_REGIONS} when Alibaba Cloud opens it.
 *
 * @packageDocumentation
 */
import { closestMatch } from '../core/suggest';

/** Region ids (`RegionId`), by area. */
export const ALICLOUD_REGIONS: readonly string[] = [
  // Chinese mainland and Hong Kong (China)
  'cn-qingdao', 'cn-beijing', 'cn-zhangjiakou', 'cn-huhehaote', 'cn-wulanchabu', 'cn-hangzhou',
  'cn-shanghai', 'cn-nanjing', 'cn-fuzhou', 'cn-shenzhen', 'cn-heyuan', 'cn-guangzhou', 'cn-chengdu',
  'cn-zhongwei', 'cn-wuhan-lr', 'cn-hongkong',
  // Asia Pacific
  'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-5', 'ap-southeast-6',
  'ap-southeast-7', 'ap-southeast-8', 'ap-northeast-1', 'ap-northeast-2', 'ap-south-1',
  // Europe, Americas, Middle East
  'eu-central-1', 'eu-west-1', 'rus-west-1', 'us-west-1', 'us-east-1', 'us-southeast-1', 'na-south-1',
  'me-east-1', 'me-central-1',
  // Finance cloud and government cloud (provider ValidRegions)
  'cn-hangzhou-finance', 'cn-shanghai-finance-1', 'cn-shanghai-finance-1-pub', 'cn-shenzhen-finance-1',
  'cn-shenzhen-finance', 'cn-szfinance', 'cn-beijing-finance-1', 'cn-beijing-finance-1-pub', 'cn-north-2-gov-1',
];

/** True when `region` is a known region id. */
export function isKnownRegion(region: string): boolean {
  return ALICLOUD_REGIONS.includes(region);
}

/**
 * What a literal region id must be, for error messages, with a suggestion for a near miss
 * (`cn-shangai` → `cn-shanghai`); `undefined` when the region is known or a token.
 */
export function regionProblem(region: unknown): string | undefined {
  // Data only (the checker loads it without cdktf): a string with `${` is a token or a Terraform
  // expression, decided at apply time.
  if (typeof region === 'string' && region.includes('${')) return undefined;
  if (typeof region === 'string' && isKnownRegion(region)) return undefined;
  const suggestion = typeof region === 'string' ? closestMatch(region, ALICLOUD_REGIONS) : undefined;
  return `a known Alibaba Cloud region id such as "cn-shanghai" or "ap-southeast-1" (lib/controls/regions.ts, from Alibaba Cloud "Regions and zones"${suggestion ? `); did you mean "${suggestion}"?` : ')'}`;
}
