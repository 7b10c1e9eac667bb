/** `npm run screens`' jest global setup: the mini-program build (as for the tests), and an empty .data/screens/. */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildMiniprogram } from '../../../tools/miniprogram/build';

export default async function screensSetup(): Promise<void> {
  await buildMiniprogram();
  const out = join(__dirname, '..', '..', '..', '.data', 'screens');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
}
