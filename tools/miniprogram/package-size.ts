/**
 * How large the mini-program's packages are as DevTools would upload them, measured here (miniprogram-ci's
 * size analysis needs WeChat's servers): every file under miniprogramRoot that ships, TypeScript counted
 * as the JavaScript it compiles to (types stripped, not minified: an upper bound), declaration files and
 * tsconfig.json left out (project.config.json's packOptions ignores them). A file belongs to the
 * subpackage whose root holds it (app.json subPackages), otherwise to the main package.
 */
import { transformSync } from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** WeChat's limit for the main package and for each subpackage. */
export const PACKAGE_LIMIT_KB = 2048;

export interface PackageSize {
  name: string;
  bytes: number;
}

function shippedBytes(file: string): number {
  if (file.endsWith('.d.ts') || file.endsWith('tsconfig.json') || file.endsWith('.md')) return 0;
  if (file.endsWith('.ts')) return Buffer.byteLength(transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'cjs' }).code);
  return statSync(file).size;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function packageSizes(miniprogramRoot: string): PackageSize[] {
  const app = JSON.parse(readFileSync(join(miniprogramRoot, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] };
  const roots = (app.subPackages ?? []).map((sub) => sub.root.replace(/\/$/, ''));
  const sizes = new Map<string, number>([['main', 0], ...roots.map((root) => [root, 0] as [string, number])]);
  for (const file of filesUnder(miniprogramRoot)) {
    const rel = relative(miniprogramRoot, file).split(sep).join('/');
    const owner = roots.find((root) => rel.startsWith(`${root}/`)) ?? 'main';
    sizes.set(owner, sizes.get(owner)! + shippedBytes(file));
  }
  return [...sizes].map(([name, bytes]) => ({ name, bytes }));
}

export const kb = (bytes: number) => Math.ceil(bytes / 1024);
