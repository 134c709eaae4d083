/**
 * The library's single import point for the CDK for Terraform core library.
 *
 * Every module of this library, and the generated provider bindings, import `cdktf` from here and
 * nowhere else. CDK Terrain (`cdktn`), the maintained fork of cdktf, keeps the same class names and
 * signatures, so moving to it is this one line (plus the peer dependency in `.projenrc.ts`).
 *
 * @internal
 */
export * from 'cdktf';
