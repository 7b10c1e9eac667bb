/**
 * `npm run emulator`: the emulator on 127.0.0.1:$EMULATOR_PORT (default 8790), data in
 * $EMULATOR_DATA (default .data/emulator). Functions are loaded from $EMULATOR_FUNCTIONS
 * (default cloudfunctions/<name>/index.ts) and run in this process, with the environment of
 * emulatorProcessEnv() so that their SDK calls reach the emulator. Prints one line
 * "emulator listening on <url>" when ready. Timer triggers come from each function folder's config.json;
 * EMULATOR_TIMERS=schedule fires them on their schedule (else by hand: POST /_emulator/timers/<fn>/<trigger>).
 */
import path from 'node:path';
import { emulatorProcessEnv, functionsFromDirectory, sdkConfig, startEmulator, triggersFromDirectory } from './index';

async function main(): Promise<void> {
  const port = process.env['EMULATOR_PORT'] !== undefined ? Number(process.env['EMULATOR_PORT']) : 8790;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`EMULATOR_PORT must be a port number, got ${process.env['EMULATOR_PORT']}`);
  const dataDir = process.env['EMULATOR_DATA'] || path.join('.data', 'emulator');
  const words = (name: string) =>
    (process.env[name] ?? '')
      .split(',')
      .map((word) => word.trim())
      .filter(Boolean);
  const functionsDir = process.env['EMULATOR_FUNCTIONS'] || 'cloudfunctions';
  const emulator = await startEmulator({
    port,
    dataDir,
    indexesFile: process.env['EMULATOR_INDEXES'] || undefined,
    functions: functionsFromDirectory(functionsDir),
    triggers: triggersFromDirectory(functionsDir),
    scheduleTimers: process.env['EMULATOR_TIMERS'] === 'schedule',
    contentCheckWords: words('EMULATOR_CONTENT_CHECK_WORDS'),
    contentReviewWords: words('EMULATOR_CONTENT_REVIEW_WORDS'),
  });
  // The functions run in this process: their unmodified `tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })`
  // must reach this emulator, with the local key pair.
  Object.assign(process.env, emulatorProcessEnv(emulator));
  const config = sdkConfig(emulator);
  process.stdout.write(`emulator listening on ${emulator.url}\n`);
  process.stdout.write(
    `  tcb.init(${JSON.stringify({ env: config.env, secretId: config.secretId, secretKey: config.secretKey, serviceUrl: config.serviceUrl })})\n`,
  );
  process.stdout.write(`  data: ${emulator.dataDir}\n`);
  for (const timer of emulator.timers())
    process.stdout.write(
      `  timer ${timer.functionName}/${timer.name} "${timer.config}": POST ${emulator.url}/_emulator/timers/${timer.functionName}/${timer.name}\n`,
    );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`emulator stopping (${signal})\n`);
    emulator.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  // Cloud functions run in this process: an error they throw outside their promise (a stray timer,
  // a forgotten rejection) would otherwise stop the whole emulator. In SCF it only kills that instance.
  process.on('uncaughtException', (error) => console.error('[emulator] uncaught exception (from a cloud function?):', error));
  process.on('unhandledRejection', (reason) => console.error('[emulator] unhandled rejection (from a cloud function?):', reason));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`emulator failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
