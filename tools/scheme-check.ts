/** npm run -s scheme:check -- <scheme.json>: errors (exit 2), or the preview, smoke scores and warnings. */
import { runSchemeCheckCli } from './scheme-check-cli';

const result = runSchemeCheckCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
