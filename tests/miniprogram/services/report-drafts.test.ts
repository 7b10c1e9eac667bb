import {
  addPhoto,
  newDraft,
  newDraftKey,
  readDrafts,
  saveDraft,
  sendWaitingDrafts,
  type ReportDraft,
} from '../../../miniprogram/services/report-drafts';
import { fakeBackend, offline, ok, refused } from '../support/fake-backend';
import { resetWx, wxState } from '../support/fake-wx';
import { myReports, reportFormReply } from '../fixtures/reports-demo';

const IDENTITY = 'demo-v03';
const pending = myReports.reports.find((r) => r.status === 'pending')!;

function waitingDraft(description: string, photos: string[] = []): ReportDraft {
  const draft = newDraft(reportFormReply, '2026-11-20');
  Object.assign(draft, { itemCode: 'bonus.economy', itemName: '经济发展', description, status: 'waiting' });
  photos.forEach((path) => addPhoto(draft, path));
  saveDraft(IDENTITY, draft);
  return draft;
}

describe('reports waiting on the phone (services/report-drafts.ts)', () => {
  beforeEach(() => resetWx());

  it('makes idempotency keys the contract takes, different each time', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newDraftKey()));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('sends every waiting report in order: photos not yet uploaded first, then the report with its key', async () => {
    const first = waitingDraft('带动务工', ['wxfile://store_a.jpg']);
    const second = waitingDraft('招商引资');
    const backend = fakeBackend({ 'reports.submitReport': ok(pending) }, IDENTITY);
    expect(await sendWaitingDrafts(backend.services.client)).toBe(2);
    expect(backend.uploads).toEqual([{ cloudPath: first.photos[0].cloudPath, filePath: 'wxfile://store_a.jpg' }]);
    expect(backend.callsOf('reports.submitReport').map((c) => c.data)).toEqual([
      expect.objectContaining({ idempotencyKey: first.key, photos: [`cloud://test-env.test-bucket/${first.photos[0].cloudPath}`] }),
      expect.objectContaining({ idempotencyKey: second.key, photos: [] }),
    ]);
    expect(readDrafts(IDENTITY)).toEqual([]);
  });

  it('stops at the first report without a network (the rest wait too), and runs once at a time', async () => {
    waitingDraft('带动务工');
    waitingDraft('招商引资');
    const backend = fakeBackend({ 'reports.submitReport': offline() }, IDENTITY);
    const [a, b] = await Promise.all([sendWaitingDrafts(backend.services.client), sendWaitingDrafts(backend.services.client)]);
    expect([a, b]).toEqual([0, 0]);
    expect(backend.callsOf('reports.submitReport')).toHaveLength(1);
    expect(readDrafts(IDENTITY).map((d) => d.status)).toEqual(['waiting', 'waiting']);
  });

  it('a refused report goes back to the member with the reason; an uploaded photo is not uploaded again', async () => {
    const draft = waitingDraft('带动务工', ['wxfile://store_a.jpg']);
    const backend = fakeBackend(
      { 'reports.submitReport': refused('CONTENT_REJECTED', 'TEXT_RISKY', '申报说明含有不适宜发布的内容，请修改后再提交') },
      IDENTITY,
    );
    expect(await sendWaitingDrafts(backend.services.client)).toBe(0);
    const [kept] = readDrafts(IDENTITY);
    expect(kept).toMatchObject({ key: draft.key, status: 'editing', problem: '申报说明含有不适宜发布的内容，请修改后再提交' });
    expect(kept.photos[0].fileId).toBe(`cloud://test-env.test-bucket/${draft.photos[0].cloudPath}`);
    kept.status = 'waiting';
    saveDraft(IDENTITY, kept);
    backend.answer('reports.submitReport', ok(pending));
    await sendWaitingDrafts(backend.services.client);
    expect(backend.uploads).toHaveLength(1);
    expect(wxState.storage.get(`reportDrafts:${IDENTITY}`)).toEqual([]);
  });
});
