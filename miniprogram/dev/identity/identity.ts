import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { DEMO_IDENTITIES, readDevSettings, saveDevSettings, DEFAULT_DEV_TARGET } from '../../services/dev-settings';
import { provideServices, services } from '../../services/services';
import { PAGES } from '../../common/pages';
import { restartAt } from '../../common/navigation';

/**
 * 测试身份 (development builds only, subpackage "dev") — run the product against `npm start`: switch the
 * emulator on or off, its address, and the test identity every call carries (X-WX-OPENID). Saving
 * rebuilds the service client and reopens the home as that person. "试一下" calls org.myProfile to show
 * that the emulator answers.
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    available: false,
    enabled: false,
    baseUrl: DEFAULT_DEV_TARGET.baseUrl,
    openid: DEFAULT_DEV_TARGET.openid,
    identities: DEMO_IDENTITIES,
    probe: '',
    probing: false,
  },
  lifetimes: {
    attached() {
      const settings = readDevSettings();
      if (!settings) return;
      this.setData({ available: true, enabled: settings.enabled, baseUrl: settings.baseUrl, openid: settings.openid });
    },
  },
  methods: {
    onEnabledChange(event: WechatMiniprogram.CustomEvent<{ value: boolean }>) {
      this.setData({ enabled: event.detail.value });
    },
    onBaseUrlChange(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ baseUrl: event.detail.value.trim() });
    },
    onIdentityChange(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ openid: event.detail.value });
    },
    onOpenidChange(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ openid: event.detail.value.trim() });
    },

    save() {
      saveDevSettings({
        enabled: this.data.enabled,
        baseUrl: this.data.baseUrl || DEFAULT_DEV_TARGET.baseUrl,
        openid: this.data.openid || DEFAULT_DEV_TARGET.openid,
      });
      provideServices(undefined);
    },

    async onProbe(): Promise<void> {
      this.save();
      this.setData({ probing: true, probe: '' });
      const reply = await services().client.call(CONTRACTS.org.myProfile, {});
      const probe = reply.ok
        ? `连接正常：${reply.data.members.map((m) => `${m.branchName} ${m.name}`).join('、') || '尚未绑定党员身份'}${reply.data.roles.length ? `；职务 ${reply.data.roles.length} 个` : ''}`
        : `没有连上：${reply.message}`;
      this.setData({ probing: false, probe });
    },

    onSave() {
      this.save();
      restartAt(PAGES.home);
    },
  },
});
