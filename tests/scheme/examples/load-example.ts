import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Scenario, scoreScenario } from '../../../shared/engine';
import type { ScenarioMemberScore, ScenarioScore } from '../../../shared/engine';
import { toCenti } from '../../../shared/points';
import type { Scheme } from '../../../shared/scheme';
import { parseCustomScheme } from '../../../shared/scheme/custom-scheme';
import { runSchemeCheckCli } from '../../../tools/scheme-check-cli';

const EXAMPLES = join(__dirname, '..', '..', '..', 'docs', 'examples');

export function readExampleJson(file: string): unknown {
  return JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8'));
}

/**
 * An example of docs/examples/: the scheme as a committee wrote it (`<name>.scheme.json`), checked as
 * `npm run scheme:check` and org.saveCustomScheme check any custom scheme (parseCustomScheme: the Scheme
 * schema with its reference checks, problems in Chinese naming the JSON path), and its scenario
 * (`<name>.scenario.json`) scored by the engine.
 */
export function scoreExample(name: string): { scheme: Scheme; result: ScenarioScore } {
  const parsed = parseCustomScheme(readExampleJson(`${name}.scheme.json`));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const scenario = Scenario.parse(readExampleJson(`${name}.scenario.json`));
  return { scheme: parsed.value, result: scoreScenario(parsed.value, scenario) };
}

export function memberIn(result: ScenarioScore, id: string): ScenarioMemberScore {
  const member = result.members.find((m) => m.id === id);
  if (!member) throw new Error(`no member ${id}`);
  return member;
}

/** Totals in integer hundredths, by member id: what the hand calculations in the example's .md give. */
export function totalsInCenti(result: ScenarioScore): Record<string, number> {
  return Object.fromEntries(result.members.map((m) => [m.id, toCenti(m.total)]));
}

/** `npm run scheme:check -- docs/examples/<name>.scheme.json`: its exit code and the 提示 lines it prints. */
export function checkExample(name: string): { code: number; notes: string[]; stderr: string } {
  const result = runSchemeCheckCli([join(EXAMPLES, `${name}.scheme.json`)]);
  const notes = result.stdout.split('\n').filter((line) => line.startsWith('- 提示 '));
  return { code: result.code, notes, stderr: result.stderr };
}
