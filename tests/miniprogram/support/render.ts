/**
 * Loading and rendering pages and components with miniprogram-simulate and the official WXML compiler,
 * resolving `usingComponents` the way WeChat does: a path that is neither relative nor absolute
 * ("tdesign-miniprogram/button/button") is looked up in the nearest miniprogram_npm folder, so the pages
 * render the real tdesign components that `npm run build` put there.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import simulate from 'miniprogram-simulate';

export const MINIPROGRAM = join(__dirname, '..', '..', '..', 'miniprogram');

type ReadJson = (file: string) => { usingComponents?: Record<string, string> } | null;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the simulator's own file reader, patched for npm paths
const simulateUtils = require('miniprogram-simulate/src/utils') as { readJson: ReadJson; __npmPatched?: boolean };

/** "tdesign-miniprogram/button/button" from pages/bind → "/miniprogram_npm/tdesign-miniprogram/button/button". */
export function resolveNpmComponent(fromFile: string, value: string): string {
  if (value.startsWith('/') || value.startsWith('.')) return value;
  for (let dir = dirname(fromFile); dir.startsWith(MINIPROGRAM); dir = dirname(dir)) {
    const candidate = join(dir, 'miniprogram_npm', value);
    if (existsSync(`${candidate}.json`)) return `/${relative(MINIPROGRAM, candidate).split('\\').join('/')}`;
    if (dir === MINIPROGRAM) break;
  }
  throw new Error(`${relative(MINIPROGRAM, fromFile)} uses ${value}, which is in no miniprogram_npm (did npm run build run?)`);
}

if (!simulateUtils.__npmPatched) {
  const readJson = simulateUtils.readJson;
  simulateUtils.readJson = (file) => {
    const json = readJson(file);
    if (json?.usingComponents) {
      for (const [tag, value] of Object.entries(json.usingComponents)) json.usingComponents[tag] = resolveNpmComponent(file, value);
    }
    return json;
  };
  simulateUtils.__npmPatched = true;
}

/** Loads a page or component once per test file ("pages/home/home"); render it as often as needed. */
export function load(path: string, tagName = 'main'): string {
  return simulate.load(join(MINIPROGRAM, path), tagName, { rootPath: MINIPROGRAM, compiler: 'official' });
}

export type Rendered = ReturnType<typeof simulate.render>;

/** Renders and attaches (lifetimes `attached` run, as when WeChat opens the page). */
export function render(id: string, properties?: Record<string, unknown>): Rendered {
  const component = simulate.render(id, properties);
  const parent = document.createElement('parent-wrapper');
  document.body.appendChild(parent);
  component.attach(parent);
  return component;
}

/** All the text a person would read, spaces collapsed. */
export function textOf(component: Rendered): string {
  return (component.dom?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until `check` passes (the page's calls and setData are asynchronous); fails after `timeoutMs`. */
export async function until(check: () => boolean | void, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  let lastError: unknown;
  for (;;) {
    try {
      if (check() !== false) return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() - start > timeoutMs) throw lastError ?? new Error('condition not met in time');
    await simulate.sleep(10);
  }
}

/**
 * Finds a node across component boundaries: each selector is looked up inside the component the previous
 * one found (miniprogram-simulate's querySelector, like WeChat's, stops at a component's shadow tree).
 */
export function pick(root: Rendered, ...path: string[]): Rendered {
  let node = root;
  for (const selector of path) {
    const next = node.querySelector(selector);
    if (!next) throw new Error(`nothing matches ${path.join(' → ')} (stopped at ${selector})`);
    node = next as Rendered;
  }
  return node;
}

/** All matches of the last selector, inside the component the path before it leads to. */
export function pickAll(root: Rendered, ...path: string[]): Rendered[] {
  const last = path[path.length - 1];
  return pick(root, ...path.slice(0, -1)).querySelectorAll(last) as Rendered[];
}

/** A tap on a tdesign button: its inner native button listens, as on the phone. `path` leads to the t-button. */
export async function tapButton(root: Rendered, ...path: string[]): Promise<void> {
  pick(root, ...path, '.t-button').dispatchEvent('tap');
  await simulate.sleep(0);
}

/** A tap on a plain element (a tile, a tab). */
export async function tap(root: Rendered, ...path: string[]): Promise<void> {
  pick(root, ...path).dispatchEvent('tap');
  await simulate.sleep(0);
}

export { simulate };
