import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('npm start', () => {
  it('starts the API, the dashboard and the widget demo with one command, prints their URLs, and Ctrl-C stops all three', async () => {
    const [apiPort, dashboardPort, widgetPort] = [await freePort(), await freePort(), await freePort()] as [number, number, number];
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/scripts/start.ts'], {
      cwd: root,
      env: { ...process.env, API_PORT: `${apiPort}`, DASHBOARD_PORT: `${dashboardPort}`, WIDGET_PORT: `${widgetPort}`, PGLITE_DATA_DIR: 'memory://' },
      // Its own process group, so that the test can send SIGINT to all of it as a terminal's Ctrl-C does.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('groupfinder is running')) resolve();
      });
      void exited.then(() => reject(new Error(`npm start stopped early:\n${output}`)));
    });

    expect(output).toContain(`Widget demo page  http://localhost:${widgetPort}/`);
    expect(output).toContain(`Dashboard         http://localhost:${dashboardPort}/`);
    expect(output).toContain(`GraphQL API       http://localhost:${apiPort}/graphql`);
    const topics = await fetch(`http://localhost:${apiPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ topics { code } }' }),
    });
    expect(((await topics.json()) as { data: { topics: unknown[] } }).data.topics.length).toBeGreaterThan(0);
    expect((await fetch(`http://localhost:${dashboardPort}/`)).status).toBe(200);
    expect(await (await fetch(`http://localhost:${widgetPort}/`)).text()).toContain('data-groupfinder');

    process.kill(-(child.pid as number), 'SIGINT');
    expect(await exited).toBe(0);
    for (const port of [apiPort, dashboardPort, widgetPort]) expect(await listening(port)).toBe(false);
  });
});
