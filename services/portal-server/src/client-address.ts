import { BlockList, isIP } from 'node:net';

/**
 * Which peers may tell us who the client is. `HP_TRUSTED_PROXIES` lists addresses and CIDRs (and `loopback`);
 * empty (the default) trusts nobody, so X-Forwarded-For from the internet is ignored.
 */
export interface TrustedProxies {
  trusts(address: string): boolean;
}

const plain = (address: string) => (address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address);

export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address = '', bits] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`HP_TRUSTED_PROXIES: "${entry}" is not an address or CIDR`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) throw new Error(`HP_TRUSTED_PROXIES: bad prefix in "${entry}"`);
      list.addSubnet(address, prefix, type);
    }
  }
  // Asked twice per request (client address, request id): trusting nobody needs no lookup, and the answers for
  // the few peers a server sees (its proxies, its load balancer) are kept rather than rebuilt each time.
  if (entries.every((e) => e.trim() === '')) return { trusts: () => false };
  const known = new Map<string, boolean>();
  return {
    trusts(address) {
      const kept = known.get(address);
      if (kept !== undefined) return kept;
      const a = plain(address);
      const family = isIP(a);
      const trusted = family !== 0 && list.check(a, family === 4 ? 'ipv4' : 'ipv6');
      if (known.size >= MAX_KNOWN_PEERS) known.clear();
      known.set(address, trusted);
      return trusted;
    },
  };
}

/** Peer answers kept per process; past this (a scan, many clients) the memo starts over. */
const MAX_KNOWN_PEERS = 1_000;

/** At most this many forwarded hops are looked at; a longer header is someone else's game. */
const MAX_HOPS = 20;

/**
 * The client's address: the socket peer, unless the peer is a trusted proxy; then X-Forwarded-For is walked
 * from the right (the hop our proxy appended) past trusted proxies, and the first other address is the client.
 * Anything that is not an IP address ends the walk (the peer before it is the last one we can vouch for).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, proxies: TrustedProxies): string | null {
  let client = peer ? plain(peer) : null;
  if (!client || !proxies.trusts(client) || !forwardedFor) return client;
  const hops = forwardedFor.split(',').slice(-MAX_HOPS).map((h) => plain(h.trim()));
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] ?? '';
    if (isIP(hop) === 0) return client;
    client = hop;
    if (!proxies.trusts(hop)) return client;
  }
  return client;
}
