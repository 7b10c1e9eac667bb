import { PersonName, Phone } from '../../shared/contracts/common.schema';
import type { Scheme } from '../../shared/scheme';
import type { FieldProblem } from '../../shared/validation';
import { CellValue, cellDate, cellText } from './roster-cells';
import { CATEGORY_WORDS, GENDER_WORDS, ROSTER_COLUMNS, RosterField, STATUS_WORDS } from './roster-columns';
import { activistProblem, memberDateProblems, resolveTier } from '../members/member-rules';

/** One data row of the sheet: its Excel row number and the cells of the known columns. */
export interface RosterRow {
  rowNumber: number;
  cells: Partial<Record<RosterField, CellValue>>;
}

/** A row that passed every check, ready to become a member record. */
export interface RosterMember {
  rowNumber: number;
  name: string;
  gender: 'male' | 'female';
  birthDate: string;
  /** null for an 入党积极分子. */
  joinDate: string | null;
  status: 'full' | 'probationary' | 'activist';
  category: 'selfManaged' | 'inService' | 'mobile';
  tier: string | null;
  phone: string | null;
  groupId: string | null;
}

export interface RosterContext {
  today: string;
  /** The branch's scheme for the current year (tiers, whether it scores 入党积极分子), or null. */
  scheme: Scheme | null;
  /** The branch's 党小组 by name. */
  groups: Map<string, string>;
}

const HEADER: Record<RosterField, string> = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.field, c.header])) as Record<
  RosterField,
  string
>;
const ORDER: Record<RosterField, number> = Object.fromEntries(ROSTER_COLUMNS.map((c, i) => [c.field, i])) as Record<RosterField, number>;
const HEADER_ORDER = new Map(ROSTER_COLUMNS.map((c, i) => [c.header, i]));

/** A problem in a cell, named for the reply by its Excel row and column header: `rows.<Excel row>.<column>`. */
function cellProblem(rowNumber: number, field: RosterField, message: string): FieldProblem {
  return { path: `rows.${rowNumber}.${HEADER[field]}`, message };
}

/** Names are written with spaces to align two-character names (张  三): drop spaces between Chinese characters. */
function personName(text: string): string {
  return /^[\u3400-\u9fff\s·]+$/.test(text) ? text.replace(/\s+/g, '') : text.replace(/\s+/g, ' ');
}

function word<T>(table: Record<string, T>, text: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, text) ? table[text] : undefined;
}

/**
 * Checks every row (never stopping at the first problem): required cells, fixed choices, dates,
 * tier and group against the branch, phone, and the same person twice in the file. An 入党积极分子 row
 * needs a scheme that scores activists and leaves 入党日期 empty.
 */
export function checkRosterRows(rows: RosterRow[], context: RosterContext): { members: RosterMember[]; problems: FieldProblem[] } {
  const members: RosterMember[] = [];
  const problems: FieldProblem[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    const rowProblems: FieldProblem[] = [];
    const problem = (field: RosterField, message: string) => rowProblems.push(cellProblem(row.rowNumber, field, message));
    const text = (field: RosterField) => cellText(row.cells[field] ?? null);
    const required = (field: RosterField): string | null => {
      const value = text(field);
      if (value === '') problem(field, `请填写${HEADER[field]}`);
      return value === '' ? null : value;
    };
    const choice = <T>(field: RosterField, table: Record<string, T>): T | null => {
      const value = required(field);
      if (value === null) return null;
      const found = word(table, value.replace(/\s+/g, ''));
      if (found === undefined) problem(field, `应填写${ROSTER_COLUMNS[ORDER[field]].choices!.join('、')}之一（现为“${value}”）`);
      return found ?? null;
    };
    const date = (field: RosterField): string | null => {
      const parsed = cellDate(row.cells[field] ?? null);
      if (parsed === null) problem(field, `请填写${HEADER[field]}`);
      else if ('problem' in parsed) problem(field, parsed.problem);
      return parsed && 'date' in parsed ? parsed.date : null;
    };

    const nameText = required('name');
    const name = nameText === null ? null : PersonName.safeParse(personName(nameText));
    if (name && !name.success) problem('name', name.error.issues[0].message);
    const gender = choice('gender', GENDER_WORDS);
    const birthDate = date('birthDate');
    const status = choice('status', STATUS_WORDS);
    let joinDate: string | null = null;
    if (status === 'activist') {
      const activist = activistProblem(context.scheme);
      if (activist) problem('status', activist);
      if (text('joinDate') !== '') problem('joinDate', '入党积极分子尚未入党，入党日期请留空');
    } else if (status !== null || text('joinDate') !== '') {
      // Without a recognised status an empty 入党日期 is not reported: it may be an activist's.
      joinDate = date('joinDate');
    }
    if (birthDate) {
      const dates = memberDateProblems(birthDate, joinDate, context.today);
      if (dates.birthDate) problem('birthDate', dates.birthDate);
      if (dates.joinDate) problem('joinDate', dates.joinDate);
    }
    const category = choice('category', CATEGORY_WORDS);

    let tier: string | null = null;
    if (text('tier') !== '') {
      const resolved = resolveTier(context.scheme, text('tier'));
      if ('problem' in resolved) problem('tier', resolved.problem);
      else tier = resolved.code;
    }
    let phone: string | null = null;
    if (text('phone') !== '') {
      const parsed = Phone.safeParse(text('phone').replace(/[\s-]/g, ''));
      if (parsed.success) phone = parsed.data;
      else problem('phone', parsed.error.issues[0].message);
    }
    let groupId: string | null = null;
    if (text('group') !== '') {
      groupId = context.groups.get(text('group')) ?? null;
      if (!groupId)
        problem(
          'group',
          `本支部没有党小组“${text('group')}”${context.groups.size ? `（现有：${[...context.groups.keys()].join('、')}）` : '（请先建立党小组）'}`,
        );
    }

    if (name?.success && birthDate) {
      const key = `${name.data}|${birthDate}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) problem('name', `与第 ${first} 行重复（姓名和出生日期相同）`);
      else firstRowOf.set(key, row.rowNumber);
    }
    if (rowProblems.length > 0 || !name?.success || !gender || !birthDate || !status || (!joinDate && status !== 'activist') || !category) {
      problems.push(...rowProblems);
      continue;
    }
    members.push({ rowNumber: row.rowNumber, name: name.data, gender, birthDate, joinDate, status, category, tier, phone, groupId });
  }
  return { members, problems };
}

/** Rows naming a person the branch already has (same name and birth date, active record). */
export function existingPersonProblems(members: RosterMember[], existing: { name: string; birthDate: string }[]): FieldProblem[] {
  const known = new Set(existing.map((e) => `${e.name}|${e.birthDate}`));
  return members
    .filter((m) => known.has(`${m.name}|${m.birthDate}`))
    .map((m) => cellProblem(m.rowNumber, 'name', '支部中已有同名且出生日期相同的党员'));
}

/** The Excel row and the column's place of a cell problem (`rows.<Excel row>.<column>`), to sort by. */
function sheetPlace(problem: FieldProblem): [row: number, column: number] {
  const [, row, header] = problem.path.split('.');
  return [Number(row), HEADER_ORDER.get(header) ?? ROSTER_COLUMNS.length];
}

/** Cell problems in sheet order: by Excel row, then by column. */
export function inSheetOrder(problems: FieldProblem[]): FieldProblem[] {
  const placed = problems.map((p) => ({ p, place: sheetPlace(p) }));
  placed.sort((a, b) => a.place[0] - b.place[0] || a.place[1] - b.place[1]);
  return placed.map(({ p }) => p);
}
