import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

/**
 * Who holds a lock: a process, told apart from a later one that got the same pid by its start
 * time (clock ticks since boot, /proc/<pid>/stat) and the boot it started in. Off Linux (no /proc)
 * both are null and the pid alone decides.
 */
interface Owner {
  pid: number;
  startTime: string | null;
  bootId: string | null;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

const BOOT_ID = readText('/proc/sys/kernel/random/boot_id')?.trim() ?? null;

/** A process's state and start time from /proc/<pid>/stat, or null when there is no such process (or no /proc). */
function processStat(pid: number): { state: string; startTime: string } | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === null) return null;
  // "pid (command) state ppid ... starttime": the command may hold spaces and parentheses, so count from its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [state, startTime] = [fields[0], fields[19]];
  return state && startTime ? { state, startTime } : null;
}

function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, and belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(pid: number): Owner {
  return { pid, startTime: processStat(pid)?.startTime ?? null, bootId: BOOT_ID };
}

/** Alive however long it has been paused (SIGSTOP, a debugger, a frozen VM); not when it has exited, even unreaped. */
function isAlive(owner: Owner): boolean {
  if (!exists(owner.pid)) return false;
  if (owner.bootId !== BOOT_ID) return false;
  const stat = processStat(owner.pid);
  if (stat === null) return owner.startTime === null;
  return stat.state !== 'Z' && (owner.startTime === null || stat.startTime === owner.startTime);
}

function parse(text: string | null): Owner | null {
  if (text === null) return null;
  try {
    const owner = JSON.parse(text) as Partial<Owner>;
    return Number.isInteger(owner.pid) ? { pid: owner.pid as number, startTime: owner.startTime ?? null, bootId: owner.bootId ?? null } : null;
  } catch {
    return null;
  }
}

function removeIfThere(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

export interface DataDirLock {
  release(): void;
}

/**
 * Takes the lock file `lockPath` for this process, or throws naming the process that holds it.
 * The file says which process holds it, and the lock lasts as long as that process: a second
 * process is refused while the first lives, however long it is paused, and takes over at once
 * when it has died (kill -9 included), without waiting for anything to go stale.
 *
 * The file appears whole or not at all (written aside, then hard-linked into place: link fails when
 * it exists), so a reader never sees it half written. A dead owner's file is removed only if it
 * still is that owner's; two processes taking over from the same dead one at the same instant is
 * the one race left, as with PostgreSQL's postmaster.pid.
 */
export function lockDataDir(lockPath: string, describe: string): DataDirLock {
  const mine = JSON.stringify(ownerOf(process.pid));
  const draft = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, mine, { mode: 0o644 });
  try {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        linkSync(draft, lockPath);
        return {
          release() {
            // Only our own: never a file a later process took over with.
            if (readText(lockPath) === mine) removeIfThere(lockPath);
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const text = readText(lockPath);
      const owner = parse(text);
      if (owner && isAlive(owner)) {
        const who = owner.pid === process.pid ? 'this process' : `process ${owner.pid}`;
        throw new Error(`${describe} is locked by ${who} (${lockPath}): stop it first, or give this one another directory`);
      }
      // Its owner has died (or the file is not one we wrote): remove it, unless someone replaced it meanwhile.
      if (text !== null && readText(lockPath) === text) removeIfThere(lockPath);
    }
    throw new Error(`${describe}: could not take the lock ${lockPath}`);
  } finally {
    removeIfThere(draft);
  }
}
