import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import { PAGES } from '../../common/pages';
import { restartAt } from '../../common/navigation';
import { bindProblemOf, boundAs, type BindProblem } from './bind-messages';

/**
 * 绑定 — enter the invite code the secretary handed out (org.bindWithCode). The code is checked on the
 * phone first (same rules as the server: 8 or 12 symbols, no 0/1/O/I/L, spaces and dashes ignored), so
 * a typo costs no call and works offline; the server's refusals (expired, used, voided, too many tries)
 * are shown under the box with what to do next. After binding, the profile is fetched once and kept.
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    code: '',
    state: 'ready' as 'ready' | 'loading' | 'error' | 'offline' | 'done',
    problem: null as BindProblem | null,
    doneText: '',
  },
  methods: {
    onCodeChange(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ code: event.detail.value });
    },

    async onSubmit(): Promise<void> {
      if (this.data.state === 'loading') return;
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
        const problem = bindProblemOf(reply);
        this.setData({ state: problem.tone, problem });
        return;
      }
      const profile = await session.refresh();
      this.setData({ state: 'done', doneText: boundAs(reply.data, profile.ok ? profile.data : null) });
    },

    onEnterHome() {
      restartAt(PAGES.home);
    },
  },
});
