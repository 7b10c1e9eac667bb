/**
 * npm run build (mini-program half): tdesign's components into miniprogram/miniprogram_npm as DevTools'
 * 构建 npm would bring them, and the repo's shared/ bundled into miniprogram/shared/index.js
 * (tools/miniprogram/build.ts). Afterwards WeChat DevTools opens project.config.json as is.
 */
import { buildMiniprogram } from './miniprogram/build';

async function main(): Promise<void> {
  const result = await buildMiniprogram();
  console.log(
    `miniprogram/miniprogram_npm ${result.npmFiles} files for ${result.components.length} components: ${result.components.join(', ')}`,
  );
  console.log(`miniprogram/shared/index.js ${(result.sharedBytes / 1024).toFixed(0)} KiB (contracts and zod from shared/)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
