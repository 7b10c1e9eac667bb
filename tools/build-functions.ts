/**
 * npm run build — bundles each cloud function with esbuild into its own folder: index.js (shared
 * code inlined) and a package.json naming only what CloudBase installs at deploy (the two SDKs).
 * `tcb fn deploy` (cloudbaserc.json) uploads those folders.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FUNCTION_NAMES } from '../shared/contracts/define-contract';

const ROOT = resolve(__dirname, '..');
/** Functions without actions, run by their timer trigger (cloudfunctions/<name>/config.json): built and deployed like the others. */
export const TIMER_FUNCTION_NAMES = ['timers'] as const;
/** Installed by CloudBase from the function's package.json rather than bundled (native bits, dynamic requires). */
export const EXTERNAL = ['@cloudbase/node-sdk', 'wx-server-sdk'];

function versionOf(name: string): string {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

export async function buildFunction(name: string, outDir: string): Promise<{ bytes: number }> {
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [join(ROOT, 'cloudfunctions', name, 'index.ts')],
    outfile: join(outDir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    external: EXTERNAL,
    minify: true,
    keepNames: true,
    sourcemap: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
  });
  const pkg = {
    name: `dangyuan-jifen-${name}`,
    version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    private: true,
    main: 'index.js',
    dependencies: Object.fromEntries(EXTERNAL.map((dep) => [dep, versionOf(dep)])),
  };
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  return { bytes };
}

async function main(): Promise<void> {
  for (const name of [...FUNCTION_NAMES, ...TIMER_FUNCTION_NAMES]) {
    const { bytes } = await buildFunction(name, join(ROOT, 'cloudfunctions', name));
    console.log(`cloudfunctions/${name}/index.js ${(bytes / 1024).toFixed(0)} KiB`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
