import { careModeBehavior } from '../../theme/care-mode-behavior';
import { phoneFontPx, setCareMode } from '../../theme/care-mode';
import { services } from '../../services/services';
import { devModeAvailable } from '../../services/dev-settings';
import { watchOnline } from '../../common/online-watch';
import { problemOf, type Problem } from '../../common/problem';
import { PAGES } from '../../common/pages';
import { openPage } from '../../common/navigation';
import { identityRows, phoneFontText, type IdentityRow } from './settings-view';

/**
 * 我的设置 — who I am (the kept profile; one org.myProfile call only when none is kept), care mode
 * (大字模式) with the phone's font size it follows, binding another code, and in a development build the
 * emulator identity.
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'error' | 'offline',
    problem: null as Problem | null,
    identities: [] as IdentityRow[],
    fontText: '',
    developer: false,
    connection: '',
  },
  lifetimes: {
    attached() {
      const { client } = services();
      this.setData({
        fontText: phoneFontText(phoneFontPx()),
        developer: devModeAvailable(),
        connection: `${client.transport.label}${client.transport.identity === 'cloud' ? '' : `：${client.transport.identity}`}`,
      });
      void this.load();
    },
    detached() {
      watchOnline(this, false);
    },
  },
  methods: {
    async load(): Promise<void> {
      watchOnline(this, false);
      const { session } = services();
      const kept = session.profile();
      if (kept) {
        this.setData({ state: 'ready', identities: identityRows(kept) });
        return;
      }
      this.setData({ state: 'loading', problem: null });
      const reply = await session.refresh();
      if (!reply.ok) {
        const problem = problemOf(reply);
        this.setData({ state: problem.state === 'offline' ? 'offline' : 'error', problem });
        watchOnline(this, problem.state === 'offline', () => void this.load());
        return;
      }
      this.setData({ state: 'ready', problem: null, identities: identityRows(reply.data) });
    },

    onProblemAction() {
      if (this.data.problem?.action === 'bind') openPage(PAGES.bind);
      else void this.load();
    },

    onCareChange(event: WechatMiniprogram.CustomEvent<{ value: boolean }>) {
      setCareMode(event.detail.value);
    },

    onBindAnother() {
      openPage(PAGES.bind);
    },

    onDevIdentity() {
      openPage(PAGES.devIdentity);
    },
  },
});
