import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import type { CallFailure } from '../../services/call-result';
import { askReviewResultNotice, recordNoticeAnswers } from '../../services/review-notice';
import * as drafts from '../../services/report-drafts';
import type { DraftPhoto, ReportDraft, ReportForm } from '../../services/report-drafts';
import { forgetFile, pickPhotos, previewPhotos } from '../../common/wechat-media';
import { watchOnline } from '../../common/online-watch';
import { emptyProblem, problemOf, type Problem } from '../../common/problem';
import { PAGES } from '../../common/pages';
import { confirmDialog, openPage, restartAt, toast } from '../../common/navigation';
import * as view from './report-view';

type Event<D extends Record<string, unknown>> = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, D>;
type Field<D extends Record<string, unknown>> = WechatMiniprogram.CustomEvent<D>;

interface PhotoView {
  key: string;
  path: string;
  status: 'uploading' | 'done' | 'failed';
  percent: number;
  /** Short, on the tile: 没传上去 / 服务器不接受; what to do is said once under the photos. */
  message: string;
}

/** What the page keeps but does not render. */
interface Memory {
  form: ReportForm | null;
  draft: ReportDraft | null;
  /** Uploads run one after the other (weak networks): the chain's tail. */
  uploads: Promise<void>;
  /** Photos the storage refused (a bad file): they must be removed or replaced before submitting. */
  refused: Set<string>;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { form: null, draft: null, uploads: Promise.resolve(), refused: new Set() }));
  return memory;
};
const identity = () => services().client.transport.identity;
const NOT_SENT = '没传上去';
const NOT_TAKEN = '服务器不接受';
const PHOTO_NOTES: Record<string, string> = {
  [NOT_SENT]: '有照片没传上去（没有网络）。有网络后点“重试”；直接点“提交申报”也行，有网络时会自动传。',
  [NOT_TAKEN]: '有照片服务器不接受（文件坏了或不是照片）。请点“删除”，换一张再传。',
};

/**
 * 申报 — the member reports what they did: an item of their scheme (points and the proof it asks for),
 * the date, a description, photos. The first screen is one call (reports.reportForm), kept on the phone so
 * that a report can be filled in without a network. Everything typed and picked is kept as a draft
 * (services/report-drafts.ts) with the report's idempotency key; without a network the draft waits and is
 * sent when the network comes back (here, or by app.ts when the app is opened again).
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline' | 'waiting' | 'sent',
    problem: null as Problem | null,
    offlineForm: false,
    categories: [] as view.CategoryView[],
    step: 'pick' as 'pick' | 'fill',
    item: null as view.ItemView | null,
    level: '',
    post: '',
    quantity: 1,
    date: '',
    dateText: '',
    dateStart: '',
    dateEnd: '',
    datesText: '',
    description: '',
    descriptionLength: 0,
    photos: [] as PhotoView[],
    maxPhotos: 9,
    restored: false,
    photoNote: '',
    formProblem: '',
    submitting: false,
    sending: false,
    waitingCount: 0,
    sentText: '',
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
      this.setData({ state: 'loading', problem: null });
      const { client, session } = services();
      const memberId = session.profile()?.members[0]?.memberId;
      const reply = await client.call(CONTRACTS.reports.reportForm, memberId ? { memberId } : {});
      if (reply.ok) {
        drafts.keepForm(identity(), reply.data);
        return this.open(reply.data, false);
      }
      const kept = reply.code === 'NETWORK' ? drafts.keptForm(identity()) : null;
      if (kept) return this.open(kept, true);
      this.show(problemOf(reply));
    },

    show(problem: Problem) {
      this.setData({ state: problem.state, problem });
      watchOnline(this, problem.state === 'offline', () => void this.load());
    },

    /** Shows the form, with the draft left unfinished last time (if any), and sends drafts still waiting. */
    open(form: ReportForm, offlineForm: boolean) {
      const memory = memoryOf(this);
      memory.form = form;
      if (form.exempt)
        return this.show(emptyProblem('不用申报', '支部已批准您不纳入积分管理，不用申报积分。情况有变化时，请联系支部书记。'));
      if (form.categories.length === 0)
        return this.show(
          emptyProblem('没有要自己申报的项目', '本支部的积分方案里，积分都由记分员或书记登记，不用自己申报。有疑问请联系支部书记。'),
        );
      if (form.openDates.length === 0)
        return this.show(
          emptyProblem('现在不能申报', '这段时间的积分已经公示或过了申报期限。下个月（季度）开始后再来申报；有疑问请联系支部书记。'),
        );
      const mine = drafts.readDrafts(identity()).filter((d) => d.memberId === form.member.memberId);
      const unfinished = mine.find((d) => d.status === 'editing' && (d.itemCode || d.description || d.photos.length));
      memory.draft = unfinished ?? drafts.newDraft(form, view.defaultDate(form));
      if (!view.isOpenDate(form, memory.draft.date)) memory.draft.date = view.defaultDate(form);
      const bounds = view.dateBounds(form)!;
      this.setData({
        state: 'ready',
        problem: null,
        offlineForm,
        categories: view.categoryViews(form),
        dateStart: bounds.start,
        dateEnd: bounds.end,
        datesText: view.openDatesText(form),
        maxPhotos: form.maxPhotos,
        restored: Boolean(unfinished),
        waitingCount: mine.filter((d) => d.status === 'waiting').length,
      });
      this.showDraft();
      memory.draft.photos.forEach((photo) => {
        if (!photo.fileId) void this.upload(photo);
      });
      watchOnline(this, true, () => void this.sendWaiting(false));
      if (this.data.waitingCount > 0 && !offlineForm) void this.sendWaiting(false);
    },

    /** The draft's fields on screen. */
    showDraft() {
      const { form, draft } = memoryOf(this);
      if (!form || !draft) return;
      const item = view.findItem(form, draft.itemCode);
      this.setData({
        step: item ? 'fill' : 'pick',
        item: item ? view.itemView(item) : null,
        level: draft.level ?? '',
        post: draft.post ?? '',
        quantity: draft.quantity ?? 1,
        date: draft.date,
        dateText: view.dateText(form, draft.date),
        description: draft.description,
        descriptionLength: draft.description.length,
        photos: draft.photos.map((p) => this.photoView(p)),
        formProblem: draft.problem,
      });
      this.notePhotos();
    },

    photoView(photo: DraftPhoto): PhotoView {
      const refused = memoryOf(this).refused.has(photo.cloudPath);
      return {
        key: photo.cloudPath,
        path: photo.localPath,
        status: photo.fileId ? 'done' : refused ? 'failed' : 'uploading',
        percent: photo.fileId ? 100 : 0,
        message: refused ? NOT_TAKEN : '',
      };
    },

    /** Keeps the draft on the phone: called after every change the member makes. */
    keep() {
      const { draft } = memoryOf(this);
      if (draft) drafts.saveDraft(identity(), draft);
    },

    onItemTap(event: Event<{ code: string }>) {
      const { form, draft } = memoryOf(this);
      const item = form && draft ? view.findItem(form, event.currentTarget.dataset.code) : null;
      if (!form || !draft || !item) return;
      if (draft.itemCode !== item.code) {
        draft.itemCode = item.code;
        draft.itemName = item.name;
        draft.level = null;
        draft.quantity = item.points.kind === 'perOccurrence' ? 1 : null;
        draft.post = item.posts?.length === 1 ? item.posts[0].code : null;
        if (item.evidence.photo === 'none') draft.photos = [];
      }
      draft.problem = '';
      this.keep();
      this.showDraft();
      wx.pageScrollTo({ scrollTop: 0, duration: 0, fail: () => undefined });
    },

    onChangeItem() {
      this.setData({ step: 'pick' });
    },

    onLevelTap(event: Event<{ code: string }>) {
      const { draft } = memoryOf(this);
      if (!draft) return;
      draft.level = event.currentTarget.dataset.code;
      this.keep();
      this.setData({ level: draft.level, formProblem: '' });
    },

    onPostTap(event: Event<{ code: string }>) {
      const { draft } = memoryOf(this);
      if (!draft) return;
      draft.post = event.currentTarget.dataset.code;
      this.keep();
      this.setData({ post: draft.post, formProblem: '' });
    },

    onQuantityStep(event: Event<{ step: number }>) {
      const { draft } = memoryOf(this);
      const most = this.data.item?.perOccurrence?.max ?? 1;
      if (!draft) return;
      draft.quantity = Math.min(most, Math.max(1, (draft.quantity ?? 1) + Number(event.currentTarget.dataset.step)));
      this.keep();
      this.setData({ quantity: draft.quantity });
    },

    onDateChange(event: Field<{ value: string }>) {
      const { form, draft } = memoryOf(this);
      const date = event.detail.value;
      if (!form || !draft) return;
      if (!view.isOpenDate(form, date)) {
        this.setData({ formProblem: `${view.dateText(form, date)}不能申报。${view.openDatesText(form)}` });
        return;
      }
      draft.date = date;
      this.keep();
      this.setData({ date, dateText: view.dateText(form, date), formProblem: '' });
    },

    onDescriptionInput(event: Field<{ value: string }>) {
      const { draft } = memoryOf(this);
      if (!draft) return;
      draft.description = event.detail.value;
      this.keep();
      this.setData({ descriptionLength: draft.description.length });
    },

    /** The typed text goes into the page's data when the box is left (not at each key: setData would move the cursor). */
    onDescriptionBlur() {
      this.setData({ description: memoryOf(this).draft?.description ?? '' });
    },

    async onAddPhotos(): Promise<void> {
      const { draft } = memoryOf(this);
      if (!draft) return;
      const room = this.data.maxPhotos - draft.photos.length;
      if (room <= 0) return toast(`最多 ${this.data.maxPhotos} 张照片`);
      const paths = await pickPhotos(room);
      for (const path of paths.slice(0, room)) {
        const photo = drafts.addPhoto(draft, path);
        this.keep();
        this.setData({ [`photos[${draft.photos.length - 1}]`]: this.photoView(photo), formProblem: '' });
        void this.upload(photo);
      }
    },

    /** Queues one photo's upload behind the others; its tile shows the progress, then ✓ or what went wrong. */
    upload(photo: DraftPhoto): Promise<void> {
      const memory = memoryOf(this);
      const indexOf = () => memory.draft?.photos.indexOf(photo) ?? -1;
      const set = (fields: Partial<PhotoView>) => {
        const i = indexOf();
        if (i < 0) return;
        this.setData(Object.fromEntries(Object.entries(fields).map(([k, v]) => [`photos[${i}].${k}`, v])));
        if ('message' in fields) this.notePhotos();
      };
      memory.uploads = memory.uploads.then(async () => {
        if (indexOf() < 0 || photo.fileId || !memory.draft) return;
        memory.refused.delete(photo.cloudPath);
        set({ status: 'uploading', percent: 0, message: '' });
        let shown = 0;
        const result = await drafts.uploadPhoto(services().client, identity(), memory.draft, photo, (percent) => {
          if (percent - shown >= 5 || percent === 100) set({ percent: (shown = percent) });
        });
        if (result.ok) return set({ status: 'done', percent: 100 });
        if (result.code !== 'NETWORK') memory.refused.add(photo.cloudPath);
        set({ status: 'failed', message: result.code === 'NETWORK' ? NOT_SENT : NOT_TAKEN });
      });
      return memory.uploads;
    },

    /** Under the photos, once: what to do about the ones that did not go. */
    notePhotos() {
      const messages = this.data.photos.map((p) => p.message);
      const which = [NOT_TAKEN, NOT_SENT].find((m) => messages.includes(m));
      const note = which ? PHOTO_NOTES[which] : '';
      if (note !== this.data.photoNote) this.setData({ photoNote: note });
    },

    onRetryPhoto(event: Event<{ key: string }>) {
      const photo = memoryOf(this).draft?.photos.find((p) => p.cloudPath === event.currentTarget.dataset.key);
      if (photo) void this.upload(photo);
    },

    onRemovePhoto(event: Event<{ key: string }>) {
      const memory = memoryOf(this);
      const key = event.currentTarget.dataset.key;
      const photo = memory.draft?.photos.find((p) => p.cloudPath === key);
      if (!memory.draft || !photo) return;
      memory.draft.photos = memory.draft.photos.filter((p) => p !== photo);
      memory.refused.delete(key);
      forgetFile(photo.localPath);
      this.keep();
      this.setData({ photos: this.data.photos.filter((p) => p.key !== key) });
      this.notePhotos();
    },

    onPreviewPhoto(event: Event<{ key: string }>) {
      const photos = this.data.photos;
      const current = photos.find((p) => p.key === event.currentTarget.dataset.key);
      if (current)
        previewPhotos(
          current.path,
          photos.map((p) => p.path),
        );
    },

    /** What stops the draft from being sent, in words; '' when it can go. */
    missing(): string {
      const { form, draft, refused } = memoryOf(this);
      const item = form && draft ? view.findItem(form, draft.itemCode) : null;
      if (!form || !draft || !item) return '请先选择申报的项目。';
      if (item.points.kind === 'levels' && !draft.level) return '请选择级别（点一下对应的一行）。';
      if (item.posts && !draft.post) return item.posts.length ? '请选择是哪个岗位。' : '这一项要先认领志愿服务岗位，请联系支部书记。';
      if (!view.isOpenDate(form, draft.date)) return `这个日子不能申报。${view.openDatesText(form)}`;
      if (!draft.description.trim()) return '请写几句说明：做了什么事、在哪里、和谁一起。';
      if (draft.description.trim().length > 500) return '说明最多 500 字，请删短一些。';
      if (draft.photos.some((p) => refused.has(p.cloudPath))) return '有照片服务器不接受，请删掉它（可以换一张）再提交。';
      if (item.evidence.photo === 'required' && draft.photos.length === 0)
        return `这一项需要照片：${item.evidence.hint ?? '请拍一张照片'}。请点“添加照片”。`;
      return '';
    },

    async onSubmit(): Promise<void> {
      // WeChat shows the subscription dialog only from a tap, before anything is awaited.
      const memory = memoryOf(this);
      askReviewResultNotice(memory.form?.reviewNotice ?? null, services().client);
      const { draft } = memory;
      if (!draft || this.data.submitting) return;
      const missing = this.missing();
      if (missing) {
        this.setData({ formProblem: missing });
        return;
      }
      this.setData({ submitting: true, formProblem: '' });
      await memory.uploads;
      draft.status = 'waiting';
      draft.problem = '';
      this.keep();
      const reply = await drafts.sendDraft(services().client, identity(), draft);
      this.setData({ submitting: false });
      if (reply.ok) {
        void recordNoticeAnswers(services().client);
        return this.sent(1);
      }
      if (reply.code === 'NETWORK') return this.waiting();
      this.refusedBy(reply);
    },

    /** The server said no: the draft is back in the member's hands with the reason (a photo it names is marked). */
    refusedBy(reply: CallFailure) {
      const memory = memoryOf(this);
      for (const field of reply.fields) {
        const index = /photos\.(\d+)/.exec(field.path);
        const photo = index ? memory.draft?.photos[Number(index[1])] : undefined;
        if (!photo) continue;
        memory.refused.add(photo.cloudPath);
        photo.fileId = null;
      }
      this.keep();
      this.showDraft();
      this.setData({ state: 'ready', formProblem: reply.message });
    },

    waiting() {
      const mine = drafts.readDrafts(identity()).filter((d) => d.memberId === memoryOf(this).form?.member.memberId);
      this.setData({ state: 'waiting', waitingCount: mine.filter((d) => d.status === 'waiting').length });
    },

    sent(count: number) {
      const { form } = memoryOf(this);
      memoryOf(this).draft = form ? drafts.newDraft(form, view.defaultDate(form)) : null;
      this.setData({
        state: 'sent',
        waitingCount: 0,
        sentText: count > 1 ? `${count} 条申报都已提交，正在等待记分员或书记审核。` : '正在等待记分员或书记审核。',
      });
    },

    /** “现在提交” (and by itself when the network comes back): sends every waiting draft. */
    async sendWaiting(tapped: boolean): Promise<void> {
      if (this.data.sending) return;
      this.setData({ sending: true });
      const sent = await drafts.sendWaitingDrafts(services().client);
      this.setData({ sending: false });
      const memberId = memoryOf(this).form?.member.memberId;
      const mine = drafts.readDrafts(identity()).filter((d) => d.memberId === memberId);
      const left = mine.filter((d) => d.status === 'waiting').length;
      if (sent > 0 && left === 0 && this.data.state === 'waiting') return this.sent(sent);
      this.setData({ waitingCount: left });
      if (sent > 0) toast(`已提交 ${sent} 条申报`);
      const backInHands = mine.find((d) => d.status === 'editing' && d.problem);
      if (backInHands && this.data.state === 'waiting') {
        memoryOf(this).draft = backInHands;
        this.setData({ state: 'ready' });
        this.showDraft();
      } else if (tapped && left > 0) toast('还是没有网络，有网络时会自动提交');
    },

    onSendNow() {
      void this.sendWaiting(true);
    },

    onNewReport() {
      const { form } = memoryOf(this);
      if (!form) return;
      memoryOf(this).draft = drafts.newDraft(form, view.defaultDate(form));
      this.setData({ state: 'ready', restored: false });
      this.showDraft();
    },

    async onStartOver(): Promise<void> {
      const { form, draft } = memoryOf(this);
      if (!form || !draft) return;
      if (!(await confirmDialog('不要这条申报了？', '已经填写的内容和照片会从手机上删掉。', '删掉'))) return;
      drafts.dropDraft(identity(), draft.key);
      this.onNewReport();
    },

    onRecords() {
      openPage(PAGES.records);
    },

    onHome() {
      restartAt(PAGES.home);
    },

    onProblemAction() {
      if (this.data.problem?.action === 'bind') openPage(PAGES.bind);
      else void this.load();
    },
  },
});
