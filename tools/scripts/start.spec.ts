import { spawn } from 'node:child_process';
import path from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@groupfinder/domain';
import { freePort, listening } from './ports';

const root = path.resolve(__dirname, '../..');

describe('npm start', () => {
  it('starts the API, the dashboard, the widget demo and the mail catcher with one command, prints their URLs, and Ctrl-C stops them all', async () => {
    const ports: number[] = [];
    for (let count = 0; count < 5; count++) ports.push(await freePort());
    const [apiPort, dashboardPort, widgetPort, mailSmtpPort, mailWebPort] = ports as [number, number, number, number, number];
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/scripts/start.ts', '--fresh-database'], {
      cwd: root,
      env: {
        ...process.env,
        API_PORT: `${apiPort}`,
        DASHBOARD_PORT: `${dashboardPort}`,
        WIDGET_PORT: `${widgetPort}`,
        MAIL_SMTP_PORT: `${mailSmtpPort}`,
        MAIL_WEB_PORT: `${mailWebPort}`,
        PGLITE_DATA_DIR: 'memory://',
      },
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

    expect(output).toContain(`Widget demo page      http://localhost:${widgetPort}/`);
    expect(output).toContain(`Dashboard             http://localhost:${dashboardPort}/`);
    expect(output).toContain(`GraphQL API           http://localhost:${apiPort}/graphql`);
    expect(output).toContain(`Mail (local catcher)  http://localhost:${mailWebPort}/`);
    expect(output).toContain(`SMS (local catcher)   http://localhost:${mailWebPort}/sms`);
    expect(output).toContain(`password ${DEMO_PASSWORD}`);
    for (const account of DEMO_ACCOUNTS) expect(output).toContain(`${account.email.padEnd(40)}  ${account.role}`);
    const signIn = await fetch(`http://localhost:${apiPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation ($input: SignInInput!) { signIn(input: $input) { email } }`, variables: { input: { email: DEMO_ACCOUNTS[0]?.email, password: DEMO_PASSWORD } } }),
    });
    expect(await signIn.json()).toEqual({ data: { signIn: { email: DEMO_ACCOUNTS[0]?.email } } });
    const topics = await fetch(`http://localhost:${apiPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ topics { code } }' }),
    });
    expect(((await topics.json()) as { data: { topics: unknown[] } }).data.topics.length).toBeGreaterThan(0);
    expect((await fetch(`http://localhost:${dashboardPort}/`)).status).toBe(200);
    expect(await (await fetch(`http://localhost:${widgetPort}/`)).text()).toContain('data-groupfinder');
    expect(await (await fetch(`http://localhost:${mailWebPort}/messages`)).json()).toEqual([]);
    expect(await listening(mailSmtpPort)).toBe(true);

    process.kill(-(child.pid as number), 'SIGINT');
    expect(await exited).toBe(0);
    for (const port of [apiPort, dashboardPort, widgetPort, mailSmtpPort, mailWebPort]) expect(await listening(port)).toBe(false);
  });
});
