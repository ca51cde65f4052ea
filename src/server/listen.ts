import type { FastifyInstance } from 'fastify';

export const DEFAULT_PORT = 8421;
/** How many ports above the default to try when it is taken (another newsgraph, or anything else). */
const PORT_ATTEMPTS = 20;

/** True for addresses only this machine can reach; anything else exposes the server. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function isAddressInUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'EADDRINUSE';
}

/**
 * Listens on the requested port; when the port was not chosen by the user and is taken, tries the
 * next ones, so `npm start` works beside another running copy. Returns the address listened on.
 */
export async function listenOnFreePort(app: FastifyInstance, host: string, port: number, portChosen: boolean): Promise<{ url: string; port: number }> {
  const attempts = portChosen || port === 0 ? 1 : PORT_ATTEMPTS;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      await app.listen({ host, port: port + attempt });
      const address = app.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port + attempt;
      const shownHost = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
      return { url: `http://${shownHost}:${actualPort}/`, port: actualPort };
    } catch (error) {
      if (!isAddressInUse(error) || attempt === attempts - 1) {
        if (isAddressInUse(error)) {
          throw new Error(portChosen ? `port ${port} is in use — choose another with --port, or stop what is using it` : `ports ${port}–${port + attempts - 1} are all in use — choose one with --port`);
        }
        throw error;
      }
    }
  }
  throw new Error('unreachable');
}
