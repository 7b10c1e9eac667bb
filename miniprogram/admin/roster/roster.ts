import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import { watchOnline } from '../../common/online-watch';
import type { Problem } from '../../common/problem';
import { PAGES } from '../../common/pages';
import { openPage } from '../../common/navigation';
import { branchForPage, branchQuery, isProblem } from '../common/admin-page';
import type { AdminBranch } from '../common/admin-branch';
import { fileProblemOf, problemCount, problemsByRow, rosterCloudPath, type RowProblems } from './roster-view';

type Step = 'pick' | 'uploading' | 'checking' | 'problems' | 'done';

interface Memory {
  branch: AdminBranch | null;
  /** The file picked (kept so that a dropped upload or check can be retried without picking again). */
  file: { path: string; name: string; size: number } | null;
  /** Its cloud file once uploaded (a retried check does not upload again). */
  fileId: string;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { branch: null, file: null, fileId: '' }));
  return memory;
};

/** The columns of docs/roster-template.xlsx, as the secretary's Excel needs them. */
const REQUIRED_COLUMNS = '姓名、性别、出生日期、入党日期、党员状态（正式/预备）、类别（自管/在职/流动）';
const OPTIONAL_COLUMNS = '手机号、党小组、层次';

/**
 * 导入党员名册 — the secretary picks the roster .xlsx from a WeChat chat (wx.chooseMessageFile: the file
 * someone sent from a computer), it is uploaded under imports/ with its progress shown, and org.importRoster
 * checks every row before it writes anything. Problems are listed row by row as in Excel ("第 5 行 · 性别：…"),
 * and nothing is imported until the file is right; then the number imported and the way to the invite codes.
 * The first screen makes no call (the branch comes from the profile kept on the phone).
 */
Component({
  behaviors: [careModeBehavior],
  properties: {
    branch: { type: String, value: '' },
    name: { type: String, value: '' },
  },
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    step: 'pick' as Step,
    branchName: '',
    requiredColumns: REQUIRED_COLUMNS,
    optionalColumns: OPTIONAL_COLUMNS,
    fileName: '',
    percent: 0,
    formProblem: '',
    canRetry: false,
    retryText: '',
    rows: [] as RowProblems[],
    problemTitle: '',
    moreText: '',
    imported: 0,
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
      const branch = await branchForPage({ branch: this.properties.branch, name: this.properties.name });
      if (isProblem(branch)) {
        this.setData({ state: branch.state, problem: branch });
        watchOnline(this, branch.state === 'offline', () => void this.retry());
        return;
      }
      memoryOf(this).branch = branch;
      this.setData({ state: 'ready', branchName: branch.branchName });
    },

    retry(): Promise<void> {
      watchOnline(this, false);
      return this.load();
    },

    onProblemAction() {
      void this.retry();
    },

    /** 从微信聊天里选名册: one .xlsx file from a chat. */
    onPick() {
      if (this.data.step === 'uploading' || this.data.step === 'checking') return;
      wx.chooseMessageFile({
        count: 1,
        type: 'file',
        extension: ['xlsx'],
        success: (result) => {
          const picked = result.tempFiles[0];
          if (!picked) return;
          const file = { path: picked.path, name: picked.name, size: picked.size };
          const problem = fileProblemOf(file);
          if (problem) return this.setData({ step: 'pick', fileName: file.name, formProblem: problem, canRetry: false });
          const memory = memoryOf(this);
          memory.file = file;
          memory.fileId = '';
          void this.send();
        },
        // Cancelled, or the chat list could not open: the page stays as it was.
        fail: () => undefined,
      });
    },

    /** Uploads the picked file (unless it is up already), then asks the importer to check and import it. */
    async send(): Promise<void> {
      const memory = memoryOf(this);
      if (!memory.branch || !memory.file) return;
      const { client } = services();
      this.setData({ fileName: memory.file.name, formProblem: '', canRetry: false, rows: [], percent: 0 });
      if (!memory.fileId) {
        this.setData({ step: 'uploading' });
        const uploaded = await client.upload(rosterCloudPath(memory.branch.branchId, Date.now()), memory.file.path, (percent) =>
          this.setData({ percent }),
        );
        if (!uploaded.ok) {
          return this.setData({
            step: 'pick',
            canRetry: uploaded.code === 'NETWORK',
            retryText: `重新上传“${memory.file.name}”`,
            formProblem:
              uploaded.code === 'NETWORK'
                ? '没有连上网络，名册还没有传上去。连上网络后点“重新上传”。'
                : '名册没能传上去：服务器不接受这个文件。请确认选的是 Excel 名册（.xlsx）；还不行请联系上级党委。',
          });
        }
        memory.fileId = uploaded.data.fileID;
      }
      this.setData({ step: 'checking' });
      const reply = await client.call(CONTRACTS.org.importRoster, { branchId: memory.branch.branchId, fileId: memory.fileId });
      if (reply.ok) return this.setData({ step: 'done', imported: reply.data.imported });
      if (reply.code === 'NETWORK')
        return this.setData({
          step: 'pick',
          canRetry: true,
          retryText: '再试一次',
          formProblem: '没有连上网络，还不知道导入了没有。连上网络后点“再试一次”；如果其实已经导入，会提示这些人已在名册中，不会重复添加。',
        });
      if (reply.code === 'VALIDATION' && reply.reason.startsWith('ROSTER_') && reply.fields.length > 0) {
        const rows = problemsByRow(reply.fields);
        const count = problemCount(reply.message, reply.fields.length);
        return this.setData({
          step: 'problems',
          rows,
          problemTitle:
            reply.reason === 'ROSTER_INVALID' ? `名册里有 ${count} 处要改，这次一个人也没有导入` : '这个文件不能导入，一个人也没有导入',
          moreText:
            count > reply.fields.length
              ? `下面列出前 ${reply.fields.length} 处。改好后再导入一次，会列出其余 ${count - reply.fields.length} 处。`
              : '',
        });
      }
      this.setData({ step: 'pick', formProblem: reply.message });
    },

    onRetrySend() {
      void this.send();
    },

    onInvites() {
      openPage(`${PAGES.adminInvites}${branchQuery({ branch: this.properties.branch, name: this.properties.name })}`);
    },

    onAgain() {
      memoryOf(this).file = null;
      this.setData({ step: 'pick', rows: [], fileName: '', formProblem: '', canRetry: false });
    },
  },
});
