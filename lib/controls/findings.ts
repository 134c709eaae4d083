/**
 * Stable finding ids: how a rule names one finding inside a resource, and how a construct opt-out
 * names the same finding in its acknowledgement (`appliesTo`). Never positional: a security group
 * rule's port by its number, a RAM statement by its Sid, a disk by its device or name.
 */
import { createHash } from 'crypto';

export { portFinding } from './ports';

/**
 * The Sid of a RAM policy statement: its own `Sid` element when it has one, otherwise one generated
 * from the statement's content (`S` + 12 hex digits of the SHA-256 of its compact JSON). Identical
 * statements get the same Sid (the policy document stores them once), and adding, removing or
 * reordering other statements never changes it.
 */
export function statementSid(statement: unknown): string {
  const own = (statement as { Sid?: unknown } | null)?.Sid;
  if (typeof own === 'string' && own !== '') return own;
  return `S${createHash('sha256').update(JSON.stringify(statement ?? null)).digest('hex').slice(0, 12)}`;
}

/** The finding id of a RAM policy statement, e.g. `Sid:S1a2b3c4d5e6f`. */
export function statementFinding(statement: unknown): string {
  return `Sid:${statementSid(statement)}`;
}

/**
 * The finding id of an inline data disk (a `data_disks` block, or the `data_disk` block of a scaling
 * configuration, named by `attr`): `<attr>:<device>` or `<attr>:<name>` when the block has one, else
 * its position `<attr>[<index>]` (the only handle an anonymous block has).
 */
export function dataDiskFinding(disk: Record<string, unknown>, index: number, attr: string = 'data_disks'): string {
  const handle = typeof disk?.device === 'string' && disk.device !== '' ? disk.device
    : typeof disk?.name === 'string' && disk.name !== '' ? disk.name : undefined;
  return handle !== undefined ? `${attr}:${handle}` : `${attr}[${index}]`;
}
