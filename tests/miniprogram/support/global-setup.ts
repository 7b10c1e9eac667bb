/**
 * Before the page tests: `npm run build`'s mini-program half, so that they render the real tdesign
 * components from miniprogram/miniprogram_npm and call through the real bundled contracts
 * (miniprogram/shared/index.js) — exactly what ships, on a clean clone too (CI runs no build).
 */
import { buildMiniprogram } from '../../../tools/miniprogram/build';

export default async function globalSetup(): Promise<void> {
  await buildMiniprogram();
}
