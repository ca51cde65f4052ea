import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl, isPrivateAddress } from './fetch-url.ts';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/article') response.end('<html><body><p>Talks resumed in Kell Point.</p></body></html>');
    else if (path === '/gzip') response.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain; charset=utf-8' }).end(gzipSync('compressed text'));
    else if (path === '/loop') response.writeHead(302, { location: '/loop' }).end();
    else if (path === '/hop') response.writeHead(301, { location: '/article' }).end();
    else if (path === '/big') response.end(Buffer.alloc(2 * 1024 * 1024, 0x61));
    else if (path === '/slow') setTimeout(() => response.end('late'), 5_000);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('fetchUrl', () => {
  it('refuses a loopback address unless private hosts are allowed', async () => {
    await expect(fetchUrl(`${base}/article`)).rejects.toThrow(/refused: 127\.0\.0\.1 is a private or loopback address.*--allow-private-hosts/);
    await expect(fetchUrl(`${base.replace('127.0.0.1', 'localhost')}/article`)).rejects.toThrow(/private or loopback/);
  });

  it('fetches a page when private hosts are allowed, following a redirect', async () => {
    const fetched = await fetchUrl(`${base}/hop`, { allowPrivateHosts: true });
    expect(fetched.url).toBe(`${base}/article`);
    expect(Buffer.from(fetched.bytes).toString()).toContain('Talks resumed');
  });

  it('decompresses a gzip-encoded response and keeps its content type', async () => {
    const fetched = await fetchUrl(`${base}/gzip`, { allowPrivateHosts: true });
    expect(Buffer.from(fetched.bytes).toString()).toBe('compressed text');
    expect(fetched.contentType).toBe('text/plain; charset=utf-8');
  });

  it('stops after the redirect limit', async () => {
    await expect(fetchUrl(`${base}/loop`, { allowPrivateHosts: true, maxRedirects: 3 })).rejects.toThrow(/more than 3 redirects/);
  });

  it('refuses a response over the size limit', async () => {
    await expect(fetchUrl(`${base}/big`, { allowPrivateHosts: true, maxBytes: 1024 * 1024 })).rejects.toThrow(/over the 1048576-byte limit|larger than the 1048576-byte limit/);
  });

  it('gives up on a server that does not answer in time', async () => {
    await expect(fetchUrl(`${base}/slow`, { allowPrivateHosts: true, timeoutMs: 300 })).rejects.toThrow(/within 0\.3 s/);
  });

  it('names the HTTP status of a failed request', async () => {
    await expect(fetchUrl(`${base}/missing`, { allowPrivateHosts: true })).rejects.toThrow(/answered 404/);
  });

  it('refuses schemes other than http and https', async () => {
    await expect(fetchUrl('file:///etc/passwd')).rejects.toThrow(/file: URLs are not fetched/);
  });
});

describe('isPrivateAddress', () => {
  it('knows loopback, private, link-local and mapped addresses from public ones', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '0.0.0.0']) expect(isPrivateAddress(address), address).toBe(true);
    for (const address of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '8.8.8.8']) expect(isPrivateAddress(address), address).toBe(false);
  });
});
