/**
 * The flavours of the package (no core import here: the CLI reads it without loading cdktf).
 *
 * @packageDocumentation
 */

/** One flavour of the package: the core it is built for and the package name it ships under. */
export interface CoreFlavour {
  /** The npm package of the core (`cdktf` or `cdktn`). */
  readonly core: 'cdktf' | 'cdktn';
  /** The core's product name, for messages. */
  readonly product: string;
  /** The package of this library built for that core. */
  readonly packageName: string;
  /** The core's CLI package. */
  readonly cli: string;
  /** The constructs range the core accepts (the flavour's `constructs` peer dependency). */
  readonly constructsPeer: string;
}

/**
 * The two flavours built from this source tree (`npm run package:flavours`). The core versions are
 * the exact `cdktf` / `cdktn` devDependencies of the repository (`.projenrc.ts`).
 */
export const CORE_FLAVOURS: { readonly cdktf: CoreFlavour; readonly cdktn: CoreFlavour } = {
  cdktf: { core: 'cdktf', product: 'CDK for Terraform', packageName: 'alicloud-ecs-hardened', cli: 'cdktf-cli', constructsPeer: '^10.4.2' },
  cdktn: { core: 'cdktn', product: 'CDK Terrain', packageName: 'alicloud-ecs-hardened-cdktn', cli: 'cdktn-cli', constructsPeer: '>=10.6.0 <10.8.0' },
};

