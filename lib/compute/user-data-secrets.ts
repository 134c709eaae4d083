/**
 * The user-data secret detector, free of cdktf so the rule pack (and the standalone checker) can
 * import it: SecureInstance warns with it at synth time and ALI-ECS-014 fails raw resources with it.
 *
 * Not exported from the package entry point.
 *
 * @packageDocumentation
 */

/**
 * Patterns that suggest a credential in user data. User data is stored with the instance, readable
 * through the metadata service by any process on it and visible in the API request, and is not
 * encrypted (Alibaba Cloud ECS documentation, "Instance user data"). Variable names are matched
 * inside longer names too (`DB_PASSWORD=`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET=`, `"AccessKeySecret":`).
 */
const SECRET_PATTERNS: Array<{ what: string; pattern: RegExp }> = [
  // RAM AccessKey ids start with LTAI and are 16 to 30 characters long.
  { what: 'an Alibaba Cloud AccessKey ID', pattern: /(?<![0-9A-Za-z])LTAI[0-9A-Za-z]{12,26}(?![0-9A-Za-z])/ },
  { what: 'a private key', pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/ },
  { what: 'an AccessKey secret', pattern: /access[_-]?key[_-]?secret["']?\s*[=:]/i },
  { what: 'a password assignment', pattern: /(?:passw(?:or)?d|pwd)["']?\s*[=:]\s*\S+/i },
  { what: 'a secret or token assignment', pattern: /(?:secret|api[_-]?key|token)[A-Za-z_]*["']?\s*[=:]\s*['"]?[A-Za-z0-9/+_-]{8,}/i },
];

/**
 * What, if anything, in a user-data script looks like a secret (one description per kind found,
 * e.g. `['an Alibaba Cloud AccessKey ID']`). Empty when nothing matches.
 */
export function findSecretsInUserData(script: string): string[] {
  return SECRET_PATTERNS.filter((p) => p.pattern.test(script)).map((p) => p.what);
}
