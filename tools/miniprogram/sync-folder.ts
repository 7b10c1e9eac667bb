import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Makes `dir` hold exactly `files` (relative path → content): writes only what differs (through a
 * temporary file and a rename, so a test reading the folder while another run builds it never sees half
 * a file) and removes what is no longer wanted. Returns how many files it wrote and removed.
 */
export function syncFolder(dir: string, files: Map<string, Buffer | string>): { written: number; removed: number } {
  let written = 0;
  let removed = 0;
  for (const [rel, content] of files) {
    const target = join(dir, rel);
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    if (existsSync(target) && readFileSync(target).equals(bytes)) continue;
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, target);
    written++;
  }
  const wanted = new Set([...files.keys()].map((rel) => join(dir, rel)));
  const prune = (folder: string) => {
    if (!existsSync(folder)) return;
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        prune(path);
        if (readdirSync(path).length === 0) rmdirSync(path);
      } else if (!wanted.has(path) && !name.endsWith('.tmp')) {
        rmSync(path);
        removed++;
      }
    }
  };
  prune(dir);
  return { written, removed };
}

/** Writes one file only when its content changed (same safety as syncFolder). */
export function writeIfChanged(file: string, content: string): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return false;
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file);
  return true;
}
