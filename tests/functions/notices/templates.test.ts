import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { triggersFromDirectory } from '../../../emulator';
import { checkTriggers } from '../../../emulator/functions/timer-triggers';
import { NOTICE_KEYS, NOTICE_TITLES } from '../../../shared/contracts/notices/notice-fields.schema';
import { duePeriodKeys, draftYearOf } from '../../../server/calendar/due-periods';
import { NOTICE_TEMPLATES, templateIdsFromEnv, thing, timeText } from '../../../server/notices/notice-templates';

const ROOT = join(__dirname, '..', '..', '..');

describe('the templates and their values', () => {
  it('docs/deploy.md names every template to apply for: its variable, title and fields in order', () => {
    const deploy = readFileSync(join(ROOT, 'docs', 'deploy.md'), 'utf8');
    for (const key of NOTICE_KEYS) {
      const { env, fields } = NOTICE_TEMPLATES[key];
      const row = deploy.split('\n').find((line) => line.includes(`\`${env}\``));
      expect(row).toContain(NOTICE_TITLES[key]);
      expect(row).toContain(fields.map((f) => `\`${f.key}\` ${f.name}`).join(' · '));
    }
  });

  it('cloudbaserc.json passes every template variable to each function that sends', () => {
    const rc = JSON.parse(readFileSync(join(ROOT, 'cloudbaserc.json'), 'utf8')) as {
      functions: { name: string; envVariables?: Record<string, string> }[];
    };
    for (const name of ['reports', 'publications', 'notices', 'timers']) {
      const variables = rc.functions.find((f) => f.name === name)?.envVariables ?? {};
      for (const key of NOTICE_KEYS) expect(variables[NOTICE_TEMPLATES[key].env]).toBe(`{{env.${NOTICE_TEMPLATES[key].env}}}`);
    }
  });

  it('cloudfunctions/timers/config.json (WeChat DevTools) and cloudbaserc.json (tcb fn deploy) declare the same trigger', () => {
    const fromFolders = triggersFromDirectory(join(ROOT, 'cloudfunctions'));
    expect(Object.keys(fromFolders)).toEqual(['timers']);
    const rc = JSON.parse(readFileSync(join(ROOT, 'cloudbaserc.json'), 'utf8')) as { functions: { name: string; triggers?: unknown[] }[] };
    const deployed = Object.fromEntries(rc.functions.filter((f) => f.triggers).map((f) => [f.name, f.triggers]));
    expect(deployed).toEqual(fromFolders);
    expect(checkTriggers('timers', fromFolders['timers'])[0]).toMatchObject({ name: 'daily', config: '0 30 2 * * * *' });
  });

  it('reads template ids from the environment; an unfilled {{env.X}} or an empty one is no id', () => {
    expect(
      templateIdsFromEnv({
        NOTICE_TEMPLATE_REPORT_WAITING: ' abc ',
        NOTICE_TEMPLATE_REPORT_REVIEWED: '{{env.NOTICE_TEMPLATE_REPORT_REVIEWED}}',
        NOTICE_TEMPLATE_APPEAL_FILED: '',
      }),
    ).toEqual({ reportWaiting: 'abc' });
  });

  it('cuts thing values to 20 characters and writes times in Beijing time', () => {
    expect(thing('短')).toBe('短');
    expect([...thing('一二三四五六七八九十一二三四五六七八九十')].length).toBe(20);
    expect(thing('一二三四五六七八九十一二三四五六七八九十一')).toBe('一二三四五六七八九十一二三四五六七八九…');
    expect(thing('  多个   空格 \n 换行 ')).toBe('多个 空格 换行');
    expect(thing('')).toBe('—');
    expect(timeText(new Date('2026-04-08T15:59:59.999Z'))).toBe('2026年4月8日 23:59');
    expect(timeText(new Date('2026-12-31T16:05:00Z'))).toBe('2027年1月1日 00:05');
  });
});

describe('the periods the timer drafts', () => {
  it.each([
    ['2026-04-01', ['month', 'quarter', 'year'], ['2026-03', '2026-Q1']],
    ['2026-04-03', ['quarter'], ['2026-Q1']],
    ['2026-04-04', ['month', 'quarter'], []],
    ['2026-05-01', ['quarter', 'year'], []],
    ['2026-05-02', ['month'], ['2026-04']],
    ['2027-01-01', ['month', 'quarter', 'year'], ['2026-12', '2026-Q4', '2026']],
    ['2027-01-02', ['year'], ['2026']],
  ] as const)('on %s, a scheme publishing %j drafts %j', (today, kinds, keys) => {
    expect(duePeriodKeys(kinds, today)).toEqual(keys);
  });

  it('drafts in the year of last month', () => {
    expect(draftYearOf('2027-01-02')).toBe(2026);
    expect(draftYearOf('2026-07-01')).toBe(2026);
  });
});
