import { NOTICE_KEYS, NoticeKey } from '../../shared/contracts/notices/notice-fields.schema';

/** A field of a WeChat template: its key (type + number, as the console shows it) and its name. */
export interface TemplateField {
  key: string;
  name: string;
}

/**
 * The templates to apply for in the WeChat console (订阅消息 → 公共模板库), one per kind of notice: the
 * environment variable that carries its id and the fields in the order the product fills them. The
 * field keys here must be those of the template chosen (a template with other keys needs them changed
 * here): docs/deploy.md lists them.
 */
export const NOTICE_TEMPLATES: Record<NoticeKey, { env: string; fields: TemplateField[] }> = {
  reportWaiting: {
    env: 'NOTICE_TEMPLATE_REPORT_WAITING',
    fields: [
      { key: 'thing1', name: '申报人' },
      { key: 'thing2', name: '申报事项' },
      { key: 'time3', name: '提交时间' },
      { key: 'thing4', name: '温馨提示' },
    ],
  },
  reportReviewed: {
    env: 'NOTICE_TEMPLATE_REPORT_REVIEWED',
    fields: [
      { key: 'thing1', name: '申报事项' },
      { key: 'phrase2', name: '审核结果' },
      { key: 'thing3', name: '审核说明' },
      { key: 'time4', name: '审核时间' },
    ],
  },
  appealFiled: {
    env: 'NOTICE_TEMPLATE_APPEAL_FILED',
    fields: [
      { key: 'thing1', name: '异议人' },
      { key: 'thing2', name: '公示期' },
      { key: 'thing3', name: '异议内容' },
      { key: 'time4', name: '答复期限' },
    ],
  },
  appealOverdue: {
    env: 'NOTICE_TEMPLATE_APPEAL_OVERDUE',
    fields: [
      { key: 'thing1', name: '异议人' },
      { key: 'thing2', name: '公示期' },
      { key: 'time3', name: '答复期限' },
      { key: 'thing4', name: '温馨提示' },
    ],
  },
  appealAnswered: {
    env: 'NOTICE_TEMPLATE_APPEAL_ANSWERED',
    fields: [
      { key: 'thing1', name: '公示期' },
      { key: 'phrase2', name: '处理结果' },
      { key: 'thing3', name: '答复内容' },
      { key: 'time4', name: '答复时间' },
    ],
  },
  publicationOpen: {
    env: 'NOTICE_TEMPLATE_PUBLICATION_OPEN',
    fields: [
      { key: 'thing1', name: '公示期' },
      { key: 'time2', name: '公示截止' },
      { key: 'time3', name: '异议截止' },
      { key: 'thing4', name: '温馨提示' },
    ],
  },
  monthToConfirm: {
    env: 'NOTICE_TEMPLATE_MONTH_TO_CONFIRM',
    fields: [
      { key: 'thing1', name: '确认事项' },
      { key: 'time2', name: '确认截止' },
      { key: 'thing3', name: '温馨提示' },
    ],
  },
  publicationDue: {
    env: 'NOTICE_TEMPLATE_PUBLICATION_DUE',
    fields: [
      { key: 'thing1', name: '公示期' },
      { key: 'number2', name: '待审核申报' },
      { key: 'thing3', name: '温馨提示' },
    ],
  },
};

/** Which mini-program the messages open (developer / trial / formal): NOTICE_MINIPROGRAM_STATE, default formal. */
export const MINIPROGRAM_STATE_ENV = 'NOTICE_MINIPROGRAM_STATE';

/** The template ids this deployment configured (its environment variables); kinds without one are not sent. */
export function templateIdsFromEnv(env: Record<string, string | undefined>): Partial<Record<NoticeKey, string>> {
  const ids: Partial<Record<NoticeKey, string>> = {};
  for (const key of NOTICE_KEYS) {
    const id = env[NOTICE_TEMPLATES[key].env]?.trim();
    // `{{env.NAME}}` is what cloudbaserc.json says when the deployment's .env left NAME out: not an id.
    if (id && !/^\{\{.*\}\}$/.test(id)) ids[key] = id;
  }
  return ids;
}

/** WeChat's `thing` fields take at most 20 characters: longer text is cut, ending in …. */
export function thing(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  if (chars.length === 0) return '—';
  return chars.length <= 20 ? chars.join('') : `${chars.slice(0, 19).join('')}…`;
}

/** A moment as WeChat's `time` fields take it, in Beijing time: 2026年4月8日 23:59. */
export function timeText(at: Date): string {
  const beijing = new Date(at.getTime() + 8 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${beijing.getUTCFullYear()}年${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日 ${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}`;
}
