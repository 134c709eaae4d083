/**
 * The library's single import point for the CDK for Terraform core library.
 *
 * Every module of this library, and the generated provider bindings, import `cdktf` from here and
 * nowhere else. CDK Terrain (`cdktn`), the maintained fork of cdktf, keeps the same class names and
 * signatures, so the package's cdktn flavour (`alicloud-ecs-hardened-cdktn`) is this module with
 * `'cdktn'` in place of `'cdktf'`: `npm run package:flavours` (scripts/flavours.ts) compiles the
 * source once and rewrites exactly the two string literals below in the compiled `dist/cdktf.js`
 * and `dist/cdktf.d.ts` of the cdktn package (and fails if either is not found exactly once).
 *
 * Not marked internal: the re-export must survive `stripInternal`, or every declaration that names
 * a cdktf type (`TerraformProvider`, the generated L1 classes' `TerraformResource` base) would lose
 * it in the published `.d.ts` files. It is not part of the package's public entry point
 * (`lib/index.ts`); users import cdktf themselves.
 *
 * @packageDocumentation
 */
export * from 'cdktf';

/**
 * The core this build of the package imports (`'cdktf'`, or `'cdktn'` in the cdktn flavour): read
 * by the core-mismatch guard (lib/core/core-guard.ts) to name the core and the package to install.
 */
export const CORE_PACKAGE: string = 'cdktf';
