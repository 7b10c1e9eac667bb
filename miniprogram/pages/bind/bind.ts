import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import { PAGES } from '../../common/pages';
import { restartAt } from '../../common/navigation';
import { bindProblemOf, boundAs, waitProblem, waitText, type BindProblem } from './bind-messages';

/** The countdown of a TOO_MANY_ATTEMPTS refusal, per page: its interval and when the wait ends (the phone's clock). */
const waits = new WeakMap<object, { handle: ReturnType<typeof setInterval>; until: number }>();

/**
 * 绑定 — enter the invite code the secretary handed out (org.bindWithCode). The code is checked on the
 * phone first (same rules as the server: 8 or 12 symbols, no 0/1/O/I/L, spaces and dashes ignored), so
 * a typo costs no call and works offline; the server's refusals (expired, used, voided, too many tries)
 * are shown under the box with what to do next. Too many wrong codes: the refusal says for how long
 * (retryAfterSeconds); the page counts down and keeps “绑定” off until then. After binding, the profile is
 * fetched once and kept.
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    code: '',
    state: 'ready' as 'ready' | 'loading' | 'error' | 'offline' | 'done',
    problem: null as BindProblem | null,
    doneText: '',
    /** Waiting out TOO_MANY_ATTEMPTS: the button is off and says how long is left ("15 分钟"). */
    waitText: '',
  },
  lifetimes: {
    detached() {
      this.stopWait();
    },
  },
  methods: {
    onCodeChange(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ code: event.detail.value });
    },

    async onSubmit(): Promise<void> {
      if (this.data.state === 'loading' || this.data.waitText) return;
      const code = this.data.code.trim();
      if (!code) {
        this.setData({
          state: 'error',
          problem: { tone: 'error', title: '请先输入邀请码', message: '邀请码由支部书记发给您。请把它输入上面的框里，再点“绑定”。' },
        });
        return;
      }
      this.setData({ state: 'loading', problem: null });
      const { client, session } = services();
      const reply = await client.call(CONTRACTS.org.bindWithCode, { code });
      if (!reply.ok) {
        if (reply.reason === 'TOO_MANY_ATTEMPTS' && reply.retryAfterSeconds) return this.startWait(reply.retryAfterSeconds);
        const problem = bindProblemOf(reply);
        this.setData({ state: problem.tone, problem });
        return;
      }
      const profile = await session.refresh();
      this.setData({ state: 'done', doneText: boundAs(reply.data, profile.ok ? profile.data : null) });
    },

    /** Counts down by the phone's clock (an interval can be late when WeChat is in the background). */
    startWait(seconds: number) {
      this.stopWait();
      const until = Date.now() + seconds * 1000;
      const tick = () => {
        const left = Math.ceil((until - Date.now()) / 1000);
        if (left <= 0) {
          this.stopWait();
          this.setData({
            state: 'ready',
            waitText: '',
            problem: { tone: 'error', title: '可以再试了', message: '请核对邀请码（由支部书记发给您）是否输对，再点“绑定”。' },
          });
          return;
        }
        if (waitText(left) !== this.data.waitText) this.setData({ state: 'error', waitText: waitText(left), problem: waitProblem(left) });
      };
      waits.set(this, { handle: setInterval(tick, 1000), until });
      tick();
    },

    stopWait() {
      const wait = waits.get(this);
      if (wait) clearInterval(wait.handle);
      waits.delete(this);
    },

    onEnterHome() {
      restartAt(PAGES.home);
    },
  },
});
