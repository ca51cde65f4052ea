import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { InputError } from './input-error.ts';

/**
 * Fetching a URL, only ever when the user asked (--fetch). A URL from a feed is data from a
 * stranger: it must not reach the machine's own services (SSRF), so private, loopback and
 * link-local addresses are refused after DNS resolution and at every redirect, and every
 * response is bounded in time and size.
 */

export interface FetchOptions {
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** Allow private and loopback addresses (an intranet, or a test server on 127.0.0.1). */
  readonly allowPrivateHosts?: boolean;
}

export interface FetchedResource {
  readonly url: string;
  readonly bytes: Uint8Array;
  readonly contentType?: string;
}

export const DEFAULT_FETCH_OPTIONS = { timeoutMs: 15_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 } as const;

/** Addresses no fetched URL may reach unless the user allows private hosts (one list per family: BlockList maps IPv4 into IPv6). */
const PRIVATE_IPV4 = new BlockList();
for (const [network, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) {
  PRIVATE_IPV4.addSubnet(network, prefix, 'ipv4');
}
const PRIVATE_IPV6 = new BlockList();
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) {
  PRIVATE_IPV6.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) is checked as the IPv4 address it carries.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE_IPV4.check(mapped[1]!, 'ipv4');
  return family === 6 ? PRIVATE_IPV6.check(address, 'ipv6') : PRIVATE_IPV4.check(address, 'ipv4');
}

/** A DNS lookup that refuses private answers, so the checked address is the one connected to. */
function guardedLookup(url: string, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const list = addresses as unknown as LookupAddress[];
      const refused = list.find((entry) => !allowPrivate && isPrivateAddress(entry.address));
      if (refused) return callback(new PrivateAddressError(url, refused.address), '', 4);
      if ((options as { all?: boolean }).all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, list);
      const first = list[0];
      return first ? callback(null, first.address, first.family) : callback(new Error(`no address for ${hostname}`), '', 4);
    });
  };
}

class PrivateAddressError extends Error {
  constructor(readonly url: string, readonly address: string) {
    super(`${url} resolves to ${address}, a private or loopback address`);
  }
}

function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(raw, 'not a valid URL', 'write it as http://… or https://…');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(raw, `${url.protocol} URLs are not fetched`, 'give an http or https URL');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (isPrivateAddress(host) || host === 'localhost' || host.endsWith('.localhost'))) {
    throw new InputError(raw, `refused: ${host} is a private or loopback address`, 'pass --allow-private-hosts to fetch from your own network');
  }
  return url;
}

function decompressed(response: http.IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}

/** One request, no redirect following: the response, or the Location to go to next. */
function requestOnce(url: URL, options: Required<FetchOptions>, deadline: number): Promise<{ redirect?: string; resource?: FetchedResource }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const remaining = Math.max(1, deadline - Date.now());
    const request = client.get(url, {
      lookup: guardedLookup(url.href, options.allowPrivateHosts),
      headers: { 'user-agent': 'newsgraph (+https://github.com/newsgraph)', accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5', 'accept-encoding': 'gzip, deflate, br' },
      timeout: remaining,
    });
    const timer = setTimeout(() => request.destroy(new InputError(url.href, `no complete answer within ${options.timeoutMs / 1000} s`, 'try again later, or check the address')), remaining);
    const fail = (error: unknown) => {
      clearTimeout(timer);
      reject(error);
    };
    request.on('timeout', () => request.destroy(new InputError(url.href, `no answer within ${options.timeoutMs / 1000} s`, 'try again later, or check the address')));
    request.on('error', (error) => {
      if (error instanceof InputError) return fail(error);
      if (error instanceof PrivateAddressError) return fail(new InputError(url.href, `refused: the host resolves to ${error.address}, a private or loopback address`, 'pass --allow-private-hosts to fetch from your own network'));
      fail(new InputError(url.href, `cannot be fetched (${error.message})`, 'check the address and your network'));
    });
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        clearTimeout(timer);
        resolve({ redirect: new URL(response.headers.location, url).href });
        return;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        fail(new InputError(url.href, `the server answered ${status} ${response.statusMessage ?? ''}`.trim(), status === 404 ? 'check the address' : 'try again later'));
        return;
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        request.destroy();
        fail(new InputError(url.href, `the response is ${declared} bytes, over the ${options.maxBytes}-byte limit`, 'raise --max-bytes if this is really one article'));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const body = decompressed(response);
      body.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          request.destroy();
          body.destroy();
          fail(new InputError(url.href, `the response is larger than the ${options.maxBytes}-byte limit`, 'raise --max-bytes if this is really one article'));
          return;
        }
        chunks.push(chunk);
      });
      body.on('error', (error) => fail(new InputError(url.href, `the response could not be read (${error.message})`, 'try again later')));
      body.on('end', () => {
        clearTimeout(timer);
        const contentType = response.headers['content-type'];
        resolve({ resource: { url: url.href, bytes: Buffer.concat(chunks), ...(contentType ? { contentType } : {}) } });
      });
    });
  });
}

/** Fetches a URL with a deadline, a size limit and at most `maxRedirects` redirects, each checked like the first URL. */
export async function fetchUrl(raw: string, options: FetchOptions = {}): Promise<FetchedResource> {
  const settings: Required<FetchOptions> = { ...DEFAULT_FETCH_OPTIONS, allowPrivateHosts: false, ...options };
  const deadline = Date.now() + settings.timeoutMs;
  let url = checkUrl(raw, settings.allowPrivateHosts);
  for (let hop = 0; hop <= settings.maxRedirects; hop += 1) {
    const { redirect, resource } = await requestOnce(url, settings, deadline);
    if (resource) return resource;
    url = checkUrl(redirect!, settings.allowPrivateHosts);
  }
  throw new InputError(raw, `more than ${settings.maxRedirects} redirects`, 'check the address; the site may redirect in a loop');
}
