/**
 * The shape of an ECS instance type: `ecs.<instance family>.<instance size>`, e.g. `ecs.g7.large`,
 * `ecs.t6-c1m1.large`, `ecs.ebmgn7e.32xlarge` (Alibaba Cloud ECS "Classification and naming of
 * instance types", https://www.alibabacloud.com/help/en/ecs/user-guide/instance-specification-naming-and-classification;
 * Elastic GPU Service "Instance naming conventions": `ecs.<instance-family>.<nx>large`, where n
 * times 4 is the vCPU count).
 *
 * The provider itself only checks the `ecs.` prefix, so a typo such as `ecs.g7.lage` would only
 * fail at apply time. Families are open-ended (new ones appear every generation); sizes are a
 * closed vocabulary.
 */

import { closestMatch } from '../core/suggest';

/** Instance sizes below `xlarge`, smallest first (entry-level and legacy families included: `ecs.n1.tiny`, `ecs.t1.xsmall`, `ecs.t5-lc2m1.nano`). */
export const INSTANCE_SIZES_BELOW_XLARGE: readonly string[] = ['nano', 'micro', 'tiny', 'xsmall', 'small', 'medium', 'large'];

const FAMILY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** `xlarge` or `<n>xlarge` with n from 2 to 999 (no leading zero, no `1xlarge`). */
const XLARGE = /^(?:[2-9]|[1-9][0-9]{1,2})?xlarge$/;

/** What an instance type must look like, as error messages say it. */
export const INSTANCE_TYPE_SHAPE = `"ecs.<family>.<size>" (e.g. ecs.g7.large), the size one of ${INSTANCE_SIZES_BELOW_XLARGE.join(', ')}, xlarge or <n>xlarge (2xlarge, 8xlarge, ...)`;

/** What is wrong with a literal instance type, or `undefined` when its shape is valid. */
export function instanceTypeProblem(instanceType: string): string | undefined {
  const parts = instanceType.split('.');
  if (parts.length !== 3 || parts[0] !== 'ecs') return 'it is not of the form ecs.<family>.<size>';
  const [, family, size] = parts;
  if (!FAMILY.test(family)) return `the family "${family}" is not lower-case letters and digits (optionally with "-" parts, as in t6-c1m1)`;
  if (INSTANCE_SIZES_BELOW_XLARGE.includes(size) || XLARGE.test(size)) return undefined;
  const suggestion = closestSize(size);
  return `"${size}" is not an instance size${suggestion ? `; did you mean "ecs.${family}.${suggestion}"?` : ''}`;
}

/** The size word within two edits of `size` (for `8xlage`, `8xlarge`). */
function closestSize(size: string): string | undefined {
  const numbered = /^\d+/.exec(size);
  return closestMatch(size, [...INSTANCE_SIZES_BELOW_XLARGE, 'xlarge', ...(numbered ? [`${numbered[0]}xlarge`] : [])]);
}
