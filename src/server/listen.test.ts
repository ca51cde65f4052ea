import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { buildServer } from './app.ts';
import { isLoopbackHost, listenOnFreePort } from './listen.ts';

describe('isLoopbackHost', () => {
  it('treats only loopback addresses as private to this machine', () => {
    expect(['127.0.0.1', '127.4.5.6', 'localhost', '::1'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '192.168.1.10', '::', 'example.test'].some(isLoopbackHost)).toBe(false);
  });
});

describe('listenOnFreePort', () => {
  it('moves to the next port when the default one is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    const app = await buildServer();
    try {
      const { port, url } = await listenOnFreePort(app, '127.0.0.1', taken, false);
      expect(port).toBeGreaterThan(taken);
      expect(url).toBe(`http://127.0.0.1:${port}/`);
    } finally {
      await app.close();
      blocker.close();
    }
  });

  it('says so when a port the user chose is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    const app = await buildServer();
    try {
      await expect(listenOnFreePort(app, '127.0.0.1', taken, true)).rejects.toThrow(new RegExp(`port ${taken} is in use`));
    } finally {
      await app.close();
      blocker.close();
    }
  });
});
