/**
 * Security group rules evaluated as ECS evaluates them: per security group and direction, by
 * priority (1 is the highest, the provider default), with `drop` winning over `accept` at equal
 * priority, and with the sources of every accepting rule taken together (so `0.0.0.0/1` plus
 * `128.0.0.0/1` is the whole internet). Sources are `cidr_ip`, `ipv6_cidr_ip` (any spelling of
 * `::/0`) and the entries of an `alicloud_ecs_prefix_list` named by `prefix_list_id`.
 *
 * An address is accepted on a port when some accept rule matches it and no drop rule matches it at
 * the same or a higher priority (ECS AuthorizeSecurityGroup: "a smaller value is a higher priority;
 * at the same priority, drop rules take precedence").
 *
 * Unknown values are never assumed to help: an accept rule whose source or ports are an expression
 * is left out (its exposure cannot be shown), and so is a drop rule (it cannot be shown to shadow
 * anything). An unknown priority counts as 1 for an accept and as lower than every real priority for
 * a drop.
 *
 * Not exported from the package entry point.
 *
 * @packageDocumentation
 */
import { perDocument, resourcesOf } from './memo';
import { PLATFORM_LIMITS } from '../../controls';
import { coversAll, Family, parseCidr, Range, subtract } from '../../network/cidr';
import { portRange, protocolOf } from '../security-group/sg-rule';
import { DocumentIndexLike, SynthesizedResource } from '../types';
import { asNumber, blocks, isExpression, referencesIn } from '../values';

/** The security group rule resource type. */
export const SG_RULE_TYPE = 'alicloud_security_group_rule';

/** One rule as the evaluation sees it. */
export interface EvaluatedRule {
  readonly resource: SynthesizedResource;
  readonly direction: string;
  readonly accept: boolean;
  readonly priority: number;
  readonly protocol: string;
  /** Port range; undefined when unknown. */
  readonly range: [number, number] | undefined;
  /** Address sources; undefined when unknown (an expression or an unresolvable prefix list). */
  readonly sources: Range[] | undefined;
}

const UNKNOWN_DROP_PRIORITY = 101;

function groupKey(body: Record<string, any>): string {
  const v = body.security_group_id;
  const ref = referencesIn(v)[0];
  return ref ? ref.address : String(v ?? '');
}

/** The address sources (or destinations, for egress) of a rule body; undefined when unknown. */
export function ruleSources(body: Record<string, any>, doc: DocumentIndexLike): Range[] | undefined {
  const out: Range[] = [];
  let unknown = false;
  for (const attr of ['cidr_ip', 'ipv6_cidr_ip']) {
    const v = body[attr];
    if (v === undefined || v === null || v === '') continue;
    const r = parseCidr(v);
    if (r) out.push(r);
    else unknown = true;
  }
  const pl = body.prefix_list_id;
  if (pl !== undefined && pl !== null && pl !== '' && out.length === 0 && !body.source_security_group_id) {
    // The provider ignores prefix_list_id when cidr_ip / ipv6_cidr_ip / source_security_group_id is set.
    const list = referencesIn(pl).map((ref) => doc.byAddress.get(ref.address)).find((r) => r?.type === 'alicloud_ecs_prefix_list');
    if (!list) {
      unknown = true;
    } else {
      for (const e of blocks(list.body.entry)) {
        const r = parseCidr(e.cidr);
        if (r) out.push(r);
        else unknown = true;
      }
    }
  }
  if (out.length === 0 && unknown) return undefined;
  return out;
}

function evaluate(r: SynthesizedResource, doc: DocumentIndexLike): EvaluatedRule {
  const b = r.body;
  const accept = typeof b.policy !== 'string' || b.policy.toLowerCase() !== 'drop';
  const p = b.priority === undefined ? 1 : asNumber(b.priority);
  const priority = p ?? (accept ? 1 : UNKNOWN_DROP_PRIORITY);
  return {
    resource: r,
    direction: String(b.type ?? ''),
    accept,
    priority,
    protocol: protocolOf(b),
    range: isExpression(b.ip_protocol) ? undefined : portRange(b),
    sources: ruleSources(b, doc),
  };
}

const groups = perDocument((doc) => {
  const byGroup = new Map<string, EvaluatedRule[]>();
  const byAddress = new Map<string, EvaluatedRule>();
  for (const r of resourcesOf(doc)) {
    if (r.type !== SG_RULE_TYPE) continue;
    const e = evaluate(r, doc);
    const key = `${groupKey(r.body)}|${e.direction}`;
    (byGroup.get(key) ?? byGroup.set(key, []).get(key)!).push(e);
    byAddress.set(r.address, e);
  }
  return { byGroup, byAddress, cache: new Map<string, unknown>() };
});

/** The evaluated rule for a resource, and the other rules of its group and direction. */
export function ruleInGroup(resource: SynthesizedResource, doc: DocumentIndexLike): { rule: EvaluatedRule; group: EvaluatedRule[] } | undefined {
  const g = groups(doc);
  const rule = g.byAddress.get(resource.address);
  if (!rule) return undefined;
  return { rule, group: g.byGroup.get(`${groupKey(resource.body)}|${rule.direction}`) ?? [rule] };
}

/** True when the rule lets through `protocol` (tcp or udp) on `port`. Unknown ports never match. */
function matchesPort(e: EvaluatedRule, protocol: string, port: number): boolean {
  if (e.protocol !== 'all' && e.protocol !== protocol) return false;
  return e.range !== undefined && e.range[0] <= port && port <= e.range[1];
}

/** The sources a rule effectively accepts for some traffic: its own minus drops at the same or higher priority. */
function effective(e: EvaluatedRule, cutFor: (priority: number) => Range[]): Range[] {
  if (!e.sources) return [];
  const cut = cutFor(e.priority);
  const out: Range[] = [];
  for (const family of ['ipv4', 'ipv6'] as Family[]) {
    out.push(...subtract(e.sources.filter((s) => s.family === family), cut.filter((s) => s.family === family)));
  }
  return out;
}

/** The merged sources of the drops at or above each priority (computed once per priority). */
function dropCuts(drops: readonly EvaluatedRule[]): (priority: number) => Range[] {
  const memo = new Map<number, Range[]>();
  return (priority) => {
    let cut = memo.get(priority);
    if (!cut) {
      const sources = drops.filter((d) => d.priority <= priority).flatMap((d) => d.sources ?? []);
      // subtract() of nothing merges and sorts the ranges, so every accept at this priority reuses them.
      cut = (['ipv4', 'ipv6'] as Family[]).flatMap((f) => merge(sources.filter((x) => x.family === f)));
      memo.set(priority, cut);
    }
    return cut;
  };
}

function merge(ranges: Range[]): Range[] {
  return ranges.length ? subtract(ranges, []) : [];
}

/** The families from which the group as a whole accepts a kind of traffic from every address. */
function exposure(group: readonly EvaluatedRule[], matches: (e: EvaluatedRule) => boolean) {
  const accepts = group.filter((e) => e.accept && e.sources && matches(e));
  // Fast path: if the accepts do not cover a family even before drops, nothing is exposed.
  const raw = accepts.flatMap((a) => a.sources!);
  if (!coversAll(raw, 'ipv4') && !coversAll(raw, 'ipv6')) return { families: [] as Family[], eff: new Map<EvaluatedRule, Range[]>(), solo: [] as Family[] };
  const drops = group.filter((e) => !e.accept && e.sources && matches(e));
  const cuts = dropCuts(drops);
  const eff = new Map(accepts.map((a) => [a, effective(a, cuts)]));
  const all = [...eff.values()].flat();
  const families = (['ipv4', 'ipv6'] as Family[]).filter((f) => coversAll(all, f));
  // Families some accept opens to every address by itself: then that rule is the exposure, and the
  // group's narrower accepts (a 10.0.0.0/8 beside a 0.0.0.0/0) are not findings of their own.
  const solo = families.filter((f) => [...eff.values()].some((ranges) => coversAll(ranges, f)));
  return { families, eff, solo };
}

/**
 * True when `rule` is one of the accepts that open family `f` to every address: the rule that does
 * it alone (when one does), else every accept of the union that does it together.
 */
function exposes(ex: ReturnType<typeof exposure>, rule: EvaluatedRule): boolean {
  const mine = ex.eff.get(rule) ?? [];
  return ex.families.some((f) => mine.some((r) => r.family === f)
    && (!ex.solo.includes(f) || coversAll(mine, f)));
}

/**
 * The ports of `ports` on which `resource` (an accept rule) lets the whole internet in, given every
 * other rule of its group: the group accepts the port from every address of a family, and this rule
 * is one of the rules that does it (it is not fully shadowed by drops).
 */
export function internetExposedPorts(resource: SynthesizedResource, doc: DocumentIndexLike, ports: readonly number[]): number[] {
  const found = ruleInGroup(resource, doc);
  if (!found || !found.rule.accept || !found.rule.sources || !found.rule.range) return [];
  const { rule, group } = found;
  const cache = groups(doc).cache;
  const groupId = `${groupKey(resource.body)}|${rule.direction}`;
  const out: number[] = [];
  for (const port of ports) {
    const protocols = ['tcp', 'udp'].filter((p) => matchesPort(rule, p, port));
    const hit = protocols.some((protocol) => {
      const key = `${groupId}|${protocol}|${port}`;
      let ex = cache.get(key) as ReturnType<typeof exposure> | undefined;
      if (!ex) {
        ex = exposure(group, (e) => matchesPort(e, protocol, port));
        cache.set(key, ex);
      }
      return exposes(ex, rule);
    });
    if (hit) out.push(port);
  }
  return out;
}

/** True when the rule opens every port of a protocol (or every protocol). */
function allTraffic(e: EvaluatedRule): boolean {
  if (e.protocol === 'all') return true;
  if (e.protocol !== 'tcp' && e.protocol !== 'udp') return false;
  return e.range !== undefined && e.range[0] <= PLATFORM_LIMITS.minPort && e.range[1] >= PLATFORM_LIMITS.maxPort;
}

/**
 * True when `resource` is an accept rule for all traffic (every protocol, or every port of one) and
 * the group lets the whole internet through it: the all-traffic accepts of the group together cover
 * a family, minus drops of all traffic at the same or higher priority.
 */
export function internetAllTraffic(resource: SynthesizedResource, doc: DocumentIndexLike): boolean {
  const found = ruleInGroup(resource, doc);
  if (!found || !found.rule.accept || !allTraffic(found.rule)) return false;
  const { rule, group } = found;
  const ex = exposure(group, (e) => allTraffic(e) && (e.accept
    ? (e.protocol === rule.protocol || e.protocol === 'all' || rule.protocol === 'all')
    : (e.protocol === 'all' || e.protocol === rule.protocol)));
  return exposes(ex, rule);
}

/** True when the rule's own peer is every address of a family (any spelling, or a prefix list holding it). */
export function isInternetPeerIn(body: Record<string, any>, doc: DocumentIndexLike): boolean {
  const sources = ruleSources(body, doc) ?? [];
  return coversAll(sources, 'ipv4') || coversAll(sources, 'ipv6');
}
