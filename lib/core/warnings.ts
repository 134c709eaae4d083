import { IConstruct } from 'constructs';
import { Annotations } from '../cdktf';

/** Construct metadata type under which warnings are recorded with their stable id. */
export const WARNING_METADATA_TYPE = 'alicloud-ecs-hardened:warning';

/**
 * Adds a warning with a stable id (e.g. `HardenedSecurityGroup.InternetIngress`) for a risky but
 * legal choice. It appears as a cdktf warning annotation `[id] message` during synth, and in the
 * construct metadata, so tests and the rule pack can find it by id.
 *
 * @internal
 */
export function addHardeningWarning(scope: IConstruct, id: string, message: string): void {
  const already = scope.node.metadata.some((m) => m.type === WARNING_METADATA_TYPE
    && (m.data as { id: string; message: string }).id === id && (m.data as { message: string }).message === message);
  if (already) return;
  scope.node.addMetadata(WARNING_METADATA_TYPE, { id, message });
  Annotations.of(scope).addWarning(`[${id}] ${message}`);
}

/** Ids of the warnings recorded on `scope` and its descendants. */
export function warningsOf(scope: IConstruct): Array<{ path: string; id: string; message: string }> {
  return scope.node.findAll().flatMap((c) => c.node.metadata
    .filter((m) => m.type === WARNING_METADATA_TYPE)
    .map((m) => ({ path: c.node.path, ...(m.data as { id: string; message: string }) })));
}
