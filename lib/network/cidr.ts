/**
 * CIDR parsing shared by `Peer` and the security group. Mirrors the provider's own
 * `validateCIDRNetworkAddress` (terraform-provider-alicloud v1.285.0 `alicloud/validators.go`:
 * Go `net.ParseCIDR` plus "host bits must be zero"), which the rule resource itself does not apply
 * to `cidr_ip` / `ipv6_cidr_ip`, so a typo would otherwise only fail at apply time.
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
