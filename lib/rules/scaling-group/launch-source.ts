import { DocumentIndexLike, SynthesizedResource } from '../types';
import { isExpression, referencesIn } from '../values';

/** Launch template resource types (the legacy `alicloud_launch_template` shares the implementation). */
export const LAUNCH_TEMPLATE_TYPES: readonly string[] = ['alicloud_ecs_launch_template', 'alicloud_launch_template'];

/** Where a scaling group's instances come from, as far as the document tells. */
export type LaunchSource =
  | { readonly kind: 'template'; readonly template: SynthesizedResource }
  | { readonly kind: 'unresolved'; readonly value: unknown }
  | { readonly kind: 'none' };

/**
 * The launch template of an `alicloud_ess_scaling_group`, resolved in the document through
 * `launch_template_id = "${alicloud_ecs_launch_template.<name>.id}"`. `unresolved` when the id is a
 * literal, a variable or a resource outside the document; `none` without `launch_template_id`
 * (the group launches from scaling configurations).
 *
 * @internal
 */
export function launchSourceOf(body: Record<string, any>, doc: DocumentIndexLike): LaunchSource {
  const id = body.launch_template_id;
  if (id === undefined || id === null || id === '') return { kind: 'none' };
  for (const ref of referencesIn(id)) {
    if (!LAUNCH_TEMPLATE_TYPES.includes(ref.type)) continue;
    const template = doc.byAddress.get(ref.address);
    if (template) return { kind: 'template', template };
  }
  return { kind: 'unresolved', value: isExpression(id) ? id : String(id) };
}
