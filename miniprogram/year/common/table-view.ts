import { formatPoints, shortDate } from '../../common/format';
import type { YearTable } from './year-view';

/** One member's line of the branch's year table. */
export interface TableRow {
  memberId: string;
  name: string;
  total: string;
  /** "合格 · 4星" (either may be missing). */
  grade: string;
  lines: string[];
}

export interface TableView {
  title: string;
  statusText: string;
  counts: string;
  quotas: string[];
  missing: string;
  rows: TableRow[];
  exempt: string;
}

const NOTE_TEXT: Record<NonNullable<YearTable['rows'][number]['gradeNote']>, string> = {
  notGraded: '预备党员，不评定等次',
  awaitingReview: '等民主评议结果录入后评定等次',
  noGrading: '本方案不评定等次',
};

const STATUS_TEXT: Record<YearTable['status'], (t: YearTable) => string> = {
  open: (t) => `按积分方案计算到${shortDate(t.asOf)}，年底前还会变化，仅供参考。`,
  proposed: () => '支部已申报等次（冻结，不再变化），等上级党委审定。',
  decided: () => '上级党委已审定，这是最终结果。',
};

/**
 * The branch's year (year.yearTable) for its officers, on a phone: the grade counts, the quota's
 * explanation, who still lacks a democratic-review result, and a line per member. Entering reviews,
 * proposing and deciding stay on the admin pages (a table of every field does not fit a phone).
 */
export function tableViewOf(table: YearTable): TableView {
  const counts = table.decision?.counts ?? table.counts;
  return {
    title: `${table.year}年度积分与等次`,
    statusText: STATUS_TEXT[table.status](table),
    counts: [...counts.byGrade.map((g) => `${g.name} ${g.count} 人`), ...(counts.ungraded ? [`不评等次 ${counts.ungraded} 人`] : [])].join(
      '，',
    ),
    quotas: table.quotas.map((q) => q.explanation),
    missing: table.reviewsMissing ? `还有 ${table.reviewsMissing} 人的民主评议结果没有录入。` : '',
    rows: table.rows.map((row) => {
      const decided = row.decision?.grade ?? row.grade;
      const lines: string[] = [];
      if (row.gradeNote) lines.push(NOTE_TEXT[row.gradeNote]);
      if (row.movedDownByQuota) lines.push('因优秀名额限制降一档');
      if (row.decision?.changed) lines.push(`党委改评：${row.decision.note ?? ''}`);
      if (row.rank !== null) lines.push(`第${row.rank}名`);
      const cares = [
        ...row.warnings.map((w) => w.name),
        ...row.flags.map((f) => f.name),
        ...(row.escalation ? [row.escalation.action] : []),
      ];
      if (cares.length) lines.push(`需要帮扶：${cares.join('；')}`);
      // The grade and the stars on one line: a secretary scans 16 rows on a small screen.
      const grade = [decided?.name ?? '', row.stars !== null ? `${row.stars}星` : ''].filter(Boolean).join(' · ');
      return { memberId: row.memberId, name: row.name, total: formatPoints(row.total), grade, lines };
    }),
    exempt: table.exempt.map((e) => e.name).join('、'),
  };
}
