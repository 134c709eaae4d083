/**
 * What makes a RAM permission admin-equivalent, written once for the RAM, KMS and instance-role
 * rules.
 *
 * Not exported from the package entry point.
 *
 * @packageDocumentation
 */
import { ADMIN_EQUIVALENT_SERVICES } from '../../controls';
import { Statement } from '../ram/policy';

/**
 * The parts of a statement the admin checks read: a parsed policy statement, or a construct's
 * `PolicyStatement` (so LeastPrivilegeRamPolicy refuses exactly what ALI-RAM-001 / ALI-RAM-005 fail).
 */
export type StatementGrant = Pick<Statement, 'effect' | 'actions' | 'notActions' | 'resources'>;

/** True for a Resource that is every resource: `*`, `acs:*:*:*:*`, or that followed by a slash and `*`. */
export function isEveryResource(resource: string): boolean {
  const r = resource.trim();
  return r === '*' || /^acs:\*:\*:\*:\*(\/\*)?$/.test(r);
}

/** True for an action that is every action of every service (`*`, `*:*`). */
export function isEveryAction(action: string): boolean {
  const a = action.trim();
  return a === '*' || a === '*:*';
}

/** Whether a statement grants full administrative access (`*` on every resource). */
export function grantsFullAdmin(s: StatementGrant): boolean {
  return s.effect === 'Allow' && s.actions.some(isEveryAction) && s.resources.some(isEveryResource);
}

/**
 * Why a statement is admin-equivalent without being `*` on `*`, or undefined: an Allow with
 * `NotAction` on every resource, or `ram:*` / `sts:*` / `kms:*` / `ecs:*` on every resource.
 */
export function adminEquivalence(s: StatementGrant): string | undefined {
  if (s.effect !== 'Allow') return undefined;
  if (s.notActions.length > 0 && s.resources.some(isEveryResource)) {
    return `Allow with NotAction ${JSON.stringify(s.notActions)} on every resource allows every other action`;
  }
  const services = s.actions.map((a) => a.trim().toLowerCase())
    .filter((a) => ADMIN_EQUIVALENT_SERVICES.some((svc) => a === `${svc}:*` && s.resources.some((r) => isEveryResourceOf(r, svc))));
  return services.length ? `allows ${services.join(', ')} on every resource of the service` : undefined;
}

/** True for a Resource that is every resource of one service (`acs:ram:*:*:*`), or every resource. */
export function isEveryResourceOf(resource: string, service: string): boolean {
  const r = resource.trim().toLowerCase();
  return isEveryResource(r) || r === `acs:${service}:*:*:*` || r === `acs:${service}:*:*:*/*`;
}

/** Every admin or admin-equivalent grant of a policy's statements, as messages. */
export function adminGrants(statements: readonly StatementGrant[]): string[] {
  const out: string[] = [];
  statements.forEach((s, i) => {
    if (grantsFullAdmin(s)) {out.push(`Statement[${i}] allows "*" on every resource (full administrative access)`);} else {
      const why = adminEquivalence(s);
      if (why) out.push(`Statement[${i}] ${why}`);
    }
  });
  return out;
}
