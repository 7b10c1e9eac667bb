/**
 * What WeChat DevTools' 构建 npm (miniprogram-ci's packNpm) would put in `miniprogram/miniprogram_npm/`
 * for tdesign-miniprogram, trimmed to the components the mini-program uses: packNpm copies a package's
 * `miniprogram` folder (tdesign's `miniprogram_dist/`) whole to `miniprogram_npm/<package>/`; we copy
 * the same files, unchanged and at the same paths, but only those the used components reach (their
 * .js imports, usingComponents, WXML import/include/wxs, WXSS @import, and the packages tdesign keeps
 * in its own nested miniprogram_npm, e.g. tslib).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/** An npm package built for mini-programs: its name and the folder packNpm copies (package.json "miniprogram"). */
export interface MiniprogramPackage {
  name: string;
  distDir: string;
}

export function miniprogramPackage(nodeModules: string, name: string): MiniprogramPackage {
  const manifest = JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')) as { miniprogram?: string };
  if (!manifest.miniprogram) throw new Error(`${name} has no "miniprogram" folder in its package.json`);
  return { name, distDir: join(nodeModules, name, manifest.miniprogram) };
}

const COMPONENT_FILES = ['.js', '.json', '.wxml', '.wxss'];

/** Every `usingComponents` value in the mini-program's own JSON files (miniprogram_npm excluded). */
export function usedComponentPaths(miniprogramRoot: string): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'miniprogram_npm' && name !== 'node_modules') walk(path);
      } else if (name.endsWith('.json')) {
        const json = JSON.parse(readFileSync(path, 'utf8')) as { usingComponents?: Record<string, string> };
        for (const value of Object.values(json.usingComponents ?? {})) found.add(value);
      }
    }
  };
  walk(miniprogramRoot);
  return [...found].sort();
}

/** Imports of one file, by its kind (paths as written). */
function referencesOf(file: string, text: string): string[] {
  if (file.endsWith('.js') || file.endsWith('.wxs')) {
    return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1]);
  }
  if (file.endsWith('.json')) {
    const json = JSON.parse(text) as { usingComponents?: Record<string, string> };
    return Object.values(json.usingComponents ?? {}).map((value) => `component:${value}`);
  }
  if (file.endsWith('.wxml')) return [...text.matchAll(/<(?:import|include|wxs)\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  if (file.endsWith('.wxss')) return [...text.matchAll(/@import\s+["']([^"']+)["']/g)].map((m) => m[1]);
  return [];
}

/**
 * The files (relative to the package's dist folder, POSIX separators) that the given components need:
 * `components` are paths inside the package ("button/button").
 */
export function componentClosure(pkg: MiniprogramPackage, components: string[]): string[] {
  const files = new Set<string>();
  const queue: string[] = [];
  const add = (rel: string) => {
    const normal = posix.normalize(rel);
    if (normal.startsWith('..')) throw new Error(`${pkg.name}: ${rel} leaves the package`);
    if (!files.has(normal) && existsSync(join(pkg.distDir, normal))) {
      files.add(normal);
      queue.push(normal);
    }
  };
  const addComponent = (base: string) => {
    const before = files.size;
    for (const ext of COMPONENT_FILES) add(`${base}${ext}`);
    if (files.size === before && !files.has(`${posix.normalize(base)}.json`)) throw new Error(`${pkg.name}: no component at ${base}`);
  };
  const addNestedPackage = (name: string) => {
    const root = posix.join('miniprogram_npm', name);
    const walk = (rel: string) => {
      const abs = join(pkg.distDir, rel);
      if (statSync(abs).isDirectory()) for (const entry of readdirSync(abs)) walk(posix.join(rel, entry));
      else add(rel);
    };
    if (!existsSync(join(pkg.distDir, root))) throw new Error(`${pkg.name}: imports ${name}, which it does not ship`);
    walk(root);
  };
  for (const component of components) addComponent(component);
  while (queue.length > 0) {
    const file = queue.shift()!;
    const text = readFileSync(join(pkg.distDir, file), 'utf8');
    for (const ref of referencesOf(file, text)) {
      if (ref.startsWith('component:')) {
        const value = ref.slice('component:'.length);
        addComponent(value.startsWith('/') ? value.slice(1) : posix.join(posix.dirname(file), value));
      } else if (ref.startsWith('.') || ref.startsWith('/')) {
        const target = ref.startsWith('/') ? ref.slice(1) : posix.join(posix.dirname(file), ref);
        const candidates = /\.(js|wxs|wxss|wxml|json)$/.test(target) ? [target] : [`${target}.js`, `${target}/index.js`];
        const hit = candidates.find((c) => existsSync(join(pkg.distDir, c)));
        if (!hit) throw new Error(`${pkg.name}: ${file} imports ${ref}, which is missing`);
        add(hit);
      } else {
        addNestedPackage(ref.split('/')[0]);
      }
    }
  }
  return [...files].sort();
}

/** The components of `pkg` named by the mini-program's usingComponents ("tdesign-miniprogram/button/button" → "button/button"). */
export function componentsOfPackage(pkg: MiniprogramPackage, used: string[]): string[] {
  return used.filter((value) => value.startsWith(`${pkg.name}/`)).map((value) => value.slice(pkg.name.length + 1));
}
