import { z } from 'zod';
import { Cap, Code, Label, MemberCondition, PositivePoints, SchemeObject, Source } from '../shared/scheme/schema';
import type { FieldDoc } from '../shared/scheme/schema/field-doc';
import { COMMON_DOCS, registerCommonDocs } from './scheme-format-common';
import { workedExample } from './scheme-format-example';

/** A zod schema as this walker reads it: its definition and the schema it was cloned from. */
interface Node {
  _zod: { def: Def; parent?: Node };
}
interface Def {
  type: string;
  innerType?: Node;
  defaultValue?: unknown;
  shape?: Record<string, Node>;
  element?: Node;
  options?: Node[];
  discriminator?: string;
  entries?: Record<string, string>;
  values?: unknown[];
  keyType?: Node;
  valueType?: Node;
  checks?: { _zod: { def: { check: string; format?: string } } }[];
}

type Json = Record<string, unknown>;
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'nonoptional']);

function node(schema: unknown): Node {
  return schema as Node;
}

function metaOf(schema: Node): FieldDoc | undefined {
  return z.globalRegistry.get(schema as unknown as z.ZodType) as FieldDoc | undefined;
}

/** The part a schema is (its own `id`, or the id of the schema it was cloned from by `.meta()`). */
function partOf(schema: Node): string | undefined {
  for (let s: Node | undefined = schema; s; s = s._zod.parent) {
    const id = (z.globalRegistry.get(s as unknown as z.ZodType) as FieldDoc | undefined)?.id;
    if (id) return id;
  }
  return undefined;
}

function descendsFrom(schema: Node, from: unknown): boolean {
  for (let s: Node | undefined = schema; s; s = s._zod.parent) if (s === from) return true;
  return false;
}

/** A field: its documentation (the outermost wins), whether it may be left out, its default, and the schema inside. */
interface Field {
  doc?: FieldDoc;
  optional: boolean;
  defaultValue?: unknown;
  hasDefault: boolean;
  core: Node;
}

function unwrap(schema: Node): Field {
  let s = schema;
  let doc: FieldDoc | undefined = metaOf(s);
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  while (WRAPPERS.has(s._zod.def.type) && s._zod.def.innerType) {
    if (s._zod.def.type === 'optional') optional = true;
    if (s._zod.def.type === 'default' || s._zod.def.type === 'prefault') {
      hasDefault = true;
      optional = true;
      defaultValue = s._zod.def.defaultValue;
    }
    s = s._zod.def.innerType;
    doc = doc ?? metaOf(s);
  }
  return { doc: doc?.zh ? doc : undefined, optional, hasDefault, defaultValue, core: s };
}

export function anchor(id: string): string {
  return id.replace(/^scheme\./, '').toLowerCase();
}

function partLink(id: string): string {
  const title = (z.globalRegistry.get(z.globalRegistry._idmap.get(id)!) as FieldDoc).zh;
  return `[${title}](#${anchor(id)})`;
}

function code(value: unknown): string {
  return `\`${JSON.stringify(value)}\``;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function jsonOf(schema: Node): Json {
  return z.toJSONSchema(schema as unknown as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Json;
}

const CODE_PATTERN_TEXT = jsonOf(node(Code)).pattern;

/** The type of a value, in words, with its bounds. */
function typeText(schema: Node): string {
  const id = partOf(schema);
  if (id) return partLink(id);
  const def = schema._zod.def;
  if (descendsFrom(schema, Cap)) return '[上限](#cap)';
  if (descendsFrom(schema, MemberCondition)) return '[适用条件](#membercondition)';
  const json = jsonOf(schema);
  switch (def.type) {
    case 'string': {
      if (json.pattern === CODE_PATTERN_TEXT) return '[代码](#code)';
      if (descendsFrom(schema, Source)) return '[依据](#source)';
      if (descendsFrom(schema, Label)) return '[文字](#label)';
      const bounds = [json.minLength !== undefined ? `至少 ${json.minLength} 字` : '', json.maxLength ? `至多 ${json.maxLength} 字` : '']
        .filter(Boolean)
        .join('，');
      return `文字${bounds ? `（${bounds}）` : ''}${json.pattern ? `，格式 \`${json.pattern}\`` : ''}`;
    }
    case 'number': {
      if (descendsFrom(schema, PositivePoints)) return '[分值](#points)，大于 0';
      if (json.type !== 'integer') return '[分值](#points)';
      const max = json.maximum as number | undefined;
      const min =
        (json.minimum as number | undefined) ?? (json.exclusiveMinimum !== undefined ? Number(json.exclusiveMinimum) + 1 : undefined);
      const range = min !== undefined && max !== undefined && max < 1e9 ? `${min}–${max}` : min !== undefined ? `≥ ${min}` : '';
      return `整数${range ? ` ${range}` : ''}`;
    }
    case 'boolean':
      return '`true` 或 `false`';
    case 'enum':
      return Object.values(def.entries!).map(code).join(' 或 ');
    case 'literal':
      return def.values!.map(code).join(' 或 ');
    case 'array': {
      const inner = def.element!;
      const innerType = partOf(inner) || !isInlineObject(inner) ? typeText(unwrap(inner).core) : '对象';
      const bounds = [json.minItems ? `至少 ${json.minItems} 项` : '', json.maxItems ? `至多 ${json.maxItems} 项` : '']
        .filter(Boolean)
        .join('，');
      return `列表，每项为${innerType}${bounds ? `（${bounds}）` : ''}`;
    }
    case 'record': {
      const keys = unwrap(def.keyType!).core;
      return `对象：键为${typeText(keys)}，值为${typeText(unwrap(def.valueType!).core)}`;
    }
    case 'object':
      return '对象';
    case 'union':
      if (def.options!.every((o) => o._zod.def.type === 'literal')) return def.options!.map((o) => typeText(o)).join(' 或 ');
      return def.discriminator
        ? `按 \`${def.discriminator}\` 分为几种对象`
        : `对象，${def.options!.length} 种写法任选其一：${def.options!.map((o) => `{ ${Object.keys(o._zod.def.shape ?? {}).join(', ')} }`).join(' 或 ')}`;
    default:
      return def.type;
  }
}

function isInlineObject(schema: Node): boolean {
  const core = unwrap(schema).core;
  return !partOf(core) && !descendsFrom(core, Cap) && !descendsFrom(core, MemberCondition) && core._zod.def.type === 'object';
}

function isInlineUnion(schema: Node): boolean {
  const core = unwrap(schema).core;
  return !partOf(core) && core._zod.def.type === 'union';
}

/** The part a field holds, itself or as the items of a list. */
function heldPart(core: Node): string | undefined {
  return partOf(core) ?? (core._zod.def.type === 'array' ? partOf(unwrap(core._zod.def.element!).core) : undefined);
}

/**
 * A field's example, which must pass the field's own schema, so the page never shows one that would be
 * refused. A field holding a part (or a list of parts) may have none: it points to the part's section.
 */
function exampleText(field: Field, where: string): string {
  const example = field.doc?.examples?.[0];
  const held = heldPart(field.core);
  if (example === undefined && held)
    return `见[${metaOf(node(z.globalRegistry._idmap.get(held)))!.zh.replace(/（.*$/, '')}](#${anchor(held)})一节`;
  if (example === undefined) throw new Error(`docs/scheme-format.md: ${where} has no example`);
  const checked = (field.core as unknown as z.ZodType).safeParse(example);
  if (!checked.success)
    refused.push(`${where}: ${JSON.stringify(example)}: ${checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return code(example);
}

/** Examples their own field refuses, gathered over one render (it fails with all of them). */
let refused: string[] = [];

const HEADER = ['| 字段 | 说明 | 类型 | 必填 | 单位 | 默认 | 示例 |', '|---|---|---|---|---|---|---|'];

/** One row per field of an object; inline objects, lists of them and inline unions as dotted paths below it. */
function fieldRows(shape: Record<string, Node>, prefix: string, out: string[], where: string, alternative = false): void {
  for (const [name, schema] of Object.entries(shape)) {
    const field = unwrap(schema);
    const path = `${prefix}${name}`;
    if (!field.doc) throw new Error(`docs/scheme-format.md: ${where}.${path} has no .meta(doc(…))`);
    const d = field.doc;
    const required = field.hasDefault || field.optional ? '否' : alternative ? '任选一种写法' : '是';
    out.push(
      `| \`${path}\` | ${cell(d.zh)}<br>*${cell(d.en)}* | ${cell(typeText(field.core))} | ${required} | ${d.unit ?? ''} | ${
        field.hasDefault ? cell(code(field.defaultValue)) : ''
      } | ${cell(exampleText(field, `${where}.${path}`))} |`,
    );
    const def = field.core._zod.def;
    if (isInlineObject(field.core)) fieldRows(def.shape!, `${path}.`, out, where);
    if (def.type === 'array' && isInlineObject(def.element!))
      fieldRows(unwrap(def.element!).core._zod.def.shape!, `${path}[].`, out, where);
    if (isInlineUnion(field.core))
      for (const option of def.options!) if (option._zod.def.shape) fieldRows(option._zod.def.shape, `${path}.`, out, where, true);
  }
}

/** Every part the scheme reaches, in the order first met (depth first from the scheme). */
function partsOf(root: Node): Node[] {
  const seen = new Map<string, Node>();
  const visit = (schema: Node) => {
    const field = unwrap(schema);
    const core = field.core;
    const id = partOf(core);
    if (id && !seen.has(id)) seen.set(id, z.globalRegistry._idmap.get(id) as unknown as Node);
    else if (id) return;
    const def = core._zod.def;
    if (def.shape) Object.values(def.shape).forEach(visit);
    if (def.element) visit(def.element);
    if (def.options) def.options.forEach(visit);
    if (def.valueType) visit(def.valueType);
  };
  visit(root);
  return [...seen.values()];
}

function partSection(part: Node): string[] {
  const meta = metaOf(part)!;
  const out = [`<a id="${anchor(meta.id!)}"></a>`, '', `## ${meta.zh}`, '', `*${meta.en}*`, ''];
  const def = unwrap(part).core._zod.def;
  if (def.type === 'union' && def.discriminator) {
    for (const option of def.options!) {
      const shape = option._zod.def.shape!;
      const tag = unwrap(shape[def.discriminator]);
      const value = tag.core._zod.def.values![0];
      out.push(`### \`${def.discriminator}: ${JSON.stringify(value)}\` — ${tag.doc?.zh ?? ''}`, '', ...HEADER);
      fieldRows(shape, '', out, `${meta.id}(${String(value)})`);
      out.push('');
    }
    return out;
  }
  out.push(...HEADER);
  fieldRows(def.shape!, '', out, meta.id!);
  out.push('');
  return out;
}

function commonSection(): string[] {
  const out = ['<a id="common"></a>', '', '## 通用取值', ''];
  for (const entry of COMMON_DOCS) {
    out.push(`<a id="${entry.anchor}"></a>`, '', `### ${entry.title}`, '', entry.text, '');
    if (entry.shape) {
      out.push(...HEADER);
      fieldRows(entry.shape as unknown as Record<string, Node>, '', out, entry.anchor);
      out.push('');
    }
  }
  return out;
}

/** docs/scheme-format.md, generated from the scheme's zod schema and its `.meta(doc(…))` (npm run docs:scheme-format). */
export function renderSchemeFormatMarkdown(): string {
  registerCommonDocs();
  refused = [];
  const parts = partsOf(node(SchemeObject));
  const out: string[] = [
    '# 积分方案格式（scheme format）',
    '',
    '<!-- Generated by `npm run docs:scheme-format` from shared/scheme/schema (their `.meta(doc(…))`). Do not edit by hand. -->',
    '',
    '一个积分方案是一个 JSON 文件：把本支部（本单位）积分细则的每一条写成下面的字段。写好后用',
    '`npm run -s scheme:check -- 方案.json` 检查：它逐项指出有问题的字段（如 `categories.0.items.2.points.max: …`），',
    '打印方案的中文预览，并用一组示例党员试算，提示写错的上限、分数线等。检查通过后由党委管理员保存',
    '（云函数 `org.saveCustomScheme`，见 [docs/api.md](api.md)），保存时的检查和错误信息与 `scheme:check` 相同（试算提示只在 `scheme:check` 中给出）。',
    '',
    '*A scheme is JSON in this format. Every field below is given in Chinese and English, with its type, whether it is',
    'required, its unit, its default and an example; the worked example turns a short 细则 into a scheme line by line.*',
    '',
    '读表方法：“必填”为“否”的字段可以不写；不写时取“默认”一栏的值（没有默认值的表示没有这条规定）。',
    '“分值”一律按细则写：加分为正数，扣分为负数，最多两位小数（如 `-0.5`）。每个规则都写“依据”（`source`），',
    '引用细则的条款，如 `"本支部细则 第三条（一）"`。',
    '',
    '## 目录',
    '',
    '- [从细则到 JSON：一个完整的例子](#example)',
    ...parts.map((p) => `- [${metaOf(p)!.zh}](#${anchor(metaOf(p)!.id!)})`),
    '- [通用取值：代码、文字、依据、分值、上限、适用条件](#common)',
    '',
    ...workedExample(),
  ];
  for (const part of parts) out.push(...partSection(part));
  out.push(...commonSection());
  if (refused.length > 0) throw new Error(`docs/scheme-format.md: examples their field refuses:\n${refused.join('\n')}`);
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
