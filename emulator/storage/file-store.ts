import { mkdirSync } from 'node:fs'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'

/** Where uploaded files live: memory, or a directory (written durably: temp file, fsync, rename). */
export interface FileStore {
  put(cloudPath: string, data: Buffer): Promise<void>
  get(cloudPath: string): Promise<Buffer | undefined>
  delete(cloudPath: string): Promise<boolean>
}

export class MemoryFileStore implements FileStore {
  private readonly files = new Map<string, Buffer>()

  async put(cloudPath: string, data: Buffer): Promise<void> {
    this.files.set(cloudPath, Buffer.from(data))
  }

  async get(cloudPath: string): Promise<Buffer | undefined> {
    return this.files.get(cloudPath)
  }

  async delete(cloudPath: string): Promise<boolean> {
    return this.files.delete(cloudPath)
  }
}

export class DiskFileStore implements FileStore {
  private readonly root: string

  constructor(root: string) {
    this.root = path.resolve(root)
    mkdirSync(this.root, { recursive: true })
  }

  async put(cloudPath: string, data: Buffer): Promise<void> {
    const file = this.pathOf(cloudPath)
    await mkdir(path.dirname(file), { recursive: true })
    const temporary = `${file}.uploading-${process.pid}-${Date.now()}`
    const handle = await open(temporary, 'w')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, file)
  }

  async get(cloudPath: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.pathOf(cloudPath))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') return undefined
      throw error
    }
  }

  async delete(cloudPath: string): Promise<boolean> {
    const file = this.pathOf(cloudPath)
    const existing = await this.get(cloudPath)
    if (!existing) return false
    await rm(file, { force: true })
    return true
  }

  /** Cloud paths are validated already; this also refuses anything resolving outside the root. */
  private pathOf(cloudPath: string): string {
    const file = path.resolve(this.root, ...cloudPath.split('/'))
    if (!file.startsWith(this.root + path.sep)) throw new Error(`cloud path escapes the storage directory: ${cloudPath}`)
    return file
  }
}
