import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from './cloudbase';
import { isTransactionConflict } from './cloudbase';
import { runTransaction, Transaction } from './transaction';

/**
 * runTransaction for a document many callers may write at once (a report approved by several
 * reviewers, or by one impatient one): the SDK retries a lost transaction at once, which under heavy
 * contention can run out while the winner is still committing; this waits a little (random, growing)
 * and runs it again. `work` must be safe to re-run: it reads its state inside the transaction.
 * Uncontended, it costs exactly what runTransaction costs.
 */
export async function runContendedTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>, rounds = 8): Promise<T> {
  for (let round = 1; ; round++) {
    try {
      return await runTransaction(db, work);
    } catch (error) {
      if (!isTransactionConflict(error) || round >= rounds) throw error;
      await sleep(5 + Math.random() * 15 * round);
    }
  }
}
