import { BlockList, isIP } from 'node:net';
import type { Request } from 'restify';

/**
 * Networks a reverse proxy in front of the service connects from: loopback and private ranges
 * (App Service's front ends reach the instance over Azure's internal network). A request whose
 * socket comes from elsewhere reached the service directly, so its X-Forwarded-For is the caller's
 * own word and is ignored.
 */
const proxyNetworks = new BlockList();
proxyNetworks.addSubnet('127.0.0.0', 8, 'ipv4');
proxyNetworks.addSubnet('10.0.0.0', 8, 'ipv4');
proxyNetworks.addSubnet('172.16.0.0', 12, 'ipv4');
proxyNetworks.addSubnet('192.168.0.0', 16, 'ipv4');
proxyNetworks.addSubnet('100.64.0.0', 10, 'ipv4');
proxyNetworks.addAddress('::1', 'ipv6');
proxyNetworks.addSubnet('fc00::', 7, 'ipv6');

/**
 * The address a request comes from, for per-caller limits. Behind a proxy, the last
 * X-Forwarded-For entry: the one the proxy itself appended (App Service writes `ip:port`), which a
 * caller cannot forge by sending its own header.
 */
export function callerAddress(request: Pick<Request, 'headers' | 'socket'>): string {
  const socketAddress = plainAddress(request.socket?.remoteAddress ?? '') ?? 'unknown';
  if (!fromProxyNetwork(socketAddress)) return socketAddress;
  const forwarded = request.headers['x-forwarded-for'];
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').pop();
  return plainAddress(last?.trim() ?? '') ?? socketAddress;
}

/** An IP address without port, brackets or IPv4-mapped prefix; undefined for anything else. */
function plainAddress(value: string): string | undefined {
  let address = value;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1] as string;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  if (address.startsWith('::ffff:') && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : undefined;
}

function fromProxyNetwork(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return proxyNetworks.check(address, family === 4 ? 'ipv4' : 'ipv6');
}
