/**
 * CIDRs, for `Peer`, the security group and the rule pack (no cdktf: the checker loads it).
 *
 * Validation of literal CIDRs mirrors the provider's own
 * `validateCIDRNetworkAddress` (terraform-provider-alicloud v1.285.0 `alicloud/validators.go`:
 * Go `net.ParseCIDR` plus "host bits must be zero"), which the rule resource itself does not apply
 * to `cidr_ip` / `ipv6_cidr_ip`, so a typo would otherwise only fail at apply time.
 *
 * Range arithmetic reads IPv4/IPv6 CIDRs in every spelling the platform accepts (`0.0.0.0/0`, `::/0`,
 * `::0/0`, `0::0/0`, host bits set) and unions of address ranges, so "the whole internet" is
 * recognised however it is split (`0.0.0.0/1` + `128.0.0.0/1`).
 *
 * Not exported from the package entry point.
 *
 * @packageDocumentation
 */

/** Result of parsing a CIDR: `undefined` when valid, otherwise what is wrong. */
export interface CidrProblem {
  /** What is wrong, e.g. `host bits are set`. */
  readonly reason: string;
  /** A corrected suggestion when there is an obvious one (e.g. `10.0.0.1/32`). */
  readonly suggestion?: string;
}

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const octets: number[] = [];
  for (const p of parts) {
    // Go's net.ParseIP rejects leading zeros (ambiguous octal) since Go 1.17.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    octets.push(n);
  }
  return octets;
}

function parseIpv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const toGroups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    const parts = s.split(':');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i === parts.length - 1 && p.includes('.')) {
        const v4 = parseIpv4(p);
        if (!v4) return undefined;
        out.push(v4[0] * 256 + v4[1], v4[2] * 256 + v4[3]);
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(p)) return undefined;
      out.push(parseInt(p, 16));
    }
    return out;
  };
  const head = toGroups(halves[0]);
  const tail = halves.length === 2 ? toGroups(halves[1]) : [];
  if (!head || !tail) return undefined;
  let groups: number[];
  if (halves.length === 2) {
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return undefined;
    groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  } else {
    groups = head;
  }
  if (groups.length !== 8) return undefined;
  return groups.reduce((acc, g) => acc * 65536n + BigInt(g), 0n);
}

/** Checks an IPv4 CIDR such as `10.0.0.0/8`. Returns `undefined` when valid. */
export function ipv4CidrProblem(cidr: string): CidrProblem | undefined {
  const m = /^([^/]+)\/(\d{1,2})$/.exec(cidr);
  if (!m) {
    if (parseIpv4(cidr)) return { reason: 'the prefix length is missing', suggestion: `${cidr}/32` };
    return { reason: 'it is not an IPv4 CIDR (a.b.c.d/n)' };
  }
  const octets = parseIpv4(m[1]);
  if (!octets) return { reason: 'the address is not a valid IPv4 address' };
  const len = Number(m[2]);
  if (len > 32) return { reason: `the prefix length ${len} is above 32` };
  const value = ((octets[0] * 256 + octets[1]) * 256 + octets[2]) * 256 + octets[3];
  const blockSize = 2 ** (32 - len);
  const network = value - (value % blockSize);
  if (network !== value) {
    const n = [3, 2, 1, 0].map((i) => Math.floor(network / 256 ** i) % 256).join('.');
    return { reason: 'host bits are set', suggestion: `${n}/${len}` };
  }
  return undefined;
}

/** Checks an IPv6 CIDR such as `2408:4000::/32`. Returns `undefined` when valid. */
export function ipv6CidrProblem(cidr: string): CidrProblem | undefined {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(cidr);
  if (!m) {
    if (parseIpv6(cidr) !== undefined) return { reason: 'the prefix length is missing', suggestion: `${cidr}/128` };
    return { reason: 'it is not an IPv6 CIDR (x:x::x/n)' };
  }
  const value = parseIpv6(m[1]);
  if (value === undefined) return { reason: 'the address is not a valid IPv6 address' };
  const len = Number(m[2]);
  if (len > 128) return { reason: `the prefix length ${len} is above 128` };
  const blockSize = 2n ** (128n - BigInt(len));
  if (value % blockSize !== 0n) return { reason: 'host bits are set' };
  return undefined;
}

/** True for a literal CIDR with prefix length 0 (the whole address family: the internet). */
export function isWholeAddressSpace(cidr: string): boolean {
  return /\/0$/.test(cidr);
}

/** An address family. */
export type Family = 'ipv4' | 'ipv6';

/** An inclusive address range of one family. */
export interface Range {
  readonly family: Family;
  readonly start: bigint;
  readonly end: bigint;
}

const BITS: Record<Family, number> = { ipv4: 32, ipv6: 128 };

// The rule pack reads addresses as written in any Terraform (leading zeros included), so these two
// are more lenient than parseIpv4/parseIpv6 above, which validate what the provider will accept.
function ipv4Value(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    v = v * 256n + BigInt(Number(p));
  }
  return v;
}

function ipv6Value(text: string): bigint | undefined {
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
        const v4 = ipv4Value(g);
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
  const ip = family === 'ipv4' ? ipv4Value(addr) : ipv6Value(addr);
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
