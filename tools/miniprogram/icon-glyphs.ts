/**
 * tdesign's icon component ships one WXSS rule per glyph of its icon font — 2,352 rules, 112 KB, the
 * largest file of miniprogram_npm and a fifth of the main package — while the pages name no icon (they
 * write words: icons are too small to read) and the components we ship name a handful ("check",
 * "chevron-right", "close-circle-filled" …). Like the rest of npm-components.ts, only what is used is
 * kept: the glyph rules whose name appears as a word in a shipped tdesign file or in the mini-program's
 * own sources; every other rule of icon.wxss (the font face, the base classes) stays as it is.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ICON_WXSS = 'tdesign-miniprogram/icon/icon.wxss';

const GLYPH_RULE = /\.t-icon-([a-z0-9-]+):before\{[^}]*\}\n?/g;
const WORD = /[a-z0-9]+(?:-[a-z0-9]+)*/g;

/** Names of glyphs the sources may use: every word of them (a superset, which is harmless). */
function wordsOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(WORD)) words.add(match[0]);
  return words;
}

/**
 * icon.wxss with only the glyph rules `sources` name; `sources` are the other shipped files and the
 * mini-program's own WXML, TypeScript and JSON. Returns the file unchanged when it is not tdesign's.
 */
export function pruneIconGlyphs(iconWxss: string, sources: Iterable<string>): string {
  const words = wordsOf(sources);
  return iconWxss.replace(GLYPH_RULE, (rule, name: string) => (words.has(name) ? rule : ''));
}

/** The mini-program's own WXML, WXS, TypeScript and JSON (generated parts left out). */
export function ownSources(miniprogramRoot: string): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'miniprogram_npm' && name !== 'node_modules') walk(path);
      } else if (/\.(wxml|wxs|ts|json)$/.test(name) && !name.endsWith('.d.ts')) texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(miniprogramRoot);
  return texts;
}

/** The shipped npm files with icon.wxss pruned to the glyphs the others and the pages name. */
export function withUsedGlyphsOnly(npmFiles: Map<string, Buffer>, miniprogramRoot: string): Map<string, Buffer> {
  const icon = npmFiles.get(ICON_WXSS);
  if (!icon) return npmFiles;
  const shipped = [...npmFiles]
    .filter(([path]) => path !== ICON_WXSS && /\.(js|wxml|wxs|json)$/.test(path))
    .map(([, bytes]) => bytes.toString('utf8'));
  const pruned = pruneIconGlyphs(icon.toString('utf8'), [...shipped, ...ownSources(miniprogramRoot)]);
  return new Map([...npmFiles, [ICON_WXSS, Buffer.from(pruned)]]);
}
