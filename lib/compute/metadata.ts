/**
 * How the instance metadata service (100.100.100.200) is reachable from inside the instance.
 *
 * Alibaba Cloud ECS documentation, "Access instance metadata in security hardening mode": in
 * security-hardening (token-only) mode every metadata request needs a session token obtained with
 * `PUT /latest/api/token`, which defeats SSRF attacks that would otherwise read the instance role's
 * STS credentials (Alibaba Cloud "Ensure data security", https://www.alibabacloud.com/help/en/ecs/data-security:
 * "Access instance metadata in security hardening mode").
 */
export enum InstanceMetadata {
  /**
   * Endpoint enabled, token required (`http_endpoint = "enabled"`, `http_tokens = "required"`).
   * Needs an image that supports hardened mode: recent Alibaba Cloud public images, or cloud-init
   * 23.2.2 or later in a custom image.
   */
  TOKEN_REQUIRED = 'TOKEN_REQUIRED',
  /**
   * Endpoint disabled entirely (`http_endpoint = "disabled"`): nothing on the instance can read
   * metadata or the role's credentials. Stricter; cloud-init and the instance role stop working.
   */
  DISABLED = 'DISABLED',
}
