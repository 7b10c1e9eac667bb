import { Scheme } from '../schema';
import { parseWith, describeProblem } from '../../validation';
import zhengzhouCommunity from './000-zhengzhou-community.json';
import xishuiTown from './001-xishui-town.json';
import changzhouOffice from './002-changzhou-office.json';
import companyQuarterly from './003-company-quarterly.json';
import pipelineCompany from './003-pipeline-company.json';
import villageQuarterly from './003-village-quarterly.json';
import xinbaTiers from './003-xinba-tiers.json';
import districtHundred from './004-district-hundred.json';

/**
 * The presets: one per scheme in the seeds. Each is plain JSON in the scheme format, the same data a
 * committee edits for a custom scheme. Ids start with the seed number they come from.
 */
const RAW_PRESETS: unknown[] = [
  zhengzhouCommunity,
  xishuiTown,
  changzhouOffice,
  companyQuarterly,
  pipelineCompany,
  villageQuarterly,
  xinbaTiers,
  districtHundred,
];

let parsed: Map<string, Scheme> | null = null;

function presets(): Map<string, Scheme> {
  if (parsed) return parsed;
  const map = new Map<string, Scheme>();
  for (const raw of RAW_PRESETS) {
    const result = parseWith(Scheme, raw);
    if (!result.ok) {
      const id = (raw as { id?: unknown }).id;
      throw new Error(`preset ${String(id)} is invalid:\n${result.problems.map(describeProblem).join('\n')}`);
    }
    map.set(result.value.id, result.value);
  }
  parsed = map;
  return map;
}

export function presetIds(): string[] {
  return [...presets().keys()];
}

/** A preset by id, or by a prefix that names exactly one preset ("001"). */
export function findPreset(idOrPrefix: string): Scheme | undefined {
  const all = presets();
  const exact = all.get(idOrPrefix);
  if (exact) return exact;
  const matches = [...all.keys()].filter((id) => id.startsWith(`${idOrPrefix}-`) || id.startsWith(idOrPrefix));
  return matches.length === 1 ? all.get(matches[0]) : undefined;
}

export function allPresets(): Scheme[] {
  return [...presets().values()];
}
