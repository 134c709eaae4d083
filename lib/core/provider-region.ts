/**
 * The literal region of an alicloud provider, for checks that compare regions at synth time
 * (cross-region snapshot copies and their keys).
 *
 * @packageDocumentation
 */
import { IConstruct } from 'constructs';
import { isToken } from './validate';
import { TerraformProvider, TerraformStack } from '../cdktf';

/**
 * The literal region of the alicloud provider `provider` (or, when undefined, of the stack's default
 * `alicloud` provider, the one without an alias): `undefined` when there is none, it sets no region
 * (the provider then reads `ALICLOUD_REGION`), or the region is a token.
 */
export function literalRegionOf(scope: IConstruct, provider: TerraformProvider | undefined): string | undefined {
  const p = provider ?? defaultAlicloudProvider(scope);
  if (p === undefined || p.terraformResourceType !== 'alicloud') return undefined;
  const region: unknown = (p as unknown as { region?: unknown }).region;
  return typeof region === 'string' && !isToken(region) ? region : undefined;
}

function defaultAlicloudProvider(scope: IConstruct): TerraformProvider | undefined {
  let stack: TerraformStack;
  try {
    stack = TerraformStack.of(scope);
  } catch {
    return undefined;
  }
  return stack.node.findAll().find((c): c is TerraformProvider => TerraformProvider.isTerraformProvider(c)
    && c.terraformResourceType === 'alicloud' && c.alias === undefined);
}
