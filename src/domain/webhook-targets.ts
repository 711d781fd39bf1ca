import { BlockList, isIP } from 'node:net';

/**
 * Where webhooks may be sent. Deployed stages reach only public addresses over https: never
 * this machine, a private network, link-local (the cloud metadata service) or reserved ranges.
 * The local stack also reaches loopback over http, so a receiver on the same machine works.
 */
export interface TargetRules {
  loopbackAllowed: boolean;
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** IPv4 addresses written as IPv6 (`::ffff:0:0/96`); Node matches IPv4 checks against this range too, so it has its own list. */
const IPV4_MAPPED = new BlockList();
IPV4_MAPPED.addSubnet('::ffff:0:0', 96, 'ipv6');

/** An IPv4 address written inside IPv6 (`::ffff:10.0.0.1`), as IPv4; anything else unchanged. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

/** Why a webhook may not be sent to this resolved address, or undefined when it may. */
export function addressProblem(address: string, rules: TargetRules): string | undefined {
  const plain = unmapped(address);
  const family = isIP(plain);
  if (family === 0) return 'is not an IP address';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (rules.loopbackAllowed && LOOPBACK.check(plain, type)) return undefined;
  // Mapped IPv4 in hexadecimal form (`::ffff:a00:1`) is not unmapped above: refuse rather than guess.
  if (family === 6 && IPV4_MAPPED.check(plain, 'ipv6')) return 'resolves to an address that is not public';
  return NOT_PUBLIC.check(plain, type) ? 'resolves to an address that is not public' : undefined;
}

/** Why this URL may not be a webhook target before any lookup (scheme, credentials, form), or undefined. */
export function urlProblem(raw: string, rules: TargetRules): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (url.username || url.password) return 'must not carry credentials';
  if (url.hash) return 'must not have a fragment';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && rules.loopbackAllowed) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const literal = isIP(host) !== 0;
    if (
      host === 'localhost' ||
      (literal && LOOPBACK.check(unmapped(host), isIP(unmapped(host)) === 4 ? 'ipv4' : 'ipv6'))
    ) {
      return undefined;
    }
    return 'may use http only on loopback (this stage); use https';
  }
  return 'must use https';
}
