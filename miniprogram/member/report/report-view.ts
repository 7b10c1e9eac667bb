import { formatPoints, shortDate } from '../../common/format';
import type { ReportForm } from '../../services/report-drafts';

type FormItem = ReportForm['categories'][number]['items'][number];

/** An item as the list and the form show it: plain words for its points and its proof. */
export interface ItemView {
  code: string;
  /** The code as an element id ("bonus.honor" → "bonus-honor"). */
  anchor: string;
  name: string;
  note: string;
  points: string;
  photo: 'required' | 'optional' | 'none';
  /** Short, on the list: 要照片 / 照片可不传 / 不用照片. */
  photoTag: string;
  /** Long, above the photos: what to attach. */
  evidence: string;
  levels: { code: string; name: string; points: string }[];
  posts: { code: string; name: string }[];
  perOccurrence: { unit: string; max: number } | null;
}

export interface CategoryView {
  code: string;
  name: string;
  items: ItemView[];
}

const signed = (value: number) => (value < 0 ? `扣 ${formatPoints(-value)} 分` : `${formatPoints(value)} 分`);

function pointsText(points: FormItem['points']): string {
  switch (points.kind) {
    case 'fixed':
      return `每次 ${signed(points.value)}`;
    case 'perOccurrence':
      return `每${points.unit} ${signed(points.value)}`;
    case 'range':
      return `${formatPoints(points.min)}–${formatPoints(points.max)} 分，由审核人定`;
    case 'levels': {
      const values = points.levels.map((l) => Math.abs(l.value));
      const [low, high] = [Math.min(...values), Math.max(...values)];
      const span = low === high ? formatPoints(low) : `${formatPoints(low)}–${formatPoints(high)}`;
      return `按级别${points.levels[0].value < 0 ? '扣' : ''} ${span} 分`;
    }
  }
}

function evidenceText(evidence: FormItem['evidence']): string {
  const what = evidence.hint ?? '照片';
  const attest = evidence.attestation ? '也可以请受帮助的群众证明，写在说明里。' : '';
  if (evidence.photo === 'required') return `需要拍照片：${what}。${attest}`;
  if (evidence.photo === 'none') return `这一项不用传照片${evidence.hint ? `（${evidence.hint}）` : ''}。${attest}`;
  return `可以拍照片作证明${evidence.hint ? `（${evidence.hint}）` : ''}，没有照片也能申报。${attest}`;
}

const PHOTO_TAGS = { required: '要照片', optional: '照片可不传', none: '不用照片' } as const;

export function itemView(item: FormItem): ItemView {
  return {
    code: item.code,
    anchor: item.code.replace(/[^A-Za-z0-9_-]/g, '-'),
    name: item.name,
    note: [item.section, item.description].filter(Boolean).join('：'),
    points: pointsText(item.points),
    photo: item.evidence.photo,
    photoTag: PHOTO_TAGS[item.evidence.photo],
    evidence: evidenceText(item.evidence),
    levels: item.points.kind === 'levels' ? item.points.levels.map((l) => ({ code: l.code, name: l.name, points: signed(l.value) })) : [],
    posts: item.posts ?? [],
    perOccurrence: item.points.kind === 'perOccurrence' ? { unit: item.points.unit, max: item.points.maxQuantity } : null,
  };
}

export function categoryViews(form: ReportForm): CategoryView[] {
  return form.categories.map((c) => ({ code: c.code, name: c.name, items: c.items.map(itemView) }));
}

export function findItem(form: ReportForm, code: string | null): FormItem | null {
  for (const category of form.categories) for (const item of category.items) if (item.code === code) return item;
  return null;
}

/** The date picker's bounds: the oldest open day to the newest. */
export function dateBounds(form: ReportForm): { start: string; end: string } | null {
  if (form.openDates.length === 0) return null;
  return { start: form.openDates[0].from, end: form.openDates[form.openDates.length - 1].to };
}

/** The default date: today when open, else the newest open day. */
export function defaultDate(form: ReportForm): string {
  return isOpenDate(form, form.today) ? form.today : (dateBounds(form)?.end ?? form.today);
}

export function isOpenDate(form: ReportForm, date: string): boolean {
  return form.openDates.some((r) => r.from <= date && date <= r.to);
}

/** "11月27日（今天）". */
export function dateText(form: ReportForm, date: string): string {
  return date === form.today ? `${shortDate(date)}（今天）` : shortDate(date);
}

/** Which days can be picked, in words: "11月1日到今天都可以选". */
export function openDatesText(form: ReportForm): string {
  const bounds = dateBounds(form);
  if (!bounds) return '';
  const end = bounds.end === form.today ? '今天' : shortDate(bounds.end);
  return `可以选${shortDate(bounds.start)}到${end}之间的日子。`;
}
