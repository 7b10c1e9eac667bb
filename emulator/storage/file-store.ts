import { mkdirSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** What storage knows of a file besides its bytes. */
export interface FileInfo {
  size: number;
  /** The openid of the client that created it (resource.openid in the security rules); null for admin uploads. */
  owner: string | null;
}

/** A byte range, both ends included (HTTP Range semantics). */
export interface ByteRange {
  start: number;
  end: number;
}

/** Where uploaded files live: memory, or a directory (written durably: temp file, fsync, rename). */
export interface FileStore {
  put(cloudPath: string, data: Buffer, owner: string | null): Promise<void>;
  /** The whole file, or `range` of it. */
  get(cloudPath: string, range?: ByteRange): Promise<Buffer | undefined>;
  stat(cloudPath: string): Promise<FileInfo | undefined>;
  delete(cloudPath: string): Promise<boolean>;
}

export class MemoryFileStore implements FileStore {
  private readonly files = new Map<string, { data: Buffer; owner: string | null }>();

  async put(cloudPath: string, data: Buffer, owner: string | null): Promise<void> {
    this.files.set(cloudPath, { data: Buffer.from(data), owner });
  }

  async get(cloudPath: string, range?: ByteRange): Promise<Buffer | undefined> {
    const data = this.files.get(cloudPath)?.data;
    return data && range ? data.subarray(range.start, range.end + 1) : data;
  }

  async stat(cloudPath: string): Promise<FileInfo | undefined> {
    const file = this.files.get(cloudPath);
    return file && { size: file.data.length, owner: file.owner };
  }

  async delete(cloudPath: string): Promise<boolean> {
    return this.files.delete(cloudPath);
  }
}

/**
 * A directory of files named by their cloud paths. A client-created file's owner is kept beside it in
 * `<file>#owner` ("#" never occurs in a cloud path, so the name cannot collide with a file).
 */
export class DiskFileStore implements FileStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
    mkdirSync(this.root, { recursive: true });
  }

  /** The owner is written (or removed) before the bytes: a crash in between leaves at worst an owner file without a file, which is ignored. */
  async put(cloudPath: string, data: Buffer, owner: string | null): Promise<void> {
    const file = this.pathOf(cloudPath);
    await mkdir(path.dirname(file), { recursive: true });
    if (owner === null) await rm(`${file}#owner`, { force: true });
    else await this.writeDurably(`${file}#owner`, Buffer.from(owner, 'utf8'));
    await this.writeDurably(file, data);
  }

  async get(cloudPath: string, range?: ByteRange): Promise<Buffer | undefined> {
    const file = this.pathOf(cloudPath);
    try {
      if (!range) return await readFile(file);
      const handle = await open(file, 'r');
      try {
        const buffer = Buffer.alloc(range.end - range.start + 1);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, range.start);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async stat(cloudPath: string): Promise<FileInfo | undefined> {
    const file = this.pathOf(cloudPath);
    try {
      const info = await stat(file);
      if (!info.isFile()) return undefined;
      let owner: string | null = null;
      try {
        owner = (await readFile(`${file}#owner`, 'utf8')) || null;
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
      return { size: info.size, owner };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async delete(cloudPath: string): Promise<boolean> {
    const file = this.pathOf(cloudPath);
    if (!(await this.stat(cloudPath))) return false;
    await rm(file, { force: true });
    await rm(`${file}#owner`, { force: true });
    return true;
  }

  private async writeDurably(file: string, data: Buffer): Promise<void> {
    const temporary = `${file}.uploading-${process.pid}-${Date.now()}`;
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  }

  /** Cloud paths are validated already; this also refuses anything resolving outside the root. */
  private pathOf(cloudPath: string): string {
    const file = path.resolve(this.root, ...cloudPath.split('/'));
    if (!file.startsWith(this.root + path.sep)) throw new Error(`cloud path escapes the storage directory: ${cloudPath}`);
    return file;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}
