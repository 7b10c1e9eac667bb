import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import { watchOnline } from '../../common/online-watch';
import { emptyProblem, problemOf, type Problem } from '../../common/problem';
import { confirmChange } from '../common/confirm';
import { toast } from '../../common/navigation';
import { choiceOf, consequencesOf, dayText, optionsOf, type SchemeOption } from './scheme-view';

type Tap<D extends Record<string, unknown>> = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, D>;

/** What the last tap on 确定 came to, shown under the button. */
interface Outcome {
  kind: 'done' | 'same' | 'pinned' | 'problem';
  title: string;
  text: string;
  /** What to do now (a pinned year: choose it for the next). */
  advice?: string;
}

interface Memory {
  committeeId: string;
  /** The option the branch has for this year ('' : not chosen yet), and its name. */
  currentKey: string;
  currentName: string;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { committeeId: '', currentKey: '', currentName: '' }));
  return memory;
};

/** The committee the caller administers, from the query or the kept profile (no call when kept). */
async function committeeOf(fromQuery: string): Promise<string> {
  if (fromQuery) return fromQuery;
  const { session } = services();
  const profile = session.profile() ?? (await session.refresh().then((r) => (r.ok ? r.data : null)));
  return profile?.roles.find((r) => r.role === 'committeeAdmin')?.orgId ?? '';
}

const beijingYear = () => new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

/**
 * 积分方案 — the committee chooses a branch's scheme for this year or the next (org.listSchemes, one call; the
 * change is org.setBranchScheme after a dialog that says what it means). A year with reports, ledger lines or
 * review results keeps its scheme: the refusal is shown with what to do instead (choose it for next year).
 * Opened from 党委总览 or 支部管理 with ?branch=&name=&year=&scheme=&version=&committee=.
 */
Component({
  behaviors: [careModeBehavior],
  properties: {
    branch: { type: String, value: '' },
    name: { type: String, value: '' },
    year: { type: String, value: '' },
    scheme: { type: String, value: '' },
    version: { type: String, value: '' },
    committee: { type: String, value: '' },
  },
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    branchName: '',
    thisYear: 0,
    /** The year being set (not `year`: that is the query's, a string). */
    chosenYear: 0,
    currentText: '',
    options: [] as SchemeOption[],
    chosen: '',
    chosenIsCurrent: true,
    hasScheme: false,
    saving: false,
    outcome: null as Outcome | null,
  },
  lifetimes: {
    attached() {
      void this.load();
    },
    detached() {
      watchOnline(this, false);
    },
  },
  methods: {
    async load(): Promise<void> {
      const memory = memoryOf(this);
      this.setData({ state: 'loading', problem: null });
      if (!this.properties.branch) return this.show(emptyProblem('没有选中支部', '请回到党委总览，在支部下面点“更换积分方案”。'));
      memory.committeeId = await committeeOf(this.properties.committee);
      if (!memory.committeeId)
        return this.show(emptyProblem('只有党委管理员能设定积分方案', '积分方案由上级党委（组织办）的管理员为各支部设定。'));
      const reply = await services().client.call(CONTRACTS.org.listSchemes, { committeeId: memory.committeeId });
      if (!reply.ok) return this.show(problemOf(reply));
      const version = Number(this.properties.version);
      const options = optionsOf(reply.data, this.properties.scheme && version > 0 ? { id: this.properties.scheme, version } : null);
      const current = options.find((o) => o.current);
      memory.currentKey = current?.key ?? '';
      memory.currentName = current?.name ?? '';
      const thisYear = Number(this.properties.year) || beijingYear();
      this.setData({ state: 'ready', problem: null, branchName: this.properties.name, thisYear, options, chosen: memory.currentKey });
      this.chooseYear(thisYear);
    },

    show(problem: Problem) {
      this.setData({ state: problem.state, problem });
      watchOnline(this, problem.state === 'offline', () => void this.retry());
    },

    retry(): Promise<void> {
      watchOnline(this, false);
      return this.load();
    },

    onProblemAction() {
      void this.retry();
    },

    chooseYear(year: number) {
      const { currentKey, currentName } = memoryOf(this);
      const thisYear = this.data.thisYear;
      const currentText =
        year !== thisYear
          ? `${year}年还没有单独设定。不设定的话，新的一年沿用${thisYear}年的方案。`
          : currentName
            ? `现在用：${currentName}`
            : `${year}年还没有设定积分方案，党员现在不能申报、记分。`;
      this.setData({
        chosenYear: year,
        currentText,
        options: this.data.options.map((o) => ({ ...o, current: year === thisYear && o.key === currentKey })),
        chosenIsCurrent: year === thisYear && currentKey !== '' && this.data.chosen === currentKey,
        hasScheme: year === thisYear && currentKey !== '',
        outcome: null,
      });
    },

    onYear(event: Tap<{ year: number }>) {
      this.chooseYear(Number(event.currentTarget.dataset.year));
    },

    onOption(event: Tap<{ key: string }>) {
      const chosen = event.currentTarget.dataset.key;
      const { currentKey } = memoryOf(this);
      this.setData({
        chosen,
        chosenIsCurrent: this.data.chosenYear === this.data.thisYear && currentKey !== '' && chosen === currentKey,
        outcome: null,
      });
    },

    async onSave(): Promise<void> {
      const { chosen, chosenYear: year, thisYear, saving, chosenIsCurrent, hasScheme } = this.data;
      const option = this.data.options.find((o) => o.key === chosen);
      if (!option || saving || chosenIsCurrent) return;
      const memory = memoryOf(this);
      const confirmed = await confirmChange(
        hasScheme ? '更换积分方案？' : '设定积分方案？',
        consequencesOf(this.data.branchName, year, thisYear, option.name, hasScheme),
        hasScheme ? '确定更换' : '确定',
      );
      if (!confirmed) return;
      this.setData({ saving: true, outcome: null });
      const reply = await services().client.call(CONTRACTS.org.setBranchScheme, {
        branchId: this.properties.branch,
        year,
        scheme: choiceOf(chosen),
      });
      if (reply.ok) {
        const from = dayText(reply.data.scoringFrom);
        this.setData({
          saving: false,
          outcome: reply.data.changed
            ? { kind: 'done', title: `已设定：${option.name}`, text: `${this.data.branchName}${year}年按这个方案计分，从 ${from} 算起。` }
            : { kind: 'same', title: '没有变化', text: `${this.data.branchName}${year}年用的就是这个方案。` },
        });
        if (reply.data.changed) {
          if (year === thisYear) {
            memory.currentKey = chosen;
            memory.currentName = option.name;
            const outcome = this.data.outcome;
            this.chooseYear(year);
            this.setData({ outcome });
          }
          toast('积分方案已设定');
        }
        return;
      }
      if (reply.reason === 'SCHEME_PINNED') {
        const keep = memory.currentName ? `本年度继续按《${memory.currentName}》计分。` : '';
        this.setData({
          saving: false,
          outcome: {
            kind: 'pinned',
            title: '方案已锁定，没有更换',
            // The client's general next step for a conflict ("请返回首页查看最新情况") gives way to this one.
            text: reply.message.replace('请返回首页查看最新情况。', ''),
            advice: `${keep}要换方案，可以为 ${year + 1}年 设定：新的一年从 1月1日 起按新方案计分。`,
          },
        });
        return;
      }
      this.setData({
        saving: false,
        outcome: {
          kind: 'problem',
          title: '方案没有改',
          text: reply.code === 'NETWORK' ? '没有连上网络。连上网络后再点一次下面的按钮。' : reply.message,
        },
      });
    },

    /** After a refusal for a pinned year: the same choice, for the next year. */
    onNextYear() {
      const chosen = this.data.chosen;
      this.chooseYear(this.data.chosenYear + 1);
      this.setData({ chosen, chosenIsCurrent: false });
    },
  },
});
