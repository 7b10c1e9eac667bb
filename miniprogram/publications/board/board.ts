import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import { watchOnline } from '../../common/online-watch';
import { problemOf, STALE_PROFILE_REASONS, type Problem } from '../../common/problem';
import type { CallFailure } from '../../services/call-result';
import { openPage, stopPullDownRefresh, toast } from '../../common/navigation';
import { now } from '../../common/clock';
import { forgetFile, pickPhotos, previewPhotos } from '../common/photos';
import {
  appealItemOf,
  dayOf,
  headOf,
  rowsOf,
  type AppealItem,
  type BoardReply,
  type HeadView,
  type RowView,
} from '../common/publication-view';
import { PUBLICATION_PAGES } from '../common/publication-pages';
import { dropAppealDraft, newAppealDraft, readAppealDraft, saveAppealDraft, sendAppeal, withPhoto, type AppealDraft } from './appeal-draft';

const MAX_PHOTOS = 9;

interface MeView {
  canAppeal: boolean;
  /** Why there is no appeal button (appeals closed, the publication final). */
  closedText: string;
  confirmRequired: boolean;
  confirmedText: string;
  /** "11月" / "第四季度": what the member signs off. */
  periodName: string;
  /** An appeal of theirs waits for its answer: signing off can wait too. */
  waitingAnswer: boolean;
  appeals: AppealItem[];
}

interface OfficerView {
  unconfirmed: string;
  unconfirmedCount: number;
  open: number;
  overdue: number;
}

interface FormView {
  open: boolean;
  reason: string;
  photos: { localPath: string; status: string }[];
  sending: boolean;
  error: string;
}

const CLOSED_FORM: FormView = { open: false, reason: '', photos: [], sending: false, error: '' };

/** What the page keeps but does not render. */
interface Memory {
  publicationId: string;
  photoFolder: string;
  draft: AppealDraft | null;
  refreshed: boolean;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { publicationId: '', photoFolder: '', draft: null, refreshed: false }));
  return memory;
};

const identity = () => services().client.transport.identity;

function meViewOf(reply: BoardReply): MeView | null {
  const me = reply.me;
  if (!me) return null;
  const p = reply.publication;
  const closedText = me.canAppeal
    ? ''
    : p.status === 'final'
      ? '本期已定稿，不能再提异议；有问题请找支部书记，更正会记在下一期。'
      : `异议的期限是${dayOf(p.appealsUntil)}，已经过了；有问题请找支部书记。`;
  return {
    canAppeal: me.canAppeal,
    closedText,
    confirmRequired: me.confirmationRequired,
    confirmedText: me.confirmedAt ? `已确认（${dayOf(me.confirmedAt)}）` : '',
    periodName: p.label.replace(/^\d{4}年/, ''),
    waitingAnswer: me.appeals.some((a) => a.status === 'open'),
    appeals: me.appeals.map(appealItemOf),
  };
}

function officerViewOf(reply: BoardReply): OfficerView | null {
  const officer = reply.officer;
  if (!officer) return null;
  const open = officer.appeals.filter((a) => a.status === 'open');
  return {
    unconfirmed: officer.unconfirmed.map((m) => m.name).join('、'),
    unconfirmedCount: officer.unconfirmed.length,
    open: open.length,
    overdue: open.filter((a) => a.overdue).length,
  };
}

/**
 * One publication's board (公示栏), for one call (publications.publicationBoard): the window's end said
 * plainly, the member's own row first, the whole branch in pinyin order. A member on the board signs off
 * their month (党员签字确认: one button, then "已确认"), files an appeal while appeals are open (a written
 * reason and photos, kept on the phone until it is sent) and reads the answers. Officers see who has not
 * signed off and the appeals waiting, with the way to answer them.
 */
Component({
  behaviors: [careModeBehavior],
  properties: {
    /** The publication (the page's query: ?publication=…; `id` is every component's own attribute). */
    publication: { type: String, value: '' },
  },
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    head: null as HeadView | null,
    rows: [] as RowView[],
    mine: null as RowView | null,
    me: null as MeView | null,
    officer: null as OfficerView | null,
    confirming: false,
    confirmError: '',
    form: CLOSED_FORM as FormView,
    maxPhotos: MAX_PHOTOS,
  },
  lifetimes: {
    attached() {
      memoryOf(this).publicationId = this.properties.publication;
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
      const reply = await services().client.call(CONTRACTS.publications.publicationBoard, { publicationId: memory.publicationId });
      if (!reply.ok) return this.fail(reply);
      this.showBoard(reply.data);
    },

    showBoard(reply: BoardReply) {
      const memory = memoryOf(this);
      const mineId = reply.me?.memberId ?? null;
      memory.photoFolder = reply.me?.photoFolder ?? '';
      const rows = rowsOf(reply.board, mineId);
      const draft = reply.me?.canAppeal ? readAppealDraft(identity(), memory.publicationId) : null;
      memory.draft = draft;
      this.setData({
        state: 'ready',
        problem: null,
        head: headOf(reply.publication, now()),
        rows,
        mine: rows.find((r) => r.mine) ?? null,
        me: meViewOf(reply),
        officer: officerViewOf(reply),
        // An appeal begun earlier (the app closed, the network dropped) opens again as it was left.
        form: draft ? this.formOf(draft, { open: true, error: '上次写的异议还没有提交，已为您保留。' }) : CLOSED_FORM,
      });
    },

    fail(failure: CallFailure): Promise<void> | void {
      const memory = memoryOf(this);
      if (STALE_PROFILE_REASONS.includes(failure.reason) && !memory.refreshed) {
        memory.refreshed = true;
        services().session.forget();
        return this.load();
      }
      const problem = problemOf(failure);
      if (failure.reason === 'PUBLICATION_NOT_FOUND') problem.title = '找不到这期公示';
      this.setData({ state: problem.state, problem });
      watchOnline(this, problem.state === 'offline', () => void this.load());
    },

    onProblemAction() {
      watchOnline(this, false);
      void this.load();
    },

    // —— 签字确认 ——

    async onConfirm(): Promise<void> {
      if (this.data.confirming || !this.data.me) return;
      this.setData({ confirming: true, confirmError: '' });
      const reply = await services().client.call(CONTRACTS.publications.confirmPeriod, { publicationId: memoryOf(this).publicationId });
      if (!reply.ok) {
        this.setData({ confirming: false, confirmError: reply.message });
        return;
      }
      this.setData({ confirming: false, 'me.confirmedText': `已确认（${dayOf(reply.data.confirmedAt)}）` });
      toast('已确认本期积分');
    },

    // —— 异议 ——

    formOf(draft: AppealDraft, extra: Partial<FormView> = {}): FormView {
      return {
        ...CLOSED_FORM,
        open: true,
        reason: draft.reason,
        photos: draft.photos.map((p) => ({ localPath: p.localPath, status: p.fileId ? '已上传' : '' })),
        ...extra,
      };
    },

    keepDraft(draft: AppealDraft) {
      memoryOf(this).draft = draft;
      saveAppealDraft(identity(), draft);
    },

    onAppealStart() {
      const memory = memoryOf(this);
      const draft = memory.draft ?? newAppealDraft(memory.publicationId);
      memory.draft = draft;
      this.setData({ form: this.formOf(draft) });
    },

    onReasonInput(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      const memory = memoryOf(this);
      if (!memory.draft) return;
      this.keepDraft({ ...memory.draft, reason: event.detail.value });
      this.setData({ 'form.reason': event.detail.value, 'form.error': '' });
    },

    async onAddPhoto(): Promise<void> {
      const memory = memoryOf(this);
      if (!memory.draft || this.data.form.sending) return;
      const room = MAX_PHOTOS - memory.draft.photos.length;
      if (room <= 0) return toast(`最多 ${MAX_PHOTOS} 张照片`);
      const paths = await pickPhotos(room);
      if (paths.length === 0 || !memory.draft) return;
      const draft = paths.reduce((d, path) => withPhoto(d, memory.photoFolder, path), memory.draft);
      this.keepDraft(draft);
      this.setData({ form: this.formOf(draft) });
    },

    onRemovePhoto(event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { index: number }>) {
      const memory = memoryOf(this);
      if (!memory.draft || this.data.form.sending) return;
      const index = Number(event.currentTarget.dataset.index);
      const removed = memory.draft.photos[index];
      if (!removed) return;
      forgetFile(removed.localPath);
      const draft = { ...memory.draft, photos: memory.draft.photos.filter((_, i) => i !== index) };
      this.keepDraft(draft);
      this.setData({ form: this.formOf(draft) });
    },

    onPreviewPicked(event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { path: string }>) {
      previewPhotos(
        event.currentTarget.dataset.path,
        this.data.form.photos.map((p) => p.localPath),
      );
    },

    onPreviewAppealPhoto(
      event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { appeal: number; url: string }>,
    ) {
      const appeal = this.data.me?.appeals[Number(event.currentTarget.dataset.appeal)];
      if (appeal)
        previewPhotos(
          event.currentTarget.dataset.url,
          appeal.photos.map((p) => p.url),
        );
    },

    onAppealCancel() {
      // The draft stays on the phone: what was written is not lost by closing the form.
      this.setData({ form: CLOSED_FORM });
    },

    async onAppealSubmit(): Promise<void> {
      const memory = memoryOf(this);
      const draft = memory.draft;
      if (!draft || this.data.form.sending) return;
      if (draft.reason.trim().length < 2) {
        this.setData({ 'form.error': '请写明异议的理由：哪一项不对，应该是怎样的。' });
        return;
      }
      this.setData({ 'form.sending': true, 'form.error': '' });
      const reply = await sendAppeal(
        services().client,
        draft,
        (kept) => this.keepDraft(kept),
        (index, percent) => this.setData({ [`form.photos[${index}].status`]: percent >= 100 ? '已上传' : `上传中 ${percent}%` }),
      );
      if (!reply.ok) {
        const offline = reply.code === 'NETWORK';
        const message = offline
          ? `${reply.reason === 'OFFLINE' ? '手机没有连上网络' : '暂时连不上服务器'}。异议已保存在手机上，有网络时会自动提交，也可以到时再点“提交异议”。`
          : reply.message;
        this.setData({ 'form.sending': false, 'form.error': message });
        // Back online: the appeal goes by itself (same key: one appeal however often it is tried).
        watchOnline(this, offline, () => void this.onAppealSubmit());
        return;
      }
      watchOnline(this, false);
      const sent = memory.draft ?? draft;
      sent.photos.forEach((p) => forgetFile(p.localPath));
      dropAppealDraft(identity(), memory.publicationId);
      memory.draft = null;
      const appeals = [appealItemOf(reply.data), ...(this.data.me?.appeals ?? []).filter((a) => a.appealId !== reply.data.appealId)];
      this.setData({ form: CLOSED_FORM, 'me.appeals': appeals, 'me.waitingAnswer': true });
      toast('异议已提交');
    },

    // —— 书记、记分员 ——

    onAnswerAppeals() {
      openPage(PUBLICATION_PAGES.appeals);
    },

    async onPullDownRefresh(): Promise<void> {
      await this.load();
      stopPullDownRefresh();
    },
  },
});
