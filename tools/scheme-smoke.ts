import { Scenario, ScoringInputError, scoreScenario, type ScenarioMemberScore } from '../shared/engine';
import { itemsWithPaths, type Cap, type Item, type Scheme } from '../shared/scheme';
import { parseWith, type FieldProblem } from '../shared/validation';

/**
 * The built-in smoke scenario of `npm run scheme:check`: three members through a whole year — one who
 * earns every addition again and again (up to every cap), one who collects every deduction, one with no
 * entries — scored by the real engine. What the scores show about the scheme (a cap that never bit, a
 * grade or star band no total reaches) comes back as warnings, each naming the field.
 */

const YEAR = 2026;
/** Points each member collects per item and period: far above any cap a 100-point scheme sets. */
const TARGET = 120;
const MAX_ENTRIES = 15;

export interface SmokeMember {
  id: string;
  name: string;
  total: number;
  grade: string;
  stars: string;
}

export interface SmokeResult {
  members: SmokeMember[];
  warnings: FieldProblem[];
}

type Raw = Record<string, unknown>;

function periodDates(scheme: Scheme): string[] {
  const months = scheme.period === 'month' ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [2, 5, 8, 11];
  return months.map((m) => `${YEAR}-${String(m).padStart(2, '0')}-10`);
}

/** One entry's fields giving the most points of the item's sign (`sign` 1: additions, −1: deductions), or null. */
function strongest(item: Item, sign: 1 | -1): { fields: Raw; points: number; once: boolean } | null {
  const p = item.points;
  switch (p.kind) {
    case 'fixed':
      return Math.sign(p.value) === sign ? { fields: {}, points: Math.abs(p.value), once: false } : null;
    case 'perOccurrence': {
      if (Math.sign(p.value) !== sign) return null;
      const quantity = Math.min(p.maxQuantity, Math.ceil(TARGET / Math.abs(p.value)));
      return { fields: { quantity }, points: quantity * Math.abs(p.value), once: false };
    }
    case 'range': {
      const pick = sign > 0 ? p.max : p.min;
      return Math.sign(pick) === sign ? { fields: { points: pick }, points: Math.abs(pick), once: false } : null;
    }
    case 'levels': {
      const level = [...p.levels].sort((a, b) => Math.abs(b.value) - Math.abs(a.value))[0];
      return Math.sign(level.value) === sign ? { fields: { level: level.code }, points: Math.abs(level.value), once: false } : null;
    }
    case 'pledge':
      return sign > 0 ? { fields: { points: p.max }, points: p.max, once: true } : null;
    case 'veto':
    case 'count':
    case 'countThreshold':
      return null;
  }
}

function smokeScenario(scheme: Scheme): Raw {
  const posts = scheme.posts ? scheme.posts.catalog.slice(0, scheme.posts.perMember).map((p) => p.code) : undefined;
  const pledged = itemsWithPaths(scheme).some(({ item }) => item.points.kind === 'pledge');
  const member = (id: string, name: string, birthDate: string, category: string) => ({
    id,
    name,
    birthDate,
    status: 'full',
    category,
    ...(posts ? { posts } : {}),
    ...(pledged ? { pledge: '每月参加一次志愿服务，联系两户群众' } : {}),
  });
  const members = [
    member('top', '加分最多的党员', '1950-06-01', 'selfManaged'),
    member('low', '扣分最多的党员', '1980-06-01', 'inService'),
    member('none', '没有记录的党员', '1980-06-01', 'inService'),
  ];
  const entries: Raw[] = [];
  for (const date of periodDates(scheme)) {
    for (const { item } of itemsWithPaths(scheme)) {
      for (const [who, sign] of [
        ['top', 1],
        ['low', -1],
      ] as const) {
        const pick = strongest(item, sign);
        if (!pick) continue;
        const count = pick.once ? 1 : Math.min(MAX_ENTRIES, Math.ceil(TARGET / pick.points));
        for (let i = 0; i < count; i++)
          entries.push({ member: who, date, item: item.code, ...pick.fields, ...(item.requiresPost && posts ? { post: posts[0] } : {}) });
      }
    }
  }
  const reviewed = scheme.categories.some((c) => c.review) || scheme.yearTotal.reviewScale || scheme.grading?.basis === 'review';
  const reviews: Raw[] = [];
  if (reviewed) {
    const rounds = Math.max(1, ...scheme.categories.map((c) => c.review?.rounds ?? 1));
    const mapping = scheme.categories.find((c) => c.review)?.review;
    for (let round = 1; round <= rounds; round++) {
      for (const [who, grade] of [
        ['top', 'excellent'],
        ['low', 'unqualified'],
        ['none', 'qualified'],
      ] as const) {
        const range = mapping?.points[grade];
        const points = range && range.min !== range.max ? (who === 'top' ? range.max : range.min) : undefined;
        reviews.push({ member: who, round, grade, ...(points !== undefined ? { points } : {}) });
      }
    }
  }
  return { year: YEAR, asOf: `${YEAR}-12-31`, members, entries, reviews };
}

/**
 * The room a block has for its additions (up to its ceiling) or deductions (down to its floor) when it has
 * items of that sign only and a start of its own: a cap per period at least that large never limits anything.
 */
function dominatingLimit(
  block: Scheme['categories'][number] | Scheme['categories'][number]['sections'][number],
  sign: 1 | -1,
  items: Item[],
) {
  if ('startFromLastYear' in block && block.startFromLastYear) return undefined;
  if ('share' in block && block.share !== undefined) return undefined;
  if ('sections' in block && block.sections.length > 0) return undefined;
  if (items.some((item) => strongest(item, sign === 1 ? -1 : 1))) return undefined;
  if (sign > 0) return block.ceiling === undefined ? undefined : block.ceiling - block.start;
  return block.floor === undefined ? undefined : block.start - block.floor;
}

function capWarnings(scheme: Scheme, scores: ScenarioMemberScore[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  const lines = scores.flatMap((m) => m.trace);
  const bit = (rule: string, category: string, section: string | undefined, item?: string) =>
    lines.some((l) => l.rule === rule && l.category === category && l.section === section && (item === undefined || l.item === item));
  const periods = scheme.period === 'month' ? 12 : 4;
  const both = (cap: Cap | undefined, path: string) => {
    if (cap?.perPeriod === undefined || cap.perYear === undefined) return;
    if (cap.perPeriod >= cap.perYear) out.push({ path: `${path}.perPeriod`, message: '每期上限不小于每年上限：每期上限不会起作用' });
    else if (cap.perPeriod * periods <= cap.perYear)
      out.push({ path: `${path}.perYear`, message: `每期上限 × ${periods} 期也不超过每年上限：每年上限不会起作用` });
  };
  const never = '试算中这个上限从未起作用（把所有项目加满或扣满也到不了它，或者另有更小的上限、最高分、最低分先起作用）';
  scheme.categories.forEach((category, c) => {
    const blocks = [
      { block: category, path: `categories.${c}`, section: undefined as string | undefined, items: category.items },
      ...category.sections.map((s, i) => ({ block: s, path: `categories.${c}.sections.${i}`, section: s.code, items: s.items })),
    ];
    for (const { block, path, section, items } of blocks) {
      const all = section === undefined ? [...category.items, ...category.sections.flatMap((s) => s.items)] : items;
      for (const [key, rule, sign] of [
        ['gainCap', 'cap.gain', 1],
        ['lossCap', 'cap.loss', -1],
      ] as const) {
        const cap = block[key];
        if (!cap) continue;
        both(cap, `${path}.${key}`);
        const limit = dominatingLimit(block, sign, all);
        if (!all.some((item) => strongest(item, sign)))
          out.push({
            path: `${path}.${key}`,
            message: sign > 0 ? '本类别（分项）没有加分项目：加分上限不会起作用' : '本类别（分项）没有扣分项目：扣分上限不会起作用',
          });
        else if (limit !== undefined && cap.perPeriod !== undefined && cap.perPeriod >= limit)
          out.push({
            path: `${path}.${key}.perPeriod`,
            message: `从起始分 ${block.start} 到${sign > 0 ? `最高分 ${block.ceiling}` : `最低分 ${block.floor}`} 只有 ${limit} 分：这个上限不会起作用`,
          });
        else if (!bit(rule, category.code, section)) out.push({ path: `${path}.${key}`, message: never });
      }
    }
  });
  for (const { item, path } of itemsWithPaths(scheme)) {
    if (!item.cap) continue;
    const where = path.join('.');
    both(item.cap, `${where}.cap`);
    const category = scheme.categories[path[1] as number];
    const section = path[2] === 'sections' ? category.sections[path[3] as number] : undefined;
    const sign = strongest(item, 1) ? 1 : -1;
    const blockCaps = [section, category].map((block) => (sign > 0 ? block?.gainCap : block?.lossCap));
    const own = item.cap;
    const dominated = (['perPeriod', 'perYear'] as const).find(
      (k) =>
        own[k] !== undefined &&
        blockCaps.some((cap) => {
          if (!cap) return false;
          // What the block lets through at most: a period no more than its year, a year no more than its periods.
          const limit =
            k === 'perYear'
              ? Math.min(cap.perYear ?? Infinity, (cap.perPeriod ?? Infinity) * periods)
              : Math.min(cap.perPeriod ?? Infinity, cap.perYear ?? Infinity);
          return limit <= own[k]!;
        }),
    );
    if (dominated)
      out.push({
        path: `${where}.cap.${dominated}`,
        message: `本项目的上限不小于所在类别（分项）的${sign > 0 ? '加分' : '扣分'}上限：不会起作用`,
      });
    else if (!bit('cap.item', category.code, section?.code, item.code)) out.push({ path: `${where}.cap`, message: never });
  }
  return out;
}

function bandWarnings(scheme: Scheme, scores: ScenarioMemberScore[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  const totals = scores.map((m) => m.total);
  const lo = Math.min(...totals);
  const hi = Math.max(...totals);
  const range = `试算中年度积分在 ${lo} 至 ${hi} 分之间`;
  const g = scheme.grading;
  const lowestByVeto = itemsWithPaths(scheme).some(({ item }) => item.points.kind === 'veto' && item.points.effect === 'lowestGrade');
  if (g?.basis === 'points') {
    g.bands.forEach((band, i) => {
      const above = g.bands[i - 1]?.min;
      if (band.min !== undefined && band.min > hi)
        out.push({ path: `grading.bands.${i}.min`, message: `${range}，达不到“${band.name}”的分数线 ${band.min} 分` });
      else if (above !== undefined && above <= lo && !(i === g.bands.length - 1 && lowestByVeto))
        out.push({ path: `grading.bands.${i}`, message: `${range}，总在上一档的分数线 ${above} 分以上，评不到“${band.name}”` });
    });
  }
  if (g?.basis === 'review') {
    const given = new Set(Object.values(g.fromReview ?? {}));
    g.bands.forEach((band, i) => {
      if (!given.has(band.code) && !(i === g.bands.length - 1 && lowestByVeto))
        out.push({ path: `grading.bands.${i}`, message: `没有哪个评议结果对应“${band.name}”（grading.fromReview）：评不到这个等次` });
    });
  }
  scheme.stars?.bands.forEach((band, i, bands) => {
    if (i > 0 && bands[i - 1].stars - band.stars > 1)
      out.push({ path: `stars.bands.${i}.stars`, message: `星级从 ${bands[i - 1].stars} 星跳到 ${band.stars} 星：中间的星级没有分数段` });
    if (band.min !== undefined && band.min > hi)
      out.push({ path: `stars.bands.${i}.min`, message: `${range}，达不到 ${band.stars} 星的分数线 ${band.min} 分` });
  });
  const ceiling = scheme.yearTotal.ceiling;
  if (ceiling && hi < ceiling.value)
    out.push({ path: 'yearTotal.ceiling.value', message: `${range}，到不了满分 ${ceiling.value} 分：年度满分不会起作用` });
  scheme.warnings.forEach((w, i) => {
    if (w.scope !== 'year') return;
    if (w.when.below !== undefined && w.when.below <= lo)
      out.push({ path: `warnings.${i}.when.below`, message: `${range}，没有人低于 ${w.when.below} 分：“${w.name}”不会出现` });
    if (w.when.atLeast !== undefined && w.when.atLeast > hi)
      out.push({ path: `warnings.${i}.when.atLeast`, message: `${range}，没有人达到 ${w.when.atLeast} 分：“${w.name}”不会出现` });
  });
  return out;
}

function gradeText(m: ScenarioMemberScore): string {
  if (m.grade) return m.grade.name;
  return { notGraded: '不评等次', awaitingReview: '待民主评议', noGrading: '不评等次' }[m.gradeNote ?? 'noGrading'];
}

/** Scores the smoke scenario on a valid scheme; a scenario the scheme refuses is itself a warning, never a crash. */
export function smokeCheck(scheme: Scheme): SmokeResult {
  const scenario = parseWith(Scenario, smokeScenario(scheme));
  if (!scenario.ok)
    return { members: [], warnings: scenario.problems.map((p) => ({ path: '', message: `试算未能进行：${p.path} ${p.message}` })) };
  let scores: ScenarioMemberScore[];
  try {
    scores = scoreScenario(scheme, scenario.value).members;
  } catch (error) {
    if (!(error instanceof ScoringInputError)) throw error;
    return { members: [], warnings: error.problems.map((p) => ({ path: '', message: `试算未能进行：${p.path} ${p.message}` })) };
  }
  return {
    members: scores.map((m) => ({
      id: m.id,
      name: m.name,
      total: m.total,
      grade: gradeText(m),
      stars: m.stars === null ? '—' : m.stars === 0 ? '无星' : '★'.repeat(m.stars),
    })),
    warnings: [...capWarnings(scheme, scores), ...bandWarnings(scheme, scores)],
  };
}
