import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** The internals of pglite-socket 0.2.17's query queue that this repair replaces. */
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(size: number): void;
  reject(error: Error): void;
  onData(data: Uint8Array): void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue(): Promise<void>;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

const READY_FOR_QUERY = 0x5a; // 'Z', 5 bytes long, then the transaction status
const IDLE = 0x49; // 'I': not in a transaction block
const TERMINATE = 0x58; // 'X'
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

/**
 * pglite-socket 0.2.17 runs the protocol messages of all connections one by one in PGlite's single
 * session, and keeps a connection's messages together only inside a transaction block. A query
 * sent with parameters is five messages (Parse, Bind, Describe, Execute, Sync) outside any block,
 * so as soon as two connections wait at once (one holds a transaction, or simply under load) their
 * messages interleave: one binds the other's statement, and gets its rows, no rows, or "portal
 * does not exist" (electric-sql/pglite#1046, open). This gives PGlite to one connection at a time
 * from its first message until PGlite is ready for a query outside a transaction block again, and
 * keeps the queue going after a failed message (upstream stops it for good).
 */
export function takeTurnsOnPGlite(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== 'function' || typeof queue.clearTransactionIfNeeded !== 'function') {
    throw new Error('pglite-socket is not the version takeTurnsOnPGlite repairs: check whether it still needs the repair');
  }
  const { db } = queue;
  /** The connection whose query or transaction is under way; null when PGlite is free. */
  let turn: number | null = null;

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const index = turn === null ? 0 : this.queue.findIndex((queued) => queued.handlerId === turn);
        // The connection that has the turn has not sent its next message yet.
        if (index === -1) break;
        const [queued] = this.queue.splice(index, 1) as [QueuedMessage];
        let size = 0;
        let tail = new Uint8Array(0);
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(queued.message, {
              onRawData: (data) => {
                size += data.length;
                tail = data.length >= 6 ? data.slice(-6) : Uint8Array.from([...tail, ...data]).slice(-6);
                queued.onData(data);
              },
            }),
          );
        } catch (error) {
          turn = null;
          queued.reject(error as Error);
          continue;
        }
        this.lastHandlerId = queued.handlerId;
        const ready = tail.length === 6 && tail[0] === READY_FOR_QUERY && tail[4] === 5;
        turn = (ready && tail[5] === IDLE) || queued.message[0] === TERMINATE ? null : queued.handlerId;
        queued.resolve(size);
      }
    } finally {
      this.processing = false;
    }
  };

  const clearTransactionIfNeeded = queue.clearTransactionIfNeeded.bind(queue);
  queue.clearTransactionIfNeeded = async (handlerId: number) => {
    if (turn === handlerId) {
      // A connection gone in the middle of a query: end its message batch (its transaction is rolled back next).
      await db.runExclusive(() => db.execProtocolRawStream(SYNC, { onRawData: () => undefined }));
      turn = null;
    }
    await clearTransactionIfNeeded(handlerId);
    void queue.processQueue();
  };
}
