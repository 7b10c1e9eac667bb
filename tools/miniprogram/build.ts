/**
 * The mini-program half of `npm run build` (tools/build-miniprogram.ts is its command line; the page
 * tests' global setup runs it too). It fills the two generated parts of miniprogram/:
 * - miniprogram/miniprogram_npm/tdesign-miniprogram/: what DevTools' 构建 npm would copy, only the
 *   components the pages use (npm-components.ts), and of the icon font's rules only the glyphs they name
 *   (icon-glyphs.ts);
 * - miniprogram/shared/index.js: the contracts and zod, bundled from the repo's shared/ (shared-entry.ts;
 *   its types reach the pages through miniprogram/shared/index.d.ts).
 * Only changed files are written, so running it again (every page-test run does) is cheap and safe.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleShared } from './bundle-shared';
import { withUsedGlyphsOnly } from './icon-glyphs';
import { componentClosure, componentsOfPackage, miniprogramPackage, usedComponentPaths } from './npm-components';
import { syncFolder, writeIfChanged } from './sync-folder';

const ROOT = resolve(__dirname, '..', '..');
export const MINIPROGRAM_ROOT = join(ROOT, 'miniprogram');
/** The npm packages the mini-program uses, as packNpm would bring them (package.json "dependencies"). */
export const MINIPROGRAM_PACKAGES = ['tdesign-miniprogram'];

export interface MiniprogramBuild {
  components: string[];
  npmFiles: number;
  sharedBytes: number;
}

export async function buildMiniprogram(root: string = MINIPROGRAM_ROOT): Promise<MiniprogramBuild> {
  const used = usedComponentPaths(root);
  const npmFiles = new Map<string, Buffer>();
  const components: string[] = [];
  for (const name of MINIPROGRAM_PACKAGES) {
    const pkg = miniprogramPackage(join(ROOT, 'node_modules'), name);
    const wanted = componentsOfPackage(pkg, used);
    components.push(...wanted.map((c) => `${name}/${c}`));
    for (const file of componentClosure(pkg, wanted)) npmFiles.set(`${name}/${file}`, readFileSync(join(pkg.distDir, file)));
  }
  syncFolder(join(root, 'miniprogram_npm'), withUsedGlyphsOnly(npmFiles, root));
  const shared = await bundleShared(join(__dirname, 'shared-entry.ts'));
  writeIfChanged(join(root, 'shared', 'index.js'), shared);
  return { components, npmFiles: npmFiles.size, sharedBytes: Buffer.byteLength(shared) };
}
