import type { CONTRACTS, ResponseOf } from '../../shared/index';
import { formatDelta } from '../../common/format';
import { dayText, openBounds } from '../common/dates';

export type RecordingForm = ResponseOf<typeof CONTRACTS.reports.recordingForm>;
export type Meeting = RecordingForm['meetings'][number];
export type Outcome = Meeting['outcomes'][number]['outcome'];

export const OUTCOME_LABELS: Record<Outcome, string> = { present: '出席', absent: '缺席', leave: '请假', late: '迟到' };
/** Present and absent are always offered (absent may simply earn nothing); on leave and late where the scheme scores them. */
const ORDER: Outcome[] = ['present', 'absent', 'leave', 'late'];

export interface OutcomeOption {
  outcome: Outcome;
  label: string;
}

export interface MeetingChoice {
  code: string;
  name: string;
  hint: string;
}

export interface MemberRow {
  memberId: string;
  name: string;
  /** The officer's own record: another officer records it (SELF_ENTRY). */
  self: boolean;
  outcome: Outcome;
}

/** The outcomes a meeting type offers. */
export function optionsOf(meeting: Meeting): OutcomeOption[] {
  const scored = new Set(meeting.outcomes.map((o) => o.outcome));
  return ORDER.filter((o) => o === 'present' || o === 'absent' || scored.has(o)).map((outcome) => ({
    outcome,
    label: OUTCOME_LABELS[outcome],
  }));
}

/** What the meeting's outcomes are worth, in words: "缺席 −5 分；迟到、请假 −2 分" or "出席 +5 分；缺席不得分". */
export function meetingHint(meeting: Meeting): string {
  const byPoints = new Map<number, Outcome[]>();
  for (const o of meeting.outcomes) byPoints.set(o.points, [...(byPoints.get(o.points) ?? []), o.outcome]);
  const parts = [...byPoints].map(([points, outcomes]) => `${outcomes.map((o) => OUTCOME_LABELS[o]).join('、')} ${formatDelta(points)} 分`);
  if (!meeting.outcomes.some((o) => o.outcome === 'absent') && meeting.outcomes.some((o) => o.outcome === 'present'))
    parts.push('缺席不得分');
  return parts.join('；');
}

export function meetingChoices(form: RecordingForm): MeetingChoice[] {
  return form.meetings.map((m) => ({ code: m.code, name: m.name, hint: meetingHint(m) }));
}

/** Everyone the attendance is about: active members under points management, present by default. */
export function memberRows(form: RecordingForm, marks: Record<string, Outcome>, options: readonly OutcomeOption[]): MemberRow[] {
  const offered = new Set(options.map((o) => o.outcome));
  return form.members
    .filter((m) => !m.exempt)
    .map((m) => {
      const marked = marks[m.memberId];
      return { memberId: m.memberId, name: m.name, self: m.self, outcome: marked && offered.has(marked) ? marked : 'present' };
    });
}

export function exemptText(form: RecordingForm): string {
  const exempt = form.members.filter((m) => m.exempt).map((m) => m.name);
  return exempt.length ? `不纳入积分管理、不记考勤：${exempt.join('、')}` : '';
}

/** "出席 30 人，缺席 2 人，请假 1 人" (the officer's own line not counted: another officer records it). */
export function countsText(rows: readonly MemberRow[], options: readonly OutcomeOption[]): string {
  const counted = rows.filter((r) => !r.self);
  return options
    .map((o) => ({ o, n: counted.filter((r) => r.outcome === o.outcome).length }))
    .filter(({ o, n }) => n > 0 || o.outcome === 'present')
    .map(({ o, n }) => `${o.label} ${n} 人`)
    .join('，');
}

/** The confirmation's lines: who is marked what, and what it is worth. */
export function confirmLines(rows: readonly MemberRow[], meeting: Meeting): string[] {
  const counted = rows.filter((r) => !r.self);
  const lines: string[] = [];
  for (const outcome of ORDER) {
    const names = counted.filter((r) => r.outcome === outcome).map((r) => r.name);
    if (names.length === 0) continue;
    const points = meeting.outcomes.find((o) => o.outcome === outcome)?.points;
    const worth = points === undefined ? '' : `（每人 ${formatDelta(points)} 分）`;
    lines.push(
      outcome === 'present' && names.length > 8
        ? `出席 ${names.length} 人${worth}`
        : `${OUTCOME_LABELS[outcome]} ${names.length} 人${worth}：${names.join('、')}`,
    );
  }
  return lines;
}

/** The dates open today, in words: "可以录入11月1日到今天开的会。" */
export function openDatesText(form: RecordingForm): string {
  const bounds = openBounds(form.openDates);
  if (!bounds) return '';
  const end = bounds.end === form.today ? '今天' : dayText(bounds.end);
  return `可以录入${dayText(bounds.start).split(' ')[0]}到${end}开的会。`;
}
