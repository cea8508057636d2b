import type { EntityManager, QueryRunner } from 'typeorm';
import { logger } from './logger';

const log = logger('unit-of-work');

type Task = () => unknown;

/** The tasks waiting for each open unit of work's commit, by its connection. */
const waiting = new WeakMap<QueryRunner, Task[]>();

/**
 * Runs `task` once the transaction `db` belongs to has committed, and never when it rolls back:
 * for what cannot be taken back, such as a mail about a change that might yet not happen. The
 * task runs after the commit without holding up the answer; a failure of it is logged by name
 * alone (its message may quote what it was about) and leaves the change as it is.
 */
export function afterCommit(db: EntityManager, task: Task): void {
  const tasks = db.queryRunner ? waiting.get(db.queryRunner) : undefined;
  if (!tasks) throw new Error('afterCommit needs the EntityManager of a unit of work (beginUnitOfWork)');
  tasks.push(task);
}

/** Starts holding tasks for the transaction begun on `runner`: `committed` runs them, `dropped` forgets them. */
export function holdTasksUntilCommit(runner: QueryRunner): { committed(): void; dropped(): void } {
  waiting.set(runner, []);
  const take = () => {
    const tasks = waiting.get(runner) ?? [];
    waiting.delete(runner);
    return tasks;
  };
  return {
    committed() {
      for (const task of take()) {
        void Promise.resolve()
          .then(task)
          .catch((error: unknown) => log.error('a task after the commit failed; the change stands', { error: error instanceof Error ? error.name : typeof error }));
      }
    },
    dropped() {
      take();
    },
  };
}
