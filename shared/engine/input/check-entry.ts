import type { EntryFields } from '../../entry-fields';
import { Centi, fromCenti, timesCenti, toCenti, ZERO_CENTI } from '../../points';
import type { FieldProblem } from '../../validation';
import { CompiledItem, CompiledScheme, ItemKind } from '../compile/compiled-scheme';

const FIELD_ZH = { points: '分值', quantity: '次数', level: '级别' } as const;

function levelNames(item: CompiledItem): string {
  const p = item.source.points;
  return p.kind === 'levels' ? p.levels.map((l) => l.name).join('、') : '';
}

/** A problem with one of the entry's fields: its path is the field's name ("points"), the caller's path goes before it. */
function onField(field: keyof EntryFields, message: string): FieldProblem {
  return { path: field, message };
}

/**
 * Checks an entry's fields against its item: a fixed item takes nothing, a range item needs points
 * within its range and step, a level item a known level, a post item one of the member's posts.
 * The one place these rules live: the scoring engine and the cloud functions both call it. The first
 * problem found names the field ("item", "points", "quantity", "level" or "post"), in Chinese.
 */
export function checkEntryFields(compiled: CompiledScheme, entry: EntryFields, memberPosts?: readonly string[]): FieldProblem | null {
  const index = compiled.itemIndex.get(entry.item);
  if (index === undefined) return onField('item', `本支部的积分方案没有项目 ${entry.item}`);
  const item = compiled.items[index];
  if (item.threshold) return onField('item', `“${item.name}”按记录次数在年（期）末自动计分，不能录入`);
  const unexpected = (field: 'points' | 'quantity' | 'level'): FieldProblem | null =>
    entry[field] !== undefined ? onField(field, `该项目不需要填写${FIELD_ZH[field]}`) : null;
  switch (item.kind) {
    case ItemKind.Fixed:
    case ItemKind.Veto: {
      const problem = unexpected('points') ?? unexpected('quantity') ?? unexpected('level');
      if (problem) return problem;
      break;
    }
    case ItemKind.PerOccurrence: {
      const problem = unexpected('points') ?? unexpected('level');
      if (problem) return problem;
      const quantity = entry.quantity ?? 1;
      if (!Number.isInteger(quantity) || quantity < 1) return onField('quantity', '次数应为不小于 1 的整数');
      if (quantity > item.maxQuantity) return onField('quantity', `每条记录最多 ${item.maxQuantity}`);
      break;
    }
    case ItemKind.Range: {
      const problem = unexpected('quantity') ?? unexpected('level');
      if (problem) return problem;
      if (entry.points === undefined) return onField('points', `请给出分值（${fromCenti(item.min)}–${fromCenti(item.max)} 分）`);
      const c = toCenti(entry.points);
      if (c < item.min || c > item.max) return onField('points', `分值应在 ${fromCenti(item.min)}–${fromCenti(item.max)} 分之间`);
      if ((c - item.min) % item.step !== 0) return onField('points', `分值应按 ${fromCenti(item.step)} 分递增`);
      break;
    }
    case ItemKind.Levels: {
      const problem = unexpected('points') ?? unexpected('quantity');
      if (problem) return problem;
      if (entry.level === undefined) return onField('level', `请选择级别（${levelNames(item)}）`);
      if (!item.levelCodes.includes(entry.level)) return onField('level', `没有这个级别，可选：${levelNames(item)}`);
      break;
    }
  }
  if (item.source.requiresPost) {
    if (entry.post === undefined) return onField('post', '请选择所认领的志愿服务岗位');
    if (!compiled.scheme.posts?.catalog.some((p) => p.code === entry.post)) return onField('post', '没有这个志愿服务岗位');
    if (memberPosts && !memberPosts.includes(entry.post)) return onField('post', '该党员没有认领这个岗位');
  } else if (entry.post !== undefined) {
    return onField('post', '该项目不需要选择岗位');
  }
  return null;
}

/** The item's points for a checked entry before multipliers and caps, in hundredths (0 for a veto). */
export function entryBaseCenti(item: CompiledItem, entry: EntryFields): Centi {
  switch (item.kind) {
    case ItemKind.Fixed:
      return item.value;
    case ItemKind.PerOccurrence:
      return timesCenti(item.value, entry.quantity ?? 1);
    case ItemKind.Range:
      return toCenti(entry.points ?? 0);
    case ItemKind.Levels:
      return item.levelValues[item.levelCodes.indexOf(entry.level ?? '')] ?? ZERO_CENTI;
    case ItemKind.Veto:
      return ZERO_CENTI;
  }
}
