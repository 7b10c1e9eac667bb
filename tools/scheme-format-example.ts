import { describeProblem, parseWith } from '../shared/validation';
import { Scheme, type SchemeInput } from '../shared/scheme/schema';
import { smokeCheck } from './scheme-smoke';

const SRC = '红星村党支部党员积分管理细则';

/** One clause of the example 细则, the JSON it becomes, and why. */
interface Step {
  clause: string;
  json: Partial<SchemeInput>;
  notes: string[];
}

const STEPS: Step[] = [
  {
    clause: '红星村党支部党员积分管理细则（2026 年）',
    json: {
      format: 1,
      id: 'hongxing-village',
      version: 1,
      name: '红星村党支部党员积分管理细则',
      shortName: '红星村细则',
      source: { title: '红星村党支部党员积分管理细则（2026 年）' },
    },
    notes: [
      '`id` 自己起，只用小写字母、数字和连字符；`version` 从 1 开始，改了细则再保存时加 1。',
      '`source` 只写标题：自定义方案没有种子编号（`seed`）。',
    ],
  },
  {
    clause: '第一条 党员积分按月计分，年度积分为全年各月积分的平均分，加上当年的奖励加分。',
    json: { period: 'month', yearTotal: { combine: { method: 'average' } } },
    notes: [
      '“按月计分” → `period: "month"`；“各月平均” → `combine.method: "average"`（“累计分除以 4”则写 `divide` 和 `divisor: 4`）。',
      '“加上奖励加分”不必另写：按年计分（`scope: "year"`）的类别总是加在各月合成的结果上，见第四条。',
    ],
  },
  {
    clause:
      '第二条 履行义务基础分每月 60 分，有下列情形的扣分，扣完为止：（一）无故缺席支部党员大会、党小组会、党课的，每次扣 5 分；（二）迟到、早退的，每次扣 2 分；（三）未按月交纳党费的，扣 5 分。',
    json: {
      categories: [
        {
          code: 'duties',
          name: '履行义务',
          scope: 'period',
          start: 60,
          floor: 0,
          source: `${SRC} 第二条`,
          items: [
            {
              code: 'duties.absent',
              name: '无故缺席组织生活',
              points: { kind: 'fixed', value: -5 },
              evidence: { photo: 'none' },
              enteredBy: 'recorder',
              source: `${SRC} 第二条（一）`,
            },
            {
              code: 'duties.late',
              name: '迟到、早退',
              points: { kind: 'fixed', value: -2 },
              evidence: { photo: 'none' },
              enteredBy: 'recorder',
              source: `${SRC} 第二条（二）`,
            },
            {
              code: 'duties.dues',
              name: '未按月交纳党费',
              points: { kind: 'fixed', value: -5 },
              evidence: { photo: 'none' },
              enteredBy: 'recorder',
              source: `${SRC} 第二条（三）`,
            },
          ],
        },
      ],
    },
    notes: [
      '“每月 60 分……扣分” → 一个按期计分的类别，`start: 60` 是每月的起始满分；“扣完为止” → `floor: 0`。',
      '每种情形一个项目，扣分写负数；考勤、党费由记分员录入（`enteredBy: "recorder"`），不需要照片。',
    ],
  },
  {
    clause:
      '第三条 贡献加分每月不超过 30 分：（一）参加志愿服务的，每次加 2 分，以照片或签到表为依据，由党员本人申报；（二）为群众办实事、好事的，视情况加 1 至 5 分。',
    json: {
      categories: [
        {
          code: 'contribution',
          name: '贡献加分',
          scope: 'period',
          gainCap: { perPeriod: 30 },
          source: `${SRC} 第三条`,
          items: [
            {
              code: 'contribution.volunteer',
              name: '参加志愿服务',
              points: { kind: 'fixed', value: 2 },
              evidence: { photo: 'optional', hint: '照片或签到表' },
              enteredBy: 'member',
              source: `${SRC} 第三条（一）`,
            },
            {
              code: 'contribution.deeds',
              name: '为群众办实事、好事',
              points: { kind: 'range', min: 1, max: 5, step: 1 },
              evidence: { photo: 'optional' },
              enteredBy: 'member',
              source: `${SRC} 第三条（二）`,
            },
          ],
        },
      ],
    },
    notes: [
      '“每月不超过 30 分” → 类别的 `gainCap.perPeriod: 30`（加分制的类别从 0 开始，不写 `start`）。',
      '“视情况加 1 至 5 分” → `kind: "range"`，审核人在范围内按 `step` 评定。',
      '照片写 `optional`：2026 年的政务应用规定不允许在不必要时强制上传照片；细则“以照片或签到表为依据”写进 `hint`，提示党员附什么。',
    ],
  },
  {
    clause: '第四条 受到表彰的，县级加 3 分、市级加 5 分、省级及以上加 10 分，全年奖励加分不超过 10 分。',
    json: {
      categories: [
        {
          code: 'award',
          name: '奖励加分',
          scope: 'year',
          gainCap: { perYear: 10 },
          source: `${SRC} 第四条`,
          items: [
            {
              code: 'award.honour',
              name: '受到表彰',
              points: {
                kind: 'levels',
                levels: [
                  { code: 'county', name: '县级', value: 3 },
                  { code: 'city', name: '市级', value: 5 },
                  { code: 'province', name: '省级及以上', value: 10 },
                ],
              },
              evidence: { photo: 'optional', hint: '表彰文件或证书' },
              enteredBy: 'member',
              source: `${SRC} 第四条`,
            },
          ],
        },
      ],
    },
    notes: [
      '“全年……不超过 10 分” → 按年计分的类别（`scope: "year"`）和 `gainCap.perYear: 10`。',
      '按级别给分 → `kind: "levels"`，每级一个代码；记录时选定级别。',
    ],
  },
  {
    clause: '第五条 违反政治纪律受到党纪处分的，实行一票否决，年度积分为零。',
    json: {
      categories: [
        {
          code: 'veto',
          name: '一票否决',
          scope: 'year',
          source: `${SRC} 第五条`,
          items: [
            {
              code: 'veto.discipline',
              name: '违反政治纪律受到党纪处分',
              points: { kind: 'veto', effect: 'zeroYear' },
              evidence: { photo: 'none' },
              enteredBy: 'recorder',
              source: `${SRC} 第五条`,
            },
          ],
        },
      ],
    },
    notes: ['一票否决是一个不计分的项目：`effect: "zeroYear"` 年度积分为零（“直接定为不合格”写 `lowestGrade`），只能由记分员录入。'],
  },
  {
    clause:
      '第六条 年度积分 90 分及以上为优秀，75 分至 89 分为合格，60 分至 74 分为基本合格，60 分以下为不合格。预备党员只计分，不评定等次。',
    json: {
      grading: {
        basis: 'points',
        bands: [
          { code: 'excellent', name: '优秀', min: 90 },
          { code: 'qualified', name: '合格', min: 75 },
          { code: 'basicallyQualified', name: '基本合格', min: 60 },
          { code: 'unqualified', name: '不合格' },
        ],
        gradedStatuses: ['full'],
        source: `${SRC} 第六条`,
      },
    },
    notes: [
      '等次从高到低，每档只写下限 `min`（含本数）：“75 分至 89 分”写 `min: 75`，89.5 分也算合格；最低一档不写 `min`。',
      '“预备党员……不评定等次” → `gradedStatuses` 只写 `full`。',
    ],
  },
  {
    clause: '第七条 每季度末公示积分 5 个工作日。党员对积分有异议的，可在公示之日起 7 日内向党支部提出，党支部在 3 日内答复。',
    json: {
      workflow: {
        publications: [{ every: 'quarter', windowDays: 5, workdays: true, source: `${SRC} 第七条` }],
        appeal: { withinDays: 7, answerWithinDays: 3, to: 'branch', source: `${SRC} 第七条` },
      },
    },
    notes: ['细则没写公示和异议的，整个 `workflow` 都可以不写，取默认值（年度公示 7 天，7 天内向党支部提出、7 天内答复）。'],
  },
];

/** The example's steps put together: a whole scheme (checked when the docs are generated and in the tests). */
export function workedExampleScheme(): SchemeInput {
  const scheme: Record<string, unknown> = {};
  for (const step of STEPS) {
    for (const [key, value] of Object.entries(step.json)) {
      scheme[key] = key === 'categories' ? [...((scheme.categories as unknown[]) ?? []), ...(value as unknown[])] : value;
    }
  }
  return scheme as unknown as SchemeInput;
}

export function workedExample(): string[] {
  const scheme = workedExampleScheme();
  const parsed = parseWith(Scheme, scheme);
  if (!parsed.ok) throw new Error(`the worked example is not a valid scheme: ${JSON.stringify(parsed.problems)}`);
  const out = [
    '<a id="example"></a>',
    '',
    '## 从细则到 JSON：一个完整的例子',
    '',
    '下面把一份简短的细则逐条写成方案。每一条先引细则原文，再给出它对应的 JSON 片段和说明；',
    '最后是拼起来的完整方案，可以直接用 `scheme:check` 检查。',
    '',
  ];
  STEPS.forEach((step, i) => {
    out.push(`### ${i + 1}. ${i === 0 ? '标题' : step.clause.split(' ')[0]}`, '', `> ${step.clause}`, '', '```json');
    out.push(JSON.stringify(step.json, null, 2), '```', '');
    for (const note of step.notes) out.push(`- ${note}`);
    out.push('');
  });
  out.push('### 完整的方案', '', '```json', JSON.stringify(scheme, null, 2), '```', '');
  out.push(...checkSection(parsed.value));
  return out;
}

/** What `scheme:check` says of the example: the smoke scores, and the warning a mistyped 分数线 would get. */
function checkSection(scheme: Scheme): string[] {
  const smoke = smokeCheck(scheme);
  const typo = smokeCheck({
    ...scheme,
    grading: { ...scheme.grading!, bands: scheme.grading!.bands.map((b, i) => (i === 0 ? { ...b, min: 900 } : b)) },
  });
  return [
    '### 用 scheme:check 检查',
    '',
    '`scheme:check` 先逐项检查字段，再打印方案的中文预览，然后让三名示例党员走完一整年：一名每期把每个加分项目都加到上限以上，',
    '一名把每个扣分项目都扣满，一名没有任何记录。这个例子的试算结果：',
    '',
    '| 示例党员 | 年度积分 | 等次 |',
    '|---|---|---|',
    ...smoke.members.map((m) => `| ${m.name} | ${m.total} | ${m.grade} |`),
    '',
    '各月最多 60 + 30 = 90 分，平均 90 分，加全年奖励 10 分，共 100 分；扣分到 0 为止；没有记录的党员每月保留 60 分。',
    `结果是“${smoke.warnings.length === 0 ? '没有发现问题' : `${smoke.warnings.length} 条提示`}”。假如第六条的 90 误写成 900，就会看到：`,
    '',
    ...typo.warnings.map((w) => `- 提示 ${describeProblem(w)}`),
    '',
  ];
}
