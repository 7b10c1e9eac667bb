/**
 * npm run size — builds the mini-program (tdesign and the shared bundle), then prints the main package's
 * size and each subpackage's (tools/miniprogram/package-size.ts), and last `size main_kb=<n> total_kb=<m>`.
 * Fails when a package passes WeChat's 2048 KB limit; the aim for the main package is under 600 KB.
 */
import { buildMiniprogram, MINIPROGRAM_ROOT } from './miniprogram/build';
import { kb, PACKAGE_LIMIT_KB, packageSizes } from './miniprogram/package-size';

async function main(): Promise<void> {
  await buildMiniprogram();
  const sizes = packageSizes(MINIPROGRAM_ROOT);
  for (const { name, bytes } of sizes) {
    const label = name === 'main' ? 'main package' : `subpackage ${name}`;
    const over = kb(bytes) > PACKAGE_LIMIT_KB ? `  OVER THE ${PACKAGE_LIMIT_KB} KB LIMIT` : '';
    console.log(`${label.padEnd(24)} ${String(kb(bytes)).padStart(5)} KB${over}`);
  }
  const main = sizes.find((s) => s.name === 'main')!;
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  if (sizes.some((s) => kb(s.bytes) > PACKAGE_LIMIT_KB)) process.exitCode = 1;
  console.log(`size main_kb=${kb(main.bytes)} total_kb=${kb(total)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
