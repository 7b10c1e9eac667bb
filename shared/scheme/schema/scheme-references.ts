import type { z } from 'zod';
import type { SchemeObject } from './scheme.schema';
import type { Item } from './item.schema';
import { checkExchangeReferences } from './exchange.schema';

const STATUS_NAMES = { full: '正式党员', probationary: '预备党员', activist: '入党积极分子' } as const;

type SchemeShape = z.output<typeof SchemeObject>;
type Path = (string | number)[];

interface LocatedItem {
  item: Item;
  path: Path;
}

/** Every item of a scheme with its path, in declaration order. */
export function itemsWithPaths(scheme: SchemeShape): LocatedItem[] {
  const out: LocatedItem[] = [];
  scheme.categories.forEach((category, c) => {
    category.sections.forEach((section, s) =>
      section.items.forEach((item, i) => out.push({ item, path: ['categories', c, 'sections', s, 'items', i] })),
    );
    category.items.forEach((item, i) => out.push({ item, path: ['categories', c, 'items', i] }));
  });
  return out;
}

function resolvePath(root: unknown, dotted: string): boolean {
  let node: unknown = root;
  for (const part of dotted.split('.')) {
    if (node === null || typeof node !== 'object') return false;
    if (!(part in (node as Record<string, unknown>))) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return node !== undefined;
}

/** Cross-field checks: unique codes and every reference resolving. Each issue names the field path. */
export function checkSchemeReferences(scheme: SchemeShape, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });

  const categoryCodes = new Set<string>();
  const sectionCodes = new Set<string>();
  scheme.categories.forEach((category, c) => {
    if (categoryCodes.has(category.code)) issue(['categories', c, 'code'], `积分类别代码“${category.code}”重复`);
    categoryCodes.add(category.code);
    category.sections.forEach((section, s) => {
      if (sectionCodes.has(section.code) || categoryCodes.has(section.code)) {
        issue(['categories', c, 'sections', s, 'code'], `分项代码“${section.code}”与其他类别或分项重复`);
      }
      sectionCodes.add(section.code);
    });
  });

  const items = new Map<string, Item>();
  for (const { item, path } of itemsWithPaths(scheme)) {
    if (items.has(item.code)) issue([...path, 'code'], `项目代码“${item.code}”重复`);
    items.set(item.code, item);
    if (item.requiresPost && !scheme.posts)
      issue([...path, 'requiresPost'], '须注明岗位的项目（requiresPost）要求方案有志愿服务岗位目录（posts）');
    if (item.countsIn === 'eachMonthOfQuarter' && scheme.period !== 'month')
      issue([...path, 'countsIn'], 'eachMonthOfQuarter 只用于按月计分的方案（period 为 month）');
    if (item.points.kind === 'levels') {
      const seen = new Set<string>();
      item.points.levels.forEach((level, l) => {
        if (seen.has(level.code)) issue([...path, 'points', 'levels', l, 'code'], `级别代码“${level.code}”重复`);
        seen.add(level.code);
      });
    }
  }

  checkCountThresholds(scheme, items, issue);

  scheme.multipliers.forEach((m, i) =>
    m.categories?.forEach((code, j) => {
      if (!categoryCodes.has(code)) issue(['multipliers', i, 'categories', j], `没有代码为“${code}”的积分类别`);
    }),
  );

  const bands = scheme.grading?.bands.map((b) => b.code) ?? [];
  const lowest = bands[bands.length - 1];
  if (new Set(bands).size !== bands.length) issue(['grading', 'bands'], '等次代码不能重复');
  const needUpperGrade = (path: Path, code: string) => {
    if (!scheme.grading) issue(path, '方案没有等次（grading）');
    else if (!bands.includes(code)) issue(path, `没有代码为“${code}”的等次`);
    else if (code === lowest) issue(path, `“${code}”是最低一档等次，无法再往下调`);
  };
  if (scheme.grading?.fromReview) {
    for (const [review, code] of Object.entries(scheme.grading.fromReview)) {
      if (!bands.includes(code)) issue(['grading', 'fromReview', review], `没有代码为“${code}”的等次`);
    }
  }
  if (scheme.quota) needUpperGrade(['quota', 'grade'], scheme.quota.grade);
  scheme.gradeRules.forEach((rule, i) => {
    needUpperGrade(['gradeRules', i, 'grade'], rule.grade);
    if (!scheme.stars) issue(['gradeRules', i], '按星级的等次规定要求方案有星级（stars）');
    if (rule.kind === 'minPeriodStars' && scheme.stars && !scheme.stars.perPeriod) {
      issue(['gradeRules', i], 'minPeriodStars 要求每期评星（stars.perPeriod 为 true）');
    }
  });
  if (scheme.escalation && 'grades' in scheme.escalation.when) {
    scheme.escalation.when.grades.forEach((code, i) => {
      if (!bands.includes(code)) issue(['escalation', 'when', 'grades', i], `没有代码为“${code}”的等次`);
    });
  }
  const needGrades = (path: Path, codes: string[]) => {
    if (!scheme.grading) return issue(path, '方案没有等次（grading）');
    codes.forEach((code, j) => {
      if (!bands.includes(code)) issue([...path, j], `没有代码为“${code}”的等次`);
    });
  };
  scheme.warnings.forEach((w, i) => {
    if (w.when.starsAtMost !== undefined && (!scheme.stars || (w.scope === 'period' && !scheme.stars.perPeriod))) {
      issue(
        ['warnings', i, 'when', 'starsAtMost'],
        w.scope === 'period' ? '每期的星级预警要求每期评星（stars.perPeriod 为 true）' : '按星级的预警要求方案有星级（stars）',
      );
    }
    if (w.when.grades) {
      if (w.scope === 'period') issue(['warnings', i, 'when', 'grades'], '等次按年度评定：按等次的预警请用 scope "year"');
      else needGrades(['warnings', i, 'when', 'grades'], w.when.grades);
    }
  });
  scheme.probation.flags.forEach((f, i) => {
    if (f.statuses.includes('activist') && !scheme.scoresActivists) {
      issue(['probation', 'flags', i, 'statuses'], '本方案不对入党积极分子计分（scoresActivists 为 false）');
    }
    if (!f.grades) return;
    needGrades(['probation', 'flags', i, 'grades'], f.grades);
    const ungraded = f.statuses.filter((s) => scheme.grading && !scheme.grading.gradedStatuses.includes(s));
    if (ungraded.length > 0) {
      issue(
        ['probation', 'flags', i, 'grades'],
        `${ungraded.map((s) => STATUS_NAMES[s]).join('、')}在本方案中不评定等次（grading.gradedStatuses）：请按积分（below）提示`,
      );
    }
  });

  scheme.meetings.forEach((meeting, i) => {
    for (const [outcome, code] of Object.entries(meeting.outcomes)) {
      const item = code ? items.get(code) : undefined;
      const path = ['meetings', i, 'outcomes', outcome];
      if (!item) issue(path, `没有代码为“${code}”的项目`);
      else if (item.enteredBy !== 'recorder') issue(path, `项目“${code}”须由记分员录入（enteredBy 为 recorder）`);
      else if (item.points.kind !== 'fixed' && item.points.kind !== 'perOccurrence' && item.points.kind !== 'count') {
        issue(path, `项目“${code}”须为固定分值、按次计分或只计次数`);
      }
    }
  });

  scheme.settings.forEach((setting, i) => {
    if (!resolvePath(scheme, setting.path)) issue(['settings', i, 'path'], `“${setting.path}”不是本方案中的位置`);
  });

  checkExchangeReferences(scheme, ctx);
}

/**
 * A count threshold counts items that exist and are entered (not other thresholds, not itself); a
 * year threshold sits in a year-scope category (given once, on 31 December), and it is not a member's
 * report (nobody enters it).
 */
function checkCountThresholds(scheme: SchemeShape, items: Map<string, Item>, issue: (path: Path, message: string) => void): void {
  scheme.categories.forEach((category, c) => {
    const located = [
      ...category.sections.flatMap((section, s) =>
        section.items.map((item, i) => ({ item, path: ['categories', c, 'sections', s, 'items', i] })),
      ),
      ...category.items.map((item, i) => ({ item, path: ['categories', c, 'items', i] as Path })),
    ];
    for (const { item, path } of located) {
      const p = item.points;
      if (p.kind !== 'countThreshold') continue;
      p.counts.forEach((code, j) => {
        const counted = items.get(code);
        if (!counted) issue([...path, 'points', 'counts', j], `没有代码为“${code}”的项目`);
        else if (counted.points.kind === 'countThreshold')
          issue([...path, 'points', 'counts', j], `“${code}”也是按次数达标给分的项目，不能计数`);
      });
      if (p.scope === 'year' && category.scope !== 'year')
        issue([...path, 'points', 'scope'], '全年计一次（scope 为 year）的项目应放在按年计分的类别（scope 为 year）中');
      if (item.enteredBy !== 'recorder') issue([...path, 'enteredBy'], '按次数达标给分的项目不由党员申报：enteredBy 写 recorder');
    }
  });
}
