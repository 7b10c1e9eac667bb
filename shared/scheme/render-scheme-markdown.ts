import type { Cap, Category, Item, Scheme, Section } from './schema';

const REVIEW_NAMES = { excellent: '优秀', qualified: '合格', basicallyQualified: '基本合格', unqualified: '不合格' } as const;
const CATEGORY_NAMES = { selfManaged: '自管党员', inService: '在职党员', mobile: '流动党员' } as const;
const STATUS_NAMES = { full: '正式党员', probationary: '预备党员', activist: '入党积极分子' } as const;

function n(value: number): string {
  return String(value).replace('-', '−');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function itemsOf(scheme: Scheme): Item[] {
  return scheme.categories.flatMap((c) => [...c.sections.flatMap((s) => s.items), ...c.items]);
}

/** Grade codes as their band names: 基本合格或不合格. */
function gradeNames(scheme: Scheme, codes: readonly string[]): string {
  return codes.map((c) => scheme.grading?.bands.find((b) => b.code === c)?.name ?? c).join('或');
}

function itemPoints(item: Item): string {
  const p = item.points;
  switch (p.kind) {
    case 'fixed':
      return `${n(p.value)} / 次`;
    case 'perOccurrence':
      return `${n(p.value)} / ${p.unit}（每条最多 ${p.maxQuantity} ${p.unit}）`;
    case 'range':
      return `${n(p.min)} 至 ${n(p.max)}，步长 ${p.step}`;
    case 'levels':
      return p.levels.map((l) => `${l.name} ${n(l.value)}`).join('；');
    case 'veto':
      return p.effect === 'zeroYear' ? '一票否决：年度积分为零' : '一票否决：等次定为最低';
    case 'pledge':
      return `按承诺事项评定（评诺、践诺）：${n(p.min)} 至 ${n(p.max)}，步长 ${p.step}；每人每期一次，须有本人承诺事项`;
    case 'count':
      return `只计次数，不计分（每条最多 ${p.maxQuantity} ${p.unit}；供按次数达标的项目计数）`;
    case 'countThreshold':
      return (
        `按次数达标：${p.scope === 'year' ? '全年' : '每期'}${p.counts.map((c) => `\`${c}\``).join('、')} 的记录` +
        `${p.atMost !== undefined ? `不多于 ${p.atMost}` : `不少于 ${p.atLeast}`} 次，${p.scope === 'year' ? '年末' : '期末'}计 ${n(p.value)}（自动计分，不录入；冲销的记录不计）`
      );
  }
}

function capText(cap: Cap | undefined, what: string, unit: string): string[] {
  if (!cap) return [];
  const out: string[] = [];
  if (cap.perPeriod !== undefined) out.push(`每${unit}${what}≤${cap.perPeriod}`);
  if (cap.perYear !== undefined) out.push(`每年${what}≤${cap.perYear}`);
  return out;
}

function evidence(item: Item): string {
  const photo = { required: '须附照片', optional: '照片可选', none: '无需照片' }[item.evidence.photo];
  const pledge = item.points.kind === 'pledge' ? '以本人承诺事项为依据' : '';
  return [pledge, photo, item.evidence.attestation ? '可由受惠群众证实' : '', item.evidence.hint ?? ''].filter(Boolean).join('；');
}

function blockRules(block: Category | Section, unit: string, category?: Category): string {
  const parts: string[] = [];
  const carried = 'startFromLastYear' in block ? block.startFromLastYear : undefined;
  const share = 'share' in block ? block.share : undefined;
  if (carried) parts.push(`起始分为本人上年度积分的 ${carried.percent}%（没有上年度积分时为 ${n(block.start)}；${carried.source}）`);
  else if (share !== undefined) parts.push(`分得“${category?.name ?? ''}”起始分的 ${share}%，单独扣分`);
  else if (block.start !== 0) parts.push(`起始满分 ${n(block.start)}`);
  if (block.floor !== undefined) parts.push(`最低 ${n(block.floor)}`);
  else if (share !== undefined) parts.push('最低 0（扣完为止）');
  if (block.ceiling !== undefined) parts.push(`最高 ${n(block.ceiling)}`);
  parts.push(...capText(block.gainCap, '加分', unit), ...capText(block.lossCap, '扣分', unit));
  if (parts.length > 0) return parts.join('，');
  return 'sections' in block && block.sections.length > 0 ? '为各分项之和' : '累加，不设上限';
}

function itemTable(items: Item[], unit: string): string[] {
  const rows = [
    '| 代码 | 项目 | 分值 | 上限 | 佐证 | 录入 |',
    '|---|---|---|---|---|---|',
    ...items
      .map((item) =>
        [
          `\`${item.code}\``,
          cell(item.name + (item.requiresPost ? '（注明所认领岗位）' : '')),
          cell(itemPoints(item) + (item.countsIn === 'eachMonthOfQuarter' ? '；按季度计，计入本季度每月' : '')),
          cell(capText(item.cap, '', unit).join('，') || '—'),
          cell(evidence(item)),
          item.enteredBy === 'member' ? '党员申报' : '记分员录入',
        ].join(' | '),
      )
      .map((row) => `| ${row} |`),
  ];
  return rows;
}

/** 不超过参评党员的 20%（人数向下取整）, 每个支部不超过 2 人, or both (the smaller holds). */
function quotaLimits(q: NonNullable<Scheme['quota']>): string {
  const percent = q.maxPercent !== undefined ? `不超过参评党员的 ${q.maxPercent}%（人数向下取整）` : '';
  const places = q.maxPlaces !== undefined ? `不超过 ${q.maxPlaces} 人` : '';
  return `${places ? '每个支部' : ''}${[percent, places].filter(Boolean).join('且')}${percent && places ? '（取较少的一个）' : ''}`;
}

/**
 * A scheme as a Chinese page: `docs/schemes/<id>.md` for the presets (generated from their data only), and
 * the preview `npm run scheme:check` prints for a committee's own scheme (`custom`: no preset code, no
 * seed, no note that the page is generated).
 */
export function renderSchemeMarkdown(scheme: Scheme, options: { custom?: boolean } = {}): string {
  const out: string[] = [];
  const unit = scheme.period === 'month' ? '月' : '季度';
  out.push(`# ${scheme.name}`, '');
  if (options.custom) {
    out.push(`- 方案编号：\`${scheme.id}\`（第 ${scheme.version} 版，格式 ${scheme.format}）`);
    out.push(`- 依据：《${scheme.source.title}》`);
  } else {
    out.push('<!-- Generated by `npm run docs:schemes` from the preset data. Do not edit by hand. -->', '');
    out.push(`- 预设代码：\`${scheme.id}\`（版本 ${scheme.version}，格式 ${scheme.format}）`);
    out.push(`- 依据：${scheme.source.seed ? `种子 ${scheme.source.seed}` : ''}《${scheme.source.title}》`);
  }
  out.push(`- 计分周期：按${unit}`);
  const combine = scheme.yearTotal.combine;
  out.push(
    `- 年度积分：${combine.method === 'sum' ? `各${unit}相加` : combine.method === 'average' ? `各${unit}平均（已开始的${unit}）` : `各${unit}累计 ÷ ${combine.divisor}`}，加按年计分的类别` +
      (scheme.yearTotal.floor ? `，最低 ${n(scheme.yearTotal.floor.value)}（依据：${scheme.yearTotal.floor.source}）` : '') +
      (scheme.yearTotal.ceiling
        ? `，以 ${scheme.yearTotal.ceiling.value} 分为满分${scheme.yearTotal.ceiling.overflow === 'reward' ? '，超出部分计为奖励积分' : '，超出部分不计'}`
        : ''),
  );
  const scale = scheme.yearTotal.reviewScale;
  if (scale) {
    const ratios = (Object.keys(REVIEW_NAMES) as (keyof typeof REVIEW_NAMES)[]).map((g) => `${REVIEW_NAMES[g]} ${scale.percent[g]}%`);
    out.push(
      `- 评议折算：年度积分 = 全年累计积分 × 民主评议折算比例（${ratios.join('，')}；以最近一次评议为准，评议结果录入前暂不折算；依据：${scale.source}）`,
    );
  }
  out.push('- 计算：一律以 0.01 分为单位精确计算；平均、除法和百分比按四舍五入保留到 0.01 分。');
  if (scheme.description) out.push('', scheme.description);
  const base = scheme.yearTotal.base;
  if (base.kind === 'fixed') out.push('', `基础分：${n(base.value)}（${base.source}）`);
  if (base.kind === 'byTier') {
    out.push('', '## 基础分（按层次）', '', '| 代码 | 层次 | 基础分 |', '|---|---|---|');
    for (const tier of base.tiers) out.push(`| \`${tier.code}\` | ${cell(tier.name)} | ${n(tier.value)} |`);
    out.push('', `未匹配任何层次：${n(base.otherwise)}。年龄按计分年度 12 月 31 日计算。依据：${base.source}`);
  }

  out.push('', '## 积分类别与项目');
  for (const category of scheme.categories) {
    out.push('', `### ${category.name}（\`${category.code}\`）`, '');
    out.push(
      `- ${category.scope === 'period' ? `每${unit}计分` : '按年计分'}${category.group ? `，属“${category.group}”` : ''}；${blockRules(category, unit)}`,
    );
    if (category.description) out.push(`- ${category.description}`);
    out.push(`- 依据：${category.source}`);
    for (const section of category.sections) {
      out.push('', `#### ${section.name}（\`${section.code}\`）：${blockRules(section, unit, category)}`, '');
      out.push(...itemTable(section.items, unit));
    }
    if (category.items.length > 0) {
      out.push('');
      out.push(...itemTable(category.items, unit));
    }
    if (category.review) {
      const r = category.review;
      out.push('', `民主评议折算（每年 ${r.rounds} 次${r.weightPercent !== 100 ? `，每次得分 × ${r.weightPercent}%` : ''}）：`, '');
      out.push('| 评议结果 | 分值 |', '|---|---|');
      for (const [grade, range] of Object.entries(r.points)) {
        out.push(
          `| ${REVIEW_NAMES[grade as keyof typeof REVIEW_NAMES]} | ${range.min === range.max ? n(range.min) : `${n(range.min)}–${n(range.max)}`} |`,
        );
      }
      out.push('', `依据：${r.source}`);
    }
  }

  if (itemsOf(scheme).some((item) => item.countsIn === 'eachMonthOfQuarter')) {
    out.push(
      '',
      '“按季度计，计入本季度每月”的项目：一条记录在其所在季度的每个月都计分，每月的上限、最低分照常适用。' +
        '季度内先过去的月份也计入（记录可在季度末才录入）；尚未开始的月份开始后计入；开始计分日之前的月份不计分。冲正该记录则本季度各月均不计。',
    );
  }

  if (scheme.multipliers.length > 0) {
    out.push('', '## 加分倍数', '', '| 代码 | 规则 | 倍数 | 依据 |', '|---|---|---|---|');
    for (const m of scheme.multipliers) out.push(`| \`${m.code}\` | ${cell(m.name)} | ×${m.percent / 100} | ${cell(m.source)} |`);
    out.push('', '年龄按记录日期的周岁计算；只对加分生效，扣分不乘倍数。');
  }

  if (scheme.grading) {
    const g = scheme.grading;
    out.push('', '## 等次', '');
    if (g.basis === 'points') {
      out.push('| 代码 | 等次 | 分数线 |', '|---|---|---|');
      for (const band of g.bands) out.push(`| \`${band.code}\` | ${band.name} | ${band.min === undefined ? '以下' : `≥ ${n(band.min)}`} |`);
    } else {
      out.push('等次由民主评议结果确定：', '', '| 评议结果 | 等次 |', '|---|---|');
      for (const [review, code] of Object.entries(g.fromReview ?? {})) {
        out.push(`| ${REVIEW_NAMES[review as keyof typeof REVIEW_NAMES]} | ${g.bands.find((b) => b.code === code)?.name} |`);
      }
    }
    out.push('', `评定等次：${g.gradedStatuses.map((s) => STATUS_NAMES[s]).join('、')}。依据：${g.source}`);
  }
  if (scheme.stars) {
    out.push('', '## 星级', '', '| 星级 | 分数线 |', '|---|---|');
    for (const band of scheme.stars.bands)
      out.push(`| ${'★'.repeat(band.stars)} | ${band.min === undefined ? '以下' : `≥ ${n(band.min)}`} |`);
    out.push('', `${scheme.stars.perPeriod ? `每${unit}和年度分别评星。` : '按年度积分评星。'}依据：${scheme.stars.source}`);
  }
  if (scheme.quota) {
    const q = scheme.quota;
    const name = scheme.grading?.bands.find((b) => b.code === q.grade)?.name;
    out.push(
      '',
      '## 名额',
      '',
      `${name}${quotaLimits(q)}，按年度积分从高到低确定；名额线上的并列者不拆分，${q.ties === 'excludeTied' ? '均不评为' : '均评为'}${name}。依据：${q.source}`,
    );
  }
  if (scheme.gradeRules.length > 0) {
    out.push('', '## 等次特别规定', '');
    for (const rule of scheme.gradeRules) {
      const name = scheme.grading?.bands.find((b) => b.code === rule.grade)?.name;
      const who = rule.kind === 'minStars' && rule.categories ? rule.categories.map((c) => CATEGORY_NAMES[c]).join('、') : '党员';
      out.push(
        `- ${rule.kind === 'minStars' ? `${who}年度星级少于 ${rule.minStars} 星` : `任一${unit}星级低于 ${rule.minStars} 星`}，不能评为${name}。依据：${rule.source}`,
      );
    }
  }
  if (scheme.warnings.length > 0) {
    out.push('', '## 预警', '', '| 代码 | 名称 | 条件 | 处理 |', '|---|---|---|---|');
    for (const w of scheme.warnings) {
      const cond = [
        w.when.grades ? `评为${gradeNames(scheme, w.when.grades)}` : '',
        w.when.atLeast !== undefined ? `≥ ${n(w.when.atLeast)}` : '',
        w.when.below !== undefined ? `< ${n(w.when.below)}` : '',
        w.when.starsAtMost !== undefined ? `星级 ≤ ${w.when.starsAtMost}` : '',
      ]
        .filter(Boolean)
        .join(' 且 ');
      out.push(`| \`${w.code}\` | ${w.name} | ${w.scope === 'year' ? '年度' : `每${unit}`} ${cond} | ${cell(w.action)} |`);
    }
    if (scheme.warnings.some((w) => w.when.grades))
      out.push('', '按等次的预警看最终等次（一票否决、等次特别规定和名额调整之后），与积分多少无关。');
  }
  if (scheme.probation.flags.length > 0) {
    const onlyProbationary = scheme.probation.flags.every((f) => f.statuses.length === 1 && f.statuses[0] === 'probationary');
    out.push('', onlyProbationary ? '## 预备党员' : '## 预备党员与入党积极分子', '');
    for (const f of scheme.probation.flags) {
      const who = onlyProbationary ? '' : `${f.statuses.map((st) => STATUS_NAMES[st]).join('、')}`;
      out.push(`- ${who}${f.grades ? `评为${gradeNames(scheme, f.grades)}` : `年度积分低于 ${n(f.below!)}`}：${f.name}（${f.source}）`);
    }
  }
  if (scheme.escalation) {
    const e = scheme.escalation;
    const cond = 'grades' in e.when ? `评为${gradeNames(scheme, e.when.grades)}` : `低于 ${n(e.when.below)} 分`;
    out.push('', '## 连续处理', '', `${e.counting === 'consecutive' ? '连续' : '累计'}${cond}的年数：`, '');
    for (const step of e.steps) out.push(`- ${step.count} 年：${step.action}`);
    out.push('', `依据：${e.source}`);
  }
  if (scheme.meetings.length > 0) {
    out.push('', '## 会议考勤', '', '| 会议 | 出席 | 缺席 | 迟到 | 请假 |', '|---|---|---|---|---|');
    for (const m of scheme.meetings) {
      out.push(
        `| ${m.name}（\`${m.code}\`） | ${(['present', 'absent', 'late', 'leave'] as const).map((o) => (m.outcomes[o] ? `\`${m.outcomes[o]}\`` : '—')).join(' | ')} |`,
      );
    }
  }
  if (scheme.posts) {
    out.push(
      '',
      '## 志愿服务岗位',
      '',
      `每人认领 ${scheme.posts.perMember} 个岗位。依据：${scheme.posts.source}`,
      '',
      '| 代码 | 岗位 | 说明 |',
      '|---|---|---|',
    );
    for (const p of scheme.posts.catalog) out.push(`| \`${p.code}\` | ${p.name} | ${cell(p.note ?? '')} |`);
  }
  const wf = scheme.workflow;
  out.push('', '## 公示与申诉', '');
  for (const p of wf.publications) {
    out.push(
      `- ${{ month: '每月', quarter: '每季度', year: '年度' }[p.every]}公示 ${p.windowDays} 个${p.workdays ? '工作日' : '自然日'}（${p.source}）`,
    );
  }
  out.push(
    `- 申诉：公示后 ${wf.appeal.withinDays} 天内向${wf.appeal.to === 'branch' ? '党支部' : '党支部或上级党组织'}提出，${wf.appeal.answerWithinDays} 天内答复（${wf.appeal.source}）`,
  );
  if (wf.memberConfirms) out.push('- 党员对每期得分签字确认');
  if (wf.yearResultDue) out.push(`- 年度结果须于次年 ${wf.yearResultDue.replace('-', '月')}日前确定`);
  out.push(`- 排名：${scheme.ranking.enabled ? '公布' : '不公布'}${scheme.ranking.source ? `（${scheme.ranking.source}）` : ''}`);
  if (scheme.settings.length > 0) {
    out.push('', `## 支部可调设置（${options.custom ? '细则' : '种子'}未规定的数值）`, '', '| 位置 | 说明 |', '|---|---|');
    for (const s of scheme.settings) out.push(`| \`${s.path}\` | ${cell(s.note)} |`);
  }
  return out.join('\n') + '\n';
}
