/** npm run score -- --scheme <preset | scheme.json> --input <scenario.json> [--format json|table] */
import { runScoreCli } from './score-cli';

const result = runScoreCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
