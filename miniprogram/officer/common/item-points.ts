import type { CONTRACTS, ResponseOf } from '../../shared/index';
import { formatDelta, formatPoints } from '../../common/format';

/** An item's rules as the functions give them (reviewQueue's items, recordingForm's items). */
export type ItemRule = ResponseOf<typeof CONTRACTS.reports.recordingForm>['items'][number];

/** What the reviewer or recorder picks for an item: points (range), a level, a quantity (per occurrence). */
export interface PointsPick {
  points: number | null;
  level: string | null;
  quantity: number | null;
}

export interface ValueChoice {
  value: number;
  text: string;
}

export interface LevelChoice {
  code: string;
  name: string;
  text: string;
}

/** The choices a page offers for an item: only values its rules allow. */
export interface PointsChoices {
  kind: ItemRule['points']['kind'];
  /** fixed and veto: what the entry is worth, in words ("按方案记 −3 分"). */
  fixedText: string;
  /** range: every allowed value as a button (a range of more than MAX_VALUE_BUTTONS values uses the stepper). */
  values: ValueChoice[];
  range: { min: number; max: number; step: number } | null;
  levels: LevelChoice[];
  quantity: { unit: string; max: number; value: number } | null;
}

/** More allowed values than this: a stepper instead of a button per value. */
export const MAX_VALUE_BUTTONS = 21;

const points = (value: number) => `${formatDelta(value)} 分`;

/** "0–10 分，每档 0.5 分". */
export function rangeText(range: { min: number; max: number; step: number }): string {
  return `${formatPoints(range.min)}–${formatPoints(range.max)} 分${range.step === 1 ? '' : `，每档 ${formatPoints(range.step)} 分`}`;
}

/** The allowed values of a range, smallest first (exact in hundredths). */
export function rangeValues(range: { min: number; max: number; step: number }): number[] {
  const [min, max, step] = [range.min, range.max, range.step].map((v) => Math.round(v * 100));
  if (step <= 0 || max < min) return [];
  const values: number[] = [];
  for (let v = min; v <= max; v += step) values.push(v / 100);
  return values;
}

export function isAllowedValue(rule: ItemRule, value: number): boolean {
  return rule.points.kind === 'range' && rangeValues(rule.points).some((v) => Math.abs(v - value) < 0.001);
}

export function choicesOf(rule: ItemRule, pick: PointsPick): PointsChoices {
  const p = rule.points;
  const none: PointsChoices = { kind: p.kind, fixedText: '', values: [], range: null, levels: [], quantity: null };
  switch (p.kind) {
    case 'fixed':
      return { ...none, fixedText: `按方案记 ${points(p.value)}` };
    case 'veto':
      return { ...none, fixedText: '一票否决：本年度积分按方案处理' };
    case 'range': {
      const all = rangeValues(p);
      return {
        ...none,
        range: { min: p.min, max: p.max, step: p.step },
        values: all.length <= MAX_VALUE_BUTTONS ? all.map((value) => ({ value, text: formatPoints(value) })) : [],
      };
    }
    case 'levels':
      return { ...none, levels: p.levels.map((l) => ({ code: l.code, name: l.name, text: points(l.value) })) };
    case 'perOccurrence':
      return { ...none, quantity: { unit: p.unit, max: p.maxQuantity, value: pick.quantity ?? 1 } };
  }
}

/** The points an entry would carry with this pick (null: not decided yet). */
export function pickedPoints(rule: ItemRule, pick: PointsPick): number | null {
  const p = rule.points;
  switch (p.kind) {
    case 'fixed':
      return p.value;
    case 'veto':
      return null;
    case 'range':
      return pick.points;
    case 'levels':
      return p.levels.find((l) => l.code === pick.level)?.value ?? null;
    case 'perOccurrence':
      return Math.round(p.value * (pick.quantity ?? 1) * 100) / 100;
  }
}

/** What still has to be chosen, in words; '' when the pick is complete. */
export function missingPick(rule: ItemRule, pick: PointsPick): string {
  const p = rule.points;
  if (p.kind === 'range' && (pick.points === null || !isAllowedValue(rule, pick.points))) return `请选定分值（${rangeText(p)}）。`;
  if (p.kind === 'levels' && !p.levels.some((l) => l.code === pick.level)) return '请选定级别（点一下对应的一行）。';
  if (p.kind === 'perOccurrence' && (!pick.quantity || pick.quantity < 1 || pick.quantity > p.maxQuantity))
    return `请选定次数（1–${p.maxQuantity} ${p.unit}）。`;
  return '';
}

/** The request fields of the pick (absent ones left out, as the contracts take them). */
export function pickFields(rule: ItemRule, pick: PointsPick): { points?: number; level?: string; quantity?: number } {
  const p = rule.points;
  if (p.kind === 'range' && pick.points !== null) return { points: pick.points };
  if (p.kind === 'levels' && pick.level) return { level: pick.level };
  if (p.kind === 'perOccurrence' && pick.quantity) return { quantity: pick.quantity };
  return {};
}

/** How the item turns into points, short ("−3 分", "0–10 分，每档 0.5 分", "按级别 1–4 分", "每天 −0.5 分"). */
export function ruleText(rule: ItemRule): string {
  const p = rule.points;
  switch (p.kind) {
    case 'fixed':
      return points(p.value);
    case 'veto':
      return '一票否决';
    case 'range':
      return rangeText(p);
    case 'levels': {
      const values = p.levels.map((l) => l.value);
      return `按级别 ${formatDelta(Math.min(...values))}～${formatDelta(Math.max(...values))} 分`;
    }
    case 'perOccurrence':
      return `每${p.unit} ${points(p.value)}`;
  }
}
