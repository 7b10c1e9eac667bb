/** npm run verify -- --branch <id> [--env <envId>] [--emulator <url>] */
import { runVerifyCli } from './verify-cli';

runVerifyCli(process.argv.slice(2))
  .then((result) => {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
  })
  .catch((error) => {
    console.error(`verify failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
