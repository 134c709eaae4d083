import { TerraformProvider } from '../cdktf';

/**
 * Props every construct of this library accepts.
 */
export interface HardenedConstructProps {
  /**
   * The alicloud provider the construct's resources are created with, e.g. an aliased provider for
   * another region or account. Constructs never create a provider: the app does.
   *
   * @default - the stack's default `alicloud` provider
   */
  readonly provider?: TerraformProvider;
}
