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
  /** This year's scheme can no longer change (org.listSchemes said so). */
  pinned: boolean;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { committeeId: '', currentKey: '', currentName: '', pinned: false }));
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
    /** This year's scheme is pinned: said at the top, and this year's button is off. */
    pinned: false,
    yearText: '',
    options: [] as SchemeOption[],
    chosen: '',
    chosenIsCurrent: true,
    hasScheme: false,
    /** The chosen year is this year and it is pinned. */
    locked: false,
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
      const queryYear = Number(this.properties.year);
      const reply = await services().client.call(CONTRACTS.org.listSchemes, {
        committeeId: memory.committeeId,
        branchId: this.properties.branch,
        ...(queryYear ? { year: queryYear } : {}),
      });
      if (!reply.ok) return this.show(problemOf(reply));
      // The branch's scheme and pin as the function tells them; the query's scheme when it does not (an older backend).
      const branch = reply.data.branch;
      const version = Number(this.properties.version);
      const fromQuery = this.properties.scheme && version > 0 ? { id: this.properties.scheme, version } : null;
      const options = optionsOf(reply.data, branch ? branch.current : fromQuery);
      const current = options.find((o) => o.current);
      memory.currentKey = current?.key ?? '';
      memory.currentName = current?.name ?? '';
      memory.pinned = branch?.pinned ?? false;
      const thisYear = branch?.year ?? (queryYear || beijingYear());
      this.setData({
        state: 'ready',
        problem: null,
        branchName: branch?.name ?? this.properties.name,
        thisYear,
        pinned: memory.pinned,
        options,
        chosen: memory.pinned ? '' : memory.currentKey,
      });
      this.chooseYear(memory.pinned ? thisYear + 1 : thisYear);
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
      const { currentKey, currentName, pinned } = memoryOf(this);
      const thisYear = this.data.thisYear;
      const currentText = currentName ? `${thisYear}年用的是：${currentName}` : `${thisYear}年还没有设定积分方案，党员现在不能申报、记分。`;
      const yearText =
        year !== thisYear
          ? `为 ${year}年 选的方案，从 ${year}年1月1日 起用；不另选的话，新的一年沿用 ${thisYear}年 的方案。`
          : pinned
            ? `${thisYear}年的方案已锁定，不能再换。`
            : '';
      this.setData({
        chosenYear: year,
        currentText,
        yearText,
        options: this.data.options.map((o) => ({
          ...o,
          current: year === thisYear && o.key === currentKey,
          tag: o.key !== currentKey ? '' : year === thisYear ? '现在用的' : `${thisYear}年用的`,
        })),
        chosenIsCurrent: year === thisYear && currentKey !== '' && this.data.chosen === currentKey,
        hasScheme: year === thisYear && currentKey !== '',
        locked: year === thisYear && pinned,
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
      const { chosen, chosenYear: year, thisYear, saving, chosenIsCurrent, hasScheme, locked } = this.data;
      const option = this.data.options.find((o) => o.key === chosen);
      if (!option || saving || chosenIsCurrent || locked) return;
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
        if (year === thisYear) {
          memory.pinned = true;
          this.setData({ pinned: true });
        }
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
