/**
 * The roster (党员名册) spreadsheet: one header row in Chinese, one member per row. The same list
 * drives the importer and tools/roster-template.ts (docs/roster-template.xlsx).
 */
export type RosterField = 'name' | 'gender' | 'birthDate' | 'joinDate' | 'status' | 'category' | 'tier' | 'phone' | 'group';

export interface RosterColumn {
  field: RosterField;
  /** The header as the template writes it, and the column name in error paths (`rows.<n>.<header>`). */
  header: string;
  /** Other headers people use for the same column. */
  aliases: string[];
  required: boolean;
  /** 填写说明, shown in the template. */
  hint: string;
  example: string;
  /** Fixed choices (Chinese), offered as a drop-down in the template. */
  choices?: string[];
}

export const ROSTER_COLUMNS: RosterColumn[] = [
  { field: 'name', header: '姓名', aliases: [], required: true, hint: '党员姓名，最多 32 个字', example: '张三' },
  { field: 'gender', header: '性别', aliases: [], required: true, hint: '男 或 女', example: '男', choices: ['男', '女'] },
  {
    field: 'birthDate',
    header: '出生日期',
    aliases: [],
    required: true,
    hint: '年月日，如 1960-03-05、1960/3/5、1960.03.05、1960年3月5日，或 Excel 日期',
    example: '1960-03-05',
  },
  {
    field: 'joinDate',
    header: '入党日期',
    aliases: ['入党时间'],
    required: true,
    hint: '年月日，格式同出生日期（转为预备党员的日期）；入党积极分子留空',
    example: '1985-07-01',
  },
  {
    field: 'status',
    header: '党员状态',
    aliases: [],
    required: true,
    hint: '正式、预备 或 入党积极分子（仅当本支部今年的积分方案对入党积极分子积分时）',
    example: '正式',
    choices: ['正式', '预备', '入党积极分子'],
  },
  {
    field: 'category',
    header: '类别',
    aliases: ['党员类别'],
    required: true,
    hint: '自管、在职 或 流动',
    example: '自管',
    choices: ['自管', '在职', '流动'],
  },
  {
    field: 'tier',
    header: '层次',
    aliases: [],
    required: false,
    hint: '仅当本支部的积分方案按层次计基础分时填写：层次代码或名称（如“第三层次”），否则留空',
    example: '',
  },
  {
    field: 'phone',
    header: '手机号',
    aliases: ['手机号码', '手机', '联系电话'],
    required: false,
    hint: '11 位手机号，可留空',
    example: '13800138000',
  },
  {
    field: 'group',
    header: '党小组',
    aliases: ['所在党小组'],
    required: false,
    hint: '本支部已建立的党小组名称，可留空',
    example: '第一党小组',
  },
];

/** Each file is imported in one batch insert. */
export const MAX_ROSTER_ROWS = 500;

/** The header without spaces, required marks (*) and notes in brackets: "出生日期（年月日）*" → "出生日期". */
export function normalizeHeader(text: string): string {
  return text.replace(/[（(][^）)]*[）)]/g, '').replace(/[\s*＊]/g, '');
}

export function columnOfHeader(text: string): RosterColumn | undefined {
  const header = normalizeHeader(text);
  return ROSTER_COLUMNS.find((c) => c.header === header || c.aliases.includes(header));
}

export const GENDER_WORDS: Record<string, 'male' | 'female'> = { 男: 'male', 女: 'female', 男性: 'male', 女性: 'female' };
export const STATUS_WORDS: Record<string, 'full' | 'probationary' | 'activist'> = {
  正式: 'full',
  正式党员: 'full',
  预备: 'probationary',
  预备党员: 'probationary',
  入党积极分子: 'activist',
  积极分子: 'activist',
};
export const CATEGORY_WORDS: Record<string, 'selfManaged' | 'inService' | 'mobile'> = {
  自管: 'selfManaged',
  自管党员: 'selfManaged',
  在职: 'inService',
  在职党员: 'inService',
  流动: 'mobile',
  流动党员: 'mobile',
};
