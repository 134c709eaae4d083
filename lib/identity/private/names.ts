import { createHash } from 'crypto';
import { IConstruct } from 'constructs';

/**
 * A stable, unique physical name for a construct: its path with every character outside
 * `[A-Za-z0-9-]` replaced by `-`, shortened to `maxLength` with an 8-character hash of the full path
 * (so two long paths that share a prefix still get different names).
 *
 * @internal
 */
export function physicalName(scope: IConstruct, maxLength: number): string {
  const path = scope.node.path;
  const hash = createHash('sha256').update(path).digest('hex').slice(0, 8);
  const base = path.replace(/[^A-Za-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'hardened';
  return `${base.slice(0, maxLength - hash.length - 1).replace(/-$/, '')}-${hash}`;
}
