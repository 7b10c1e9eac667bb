import { constants as fsConstants, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { FileHandle, open, rename } from 'node:fs/promises';
import path from 'node:path';
import { Doc, parseEjsonObject, stringifyEjson } from './bson-values';

/** One logical change; a journal record (one line) holds the ops of one acknowledged write, atomically. */
export type JournalOp = { op: 'create'; c: string } | { op: 'put'; c: string; d: Doc } | { op: 'del'; c: string; id: unknown };

export const JOURNAL_FILE = 'database.journal';

interface Pending {
  data: Buffer;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Append-only journal with group commit: writes queued while an fsync runs are written and synced
 * together, and every append resolves only after its bytes are on disk (fdatasync). On start the
 * journal is replayed (a torn last line, never acknowledged, is dropped) and compacted into a fresh
 * file that is fsynced and renamed over the old one.
 */
export class Journal {
  private readonly handle: FileHandle;
  private queue: Pending[] = [];
  private flushing = false;
  private failure: Error | undefined;
  private idle: Array<() => void> = [];

  private constructor(handle: FileHandle) {
    this.handle = handle;
  }

  /** Reads every complete record of the journal in `dir`. */
  static readRecords(dir: string): JournalOp[][] {
    const file = path.join(dir, JOURNAL_FILE);
    if (!existsSync(file)) return [];
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    // The text after the last newline was never completely written, hence never acknowledged.
    lines.pop();
    return lines.map((line, index) => {
      if (line.trim() === '') return [];
      try {
        const record = parseEjsonObject(line, 'journal record');
        if (!Array.isArray(record['ops'])) throw new Error('record without ops');
        return record['ops'] as JournalOp[];
      } catch (error) {
        throw new Error(`journal ${file} is corrupt at line ${index + 1}: ${(error as Error).message}`);
      }
    });
  }

  /** Replaces the journal by `records` (compaction), durably, and opens it for appending. */
  static async rewrite(dir: string, records: JournalOp[][]): Promise<Journal> {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, JOURNAL_FILE);
    const temporary = `${file}.compacting`;
    const out = await open(temporary, 'w');
    try {
      let chunk: string[] = [];
      let chunkLength = 0;
      for (const ops of records) {
        const line = `${stringifyEjson({ ops })}\n`;
        chunk.push(line);
        chunkLength += line.length;
        if (chunkLength > 1 << 20) {
          await writeFully(out, Buffer.from(chunk.join('')));
          chunk = [];
          chunkLength = 0;
        }
      }
      if (chunk.length > 0) await writeFully(out, Buffer.from(chunk.join('')));
      await out.sync();
    } finally {
      await out.close();
    }
    await rename(temporary, file);
    await syncDirectory(dir);
    const handle = await open(file, fsConstants.O_WRONLY | fsConstants.O_APPEND);
    return new Journal(handle);
  }

  append(ops: JournalOp[]): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const data = Buffer.from(`${stringifyEjson({ ops })}\n`);
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ data, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        // Let the requests that arrive in the same event-loop turn join this group commit.
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        await writeFully(this.handle, Buffer.concat(batch.map((entry) => entry.data)));
        await this.handle.datasync();
        for (const entry of batch) entry.resolve();
      } catch (error) {
        // A write that could not be made durable: refuse every later write rather than diverge.
        this.failure = error as Error;
        for (const entry of [...batch, ...this.queue]) entry.reject(this.failure);
        this.queue = [];
      }
    }
    this.flushing = false;
    for (const wake of this.idle.splice(0)) wake();
  }

  /** Waits for pending appends, then closes the file. */
  async close(): Promise<void> {
    if (this.flushing) await new Promise<void>((resolve) => this.idle.push(resolve));
    await this.handle.close();
  }
}

async function writeFully(handle: FileHandle, data: Buffer): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
}

async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  } finally {
    await handle?.close();
  }
}
