import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findPreset, presetIds, Scheme } from '../shared/scheme';
import { Scenario, ScenarioScore, ScoringInputError, scoreScenario } from '../shared/engine';
import { describeProblem, FieldProblem, parseWith } from '../shared/validation';
import { renderScoreTable } from './score-table-format';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const USAGE = 'usage: npm run score -- --scheme <preset id | path/to/scheme.json> --input <scenario.json> [--format json|table]';

function fail(message: string): CliResult {
  return { code: 2, stdout: '', stderr: `${message}\n` };
}

function problemsMessage(what: string, problems: FieldProblem[]): string {
  return problems.map((p) => `${what}: ${describeProblem(p)}`).join('\n');
}

function readJson(
  path: string,
  what: string,
  read: (path: string) => string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = read(path);
  } catch (error) {
    return { ok: false, message: `${what}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `${what}: ${path} is not valid JSON (${(error as Error).message})` };
  }
}

function loadScheme(arg: string, read: (path: string) => string): { ok: true; scheme: Scheme } | { ok: false; message: string } {
  const looksLikePath = arg.endsWith('.json') || arg.includes('/');
  if (!looksLikePath) {
    const preset = findPreset(arg);
    if (preset) return { ok: true, scheme: preset };
    return { ok: false, message: `scheme: no preset "${arg}" (presets: ${presetIds().join(', ')})` };
  }
  const json = readJson(arg, 'scheme', read);
  if (!json.ok) return json;
  const parsed = parseWith(Scheme, json.value);
  if (!parsed.ok) return { ok: false, message: problemsMessage('scheme', parsed.problems) };
  return { ok: true, scheme: parsed.value };
}

/** The scoring CLI as a function of its arguments and file reader, so tests run it without a process. */
export function runScoreCli(argv: string[], read: (path: string) => string = (p) => readFileSync(p, 'utf8')): CliResult {
  let values: { scheme?: string; input?: string; format?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { scheme: { type: 'string' }, input: { type: 'string' }, format: { type: 'string', default: 'json' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (!values.scheme || !values.input) return fail(USAGE);
  if (values.format !== 'json' && values.format !== 'table') return fail(`--format must be json or table\n${USAGE}`);

  const scheme = loadScheme(values.scheme, read);
  if (!scheme.ok) return fail(scheme.message);
  const json = readJson(values.input, 'scenario', read);
  if (!json.ok) return fail(json.message);
  const input = parseWith(Scenario, json.value);
  if (!input.ok) return fail(problemsMessage('scenario', input.problems));

  let result: ScenarioScore;
  try {
    result = scoreScenario(scheme.scheme, input.value);
  } catch (error) {
    if (error instanceof ScoringInputError) return fail(problemsMessage('scenario', error.problems));
    throw error;
  }
  const stdout = values.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderScoreTable(result);
  return { code: 0, stdout, stderr: '' };
}
