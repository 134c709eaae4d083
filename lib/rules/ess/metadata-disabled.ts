import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

/**
 * ALI-ESS-006: a scaling configuration disables the metadata endpoint.
 *
 * Why an error: in provider 1.285.0 `alicloud_ess_scaling_configuration` has `http_endpoint` but no
 * `http_tokens` (the ESS API's `HttpTokens` is not sent; `resource_alicloud_ess_scaling_configuration.go`),
 * so instances it launches always answer metadata requests without a token. An SSRF in any of them
 * then reads the instance role's STS credentials — the attack token mode exists to stop. A
 * reviewer cannot accept that by default for a fleet, so the only compliant scaling configuration
 * is one with `http_endpoint = "disabled"`. The fix for a fleet that needs metadata is a launch
 * template (`alicloud_ess_scaling_group.launch_template_id`) with `http_tokens = "required"`, which
 * ALI-LT-003 checks. Acknowledge the finding only for instances without a role and without secrets.
 */
export const scalingConfigurationMetadataDisabled = defineRule('ALI-ESS-006', ({ body }) => {
  if (body.http_endpoint === 'disabled' || isExpression(body.http_endpoint)) return COMPLIANT;
  return violation(`http_endpoint is ${show(body.http_endpoint)}: a scaling configuration cannot require metadata tokens (no http_tokens in provider 1.285.0), so metadata and the role's STS token are readable without one`);
});
