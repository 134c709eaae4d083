/**
 * CIDR arithmetic for the rule pack: parsing IPv4/IPv6 CIDRs in every spelling the platform accepts
 * (`0.0.0.0/0`, `::/0`, `::0/0`, `0::0/0`, host bits set), and unions of address ranges, so "the whole
 * internet" is recognised however it is split (`0.0.0.0/1` + `128.0.0.0/1`).
 *
 * Not exported from the package entry point.
 *
 * @packageDocumentation
 */

/** An address family. */
export type Family = 'ipv4' | 'ipv6';

/** An inclusive address range of one family. */
export interface Range {
  readonly family: Family;
  readonly start: bigint;
  readonly end: bigint;
}

const BITS: Record<Family, number> = { ipv4: 32, ipv6: 128 };

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    v = v * 256n + BigInt(Number(p));
  }
  return v;
}

function parseIpv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string): string[] | undefined => {
    if (s === '') return [];
    const gs = s.split(':');
    const out: string[] = [];
    for (const [i, g] of gs.entries()) {
      // An embedded IPv4 tail (`::ffff:10.0.0.1`) is two groups.
      if (i === gs.length - 1 && g.includes('.')) {
        const v4 = parseIpv4(g);
        if (v4 === undefined) return undefined;
        out.push((v4 / 65536n).toString(16), (v4 % 65536n).toString(16));
      } else if (/^[0-9a-fA-F]{1,4}$/.test(g)) {
        out.push(g);
      } else {
        return undefined;
      }
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  return all.reduce((acc, g) => acc * 65536n + BigInt(parseInt(g, 16)), 0n);
}

/**
 * The address range of a CIDR (`10.0.0.0/8`, `::/0`, `2001:db8::/32`), or undefined when it is not a
 * literal CIDR. A bare address is a single host, except the bare `0.0.0.0` the ECS API reads as every
 * IPv4 address.
 */
export function parseCidr(value: unknown): Range | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '' || text.includes('${')) return undefined;
  const [addr, maskText, extra] = text.split('/');
  if (extra !== undefined) return undefined;
  const family: Family = addr.includes(':') ? 'ipv6' : 'ipv4';
  const ip = family === 'ipv4' ? parseIpv4(addr) : parseIpv6(addr);
  if (ip === undefined) return undefined;
  const bits = BITS[family];
  let mask: number;
  if (maskText === undefined) mask = family === 'ipv4' && ip === 0n ? 0 : bits;
  else if (/^\d{1,3}$/.test(maskText) && Number(maskText) <= bits) mask = Number(maskText);
  else return undefined;
  const size = 2n ** BigInt(bits - mask);
  const start = (ip / size) * size;
  return { family, start, end: start + size - 1n };
}

/** Merges ranges of one family into sorted, disjoint ranges. */
function normalise(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end + 1n) {
      if (r.end > last.end) out[out.length - 1] = { family: r.family, start: last.start, end: r.end };
    } else {
      out.push(r);
    }
  }
  return out;
}

/** `ranges` minus `cut` (both of one family). */
export function subtract(ranges: readonly Range[], cut: readonly Range[]): Range[] {
  let current = normalise(ranges);
  for (const c of normalise(cut)) {
    const next: Range[] = [];
    for (const r of current) {
      if (c.end < r.start || c.start > r.end) {
        next.push(r);
        continue;
      }
      if (c.start > r.start) next.push({ family: r.family, start: r.start, end: c.start - 1n });
      if (c.end < r.end) next.push({ family: r.family, start: c.end + 1n, end: r.end });
    }
    current = next;
  }
  return current;
}

/** True when the union of `ranges` is every address of `family`. */
export function coversAll(ranges: readonly Range[], family: Family): boolean {
  const merged = normalise(ranges.filter((r) => r.family === family));
  return merged.length === 1 && merged[0].start === 0n && merged[0].end === 2n ** BigInt(BITS[family]) - 1n;
}

/** True when the CIDR is every address of its family (`0.0.0.0/0`, `::/0`, `::0/0`, `0::0/0`...). */
export function isAnywhere(value: unknown): boolean {
  const r = parseCidr(value);
  return r !== undefined && coversAll([r], r.family);
}
