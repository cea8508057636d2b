import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { lockDataDir } from './data-dir-lock';
import { startDatabase } from './database';

const API = path.resolve(__dirname, '../..');

interface DatabaseProcess {
  pid: number;
  url: string;
  exited: Promise<number | null>;
}

/** The embedded database in a process of its own (testing/embedded-database-process.ts): its URL once it serves, or what it said when it refused. */
function startDatabaseProcess(dataDir: string): Promise<DatabaseProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/testing/embedded-database-process.ts', dataDir], { cwd: API, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /^ready (\S+)$/m.exec(output)?.[1];
      if (url) resolve({ pid: child.pid as number, url, exited });
    });
    void exited.then((code) => reject(new Error(`exited with ${code}: ${output.trim()}`)));
  });
}

async function onDatabase<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('the embedded database’s data directory', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('is taken over at once from a process that is gone, also when its pid now belongs to another process', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'groupfinder-lock-'));
    dirs.push(parent);
    const lockPath = path.join(parent, 'data.pid');
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stale = [
      // No such process (above Linux's largest pid).
      { pid: 4_194_305, startTime: '1', bootId },
      // This test's pid, but a process that started at another time: the pid was used again.
      { pid: process.pid, startTime: '1', bootId },
      // This test's pid and start time, in an earlier boot of the machine.
      { pid: process.pid, startTime: null, bootId: 'an-earlier-boot' },
    ];
    for (const owner of stale) {
      writeFileSync(lockPath, JSON.stringify(owner));
      const lock = lockDataDir(lockPath, 'The directory');
      expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: process.pid, bootId });
      expect(() => lockDataDir(lockPath, 'The directory')).toThrow(`The directory is locked by this process (${lockPath})`);
      lock.release();
      expect(existsSync(lockPath)).toBe(false);
    }
  });

  it('is refused to a second process however long the first is paused, and free at once after the first is killed with -9', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'groupfinder-lock-'));
    dirs.push(parent);
    const dataDir = path.join(parent, 'data');
    const first = await startDatabaseProcess(dataDir);
    try {
      await onDatabase(first.url, (client) => client.query(`CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')`));

      process.kill(first.pid, 'SIGSTOP');
      try {
        // Time plays no part: a lock file left untouched for an hour (the old lock went stale after 10 s) still holds.
        const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
        utimesSync(path.join(parent, 'data.pid'), anHourAgo, anHourAgo);
        await expect(startDatabaseProcess(dataDir)).rejects.toThrow(`exited with 1: The PGlite data directory ${dataDir} is locked by process ${first.pid}`);
        await expect(startDatabase({ databaseUrl: undefined, dataDir })).rejects.toThrow(`is locked by process ${first.pid}`);
      } finally {
        process.kill(first.pid, 'SIGCONT');
      }
      // The first never noticed: it serves on.
      expect((await onDatabase(first.url, (client) => client.query(`SELECT note FROM kept`))).rows).toEqual([{ note: 'still here' }]);
    } finally {
      process.kill(first.pid, 'SIGKILL');
    }
    expect(await first.exited).toBeNull();

    const again = await startDatabase({ databaseUrl: undefined, dataDir });
    try {
      expect((await onDatabase(again.url, (client) => client.query(`SELECT note FROM kept`))).rows).toEqual([{ note: 'still here' }]);
      // And this process holds it now, against the next one.
      await expect(startDatabaseProcess(dataDir)).rejects.toThrow(`is locked by process ${process.pid}`);
    } finally {
      await again.stop();
    }
  });
});
