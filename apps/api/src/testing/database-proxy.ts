import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

/** How a database goes away. */
export type Outage =
  /** Stopped: every connection is reset and new ones are refused (a restart, a crash). */
  | 'refused'
  /** Unreachable: nothing answers and nothing says so: connections freeze, new ones are never answered (a network that drops everything). */
  | 'blackholed';

export interface DatabaseProxy {
  /** The database's URL with the proxy's host and port in it. */
  url: string;
  cut(outage: Outage): Promise<void>;
  /**
   * Blackholes the database right after the first message a client sends holding `text` (within one
   * write) has reached it: that statement runs, and its answer never comes back. Resolves then.
   */
  blackholeOnceSent(text: string): Promise<void>;
  /** The database is back: frozen connections carry on where they stopped, as a healed network's do (a `blackholeOnceSent` still waiting is forgotten). */
  restore(): Promise<void>;
  close(): Promise<void>;
}

interface Link {
  client: Socket;
  server: Socket | null;
}

/**
 * A TCP proxy in front of a database, for outages made to order: the machine's PostgreSQL is
 * shared with other tests and stays up; what this process sees of it goes away.
 */
export async function startDatabaseProxy(databaseUrl: string): Promise<DatabaseProxy> {
  const target = new URL(databaseUrl);
  const targetPort = Number(target.port || 5432);
  const links = new Set<Link>();
  let outage: Outage | null = null;
  let awaited: { text: string; sent: () => void } | null = null;

  const drop = (link: Link) => {
    links.delete(link);
    link.client.destroy();
    link.server?.destroy();
  };
  const flow = (link: Link) => {
    const server = link.server ?? connect(targetPort, target.hostname);
    if (!link.server) {
      link.server = server;
      server.on('error', () => drop(link));
      server.on('close', () => drop(link));
    }
    link.client.pipe(server);
    server.pipe(link.client);
  };
  const freeze = (link: Link) => {
    if (link.server) {
      link.client.unpipe(link.server);
      link.server.unpipe(link.client);
      link.server.pause();
    }
    link.client.pause();
  };

  const listener = createServer((client) => {
    const link: Link = { client, server: null };
    links.add(link);
    client.on('error', () => drop(link));
    client.on('close', () => drop(link));
    client.on('data', (chunk: Buffer) => {
      if (!awaited || !chunk.includes(awaited.text)) return;
      const { sent } = awaited;
      awaited = null;
      // After the pipe's own listener has written the chunk on: no answer can arrive before the next turn of the event loop.
      queueMicrotask(() => void cut('blackholed').then(sent));
    });
    if (outage === 'blackholed') freeze(link);
    else flow(link);
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(port, '127.0.0.1', () => {
        listener.off('error', reject);
        resolve();
      });
    });
  const stopListening = () => new Promise<void>((resolve) => listener.close(() => resolve()));

  await listen(0);
  const { port } = listener.address() as AddressInfo;
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);

  const cut = async (kind: Outage) => {
    outage = kind;
    if (kind === 'refused') {
      await new Promise<void>((resolve) => {
        // Closing the listener refuses new connections; it waits for the open ones, which are reset now.
        void stopListening().then(resolve);
        for (const link of links) drop(link);
      });
    } else {
      for (const link of links) freeze(link);
    }
  };

  return {
    url: url.toString(),
    cut,
    blackholeOnceSent(text) {
      return new Promise<void>((sent) => {
        awaited = { text, sent };
      });
    },
    async restore() {
      const was = outage;
      outage = null;
      awaited = null;
      if (was === 'refused') await listen(port);
      else if (was === 'blackholed') for (const link of links) flow(link);
    },
    async close() {
      for (const link of links) drop(link);
      if (listener.listening) await stopListening();
    },
  };
}
