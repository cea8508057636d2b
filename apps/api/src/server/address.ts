import { isIP } from 'node:net';

/** Loopback or every interface: `localhost` reaches it from this machine, and is the name the README and `npm start` use. */
const LOCAL = new Set(['127.0.0.1', '0.0.0.0', '::', 'localhost']);

/** The URL to print for a server listening on HOST: one that works from this machine. */
export function serverUrl(host: string, port: number, path: string): string {
  const name = LOCAL.has(host) ? 'localhost' : isIP(host) === 6 ? `[${host}]` : host;
  return `http://${name}:${port}${path}`;
}
