/**
 * The library's single import point for the CDK for Terraform core library.
 *
 * Every module of this library, and the generated provider bindings, import `cdktf` from here and
 * nowhere else. CDK Terrain (`cdktn`), the maintained fork of cdktf, keeps the same class names and
 * signatures, so moving to it is this one line (plus the peer dependency in `.projenrc.ts`).
 *
 * Not marked internal: the re-export must survive `stripInternal`, or every declaration that names
 * a cdktf type (`TerraformProvider`, the generated L1 classes' `TerraformResource` base) would lose
 * it in the published `.d.ts` files. It is not part of the package's public entry point
 * (`lib/index.ts`); users import cdktf themselves.
 *
 * @packageDocumentation
 */
export * from 'cdktf';
