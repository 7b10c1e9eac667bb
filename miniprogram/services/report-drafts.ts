import { CONTRACTS } from '../shared/index';
import type { ResponseOf } from '../shared/index';
import type { CallResult } from './call-result';
import type { ServiceClient } from './service-client';
import { forgetFile } from '../common/wechat-media';

export type ReportForm = ResponseOf<typeof CONTRACTS.reports.reportForm>;
export type SubmittedReport = ResponseOf<typeof CONTRACTS.reports.submitReport>;

export interface DraftPhoto {
  /** The picked (compressed) photo on the phone; kept in the mini-program's own files until sent. */
  localPath: string;
  /** Its cloud path (photoFolder + name): fixed when picked, so a retried upload replaces itself. */
  cloudPath: string;
  /** Set once uploaded: the fileID submitReport takes. */
  fileId: string | null;
}

/**
 * A report as the member fills it in, kept on the phone (wx storage) from the first thing they pick, so
 * that nothing typed or picked is lost when the network drops or the app is closed. `key` is the report's
 * idempotency key: sending the same draft twice makes one report. 'waiting': the member tapped 提交 and
 * it goes as soon as there is a network (sendWaitingDrafts).
 */
export interface ReportDraft {
  key: string;
  memberId: string;
  photoFolder: string;
  itemCode: string | null;
  itemName: string;
  date: string;
  description: string;
  level: string | null;
  quantity: number | null;
  post: string | null;
  photos: DraftPhoto[];
  /** Photos picked so far (numbers their names: one removed never gives its name to the next). */
  picked: number;
  status: 'editing' | 'waiting';
  /** Why the last try was refused (shown when the member opens the draft again). */
  problem: string;
}

const draftsKey = (identity: string) => `reportDrafts:${identity}`;
const formKey = (identity: string) => `reportForm:${identity}`;
const KEY_SYMBOLS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A fresh idempotency key (24 symbols: 8–64 of [A-Za-z0-9_-] as the contract asks). */
export function newDraftKey(random: () => number = Math.random): string {
  let key = '';
  for (let i = 0; i < 24; i++) key += KEY_SYMBOLS[Math.floor(random() * KEY_SYMBOLS.length)];
  return key;
}

export function newDraft(form: ReportForm, date: string): ReportDraft {
  return {
    key: newDraftKey(),
    memberId: form.member.memberId,
    photoFolder: form.photoFolder,
    itemCode: null,
    itemName: '',
    date,
    description: '',
    level: null,
    quantity: null,
    post: null,
    photos: [],
    picked: 0,
    status: 'editing',
    problem: '',
  };
}

export function readDrafts(identity: string): ReportDraft[] {
  const stored = wx.getStorageSync<ReportDraft[] | ''>(draftsKey(identity));
  return Array.isArray(stored) ? stored : [];
}

/** Keeps `draft` (replacing the one with its key). */
export function saveDraft(identity: string, draft: ReportDraft): void {
  const others = readDrafts(identity).filter((d) => d.key !== draft.key);
  wx.setStorageSync(draftsKey(identity), [...others, draft]);
}

/** Forgets a draft and the photo files kept for it. */
export function dropDraft(identity: string, key: string): void {
  const drafts = readDrafts(identity);
  drafts.filter((d) => d.key === key).forEach((d) => d.photos.forEach((p) => forgetFile(p.localPath)));
  wx.setStorageSync(
    draftsKey(identity),
    drafts.filter((d) => d.key !== key),
  );
}

/** The last report form seen, to fill in a report without a network. */
export function keptForm(identity: string): ReportForm | null {
  const stored = wx.getStorageSync<ReportForm | ''>(formKey(identity));
  return stored && Array.isArray(stored.categories) ? stored : null;
}

export function keepForm(identity: string, form: ReportForm): void {
  wx.setStorageSync(formKey(identity), form);
}

/** "jpg" for a picked file's cloud name (storage serves a photo with the type its name gives). */
function extensionOf(path: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(path);
  const ext = match ? match[1].toLowerCase() : '';
  return ['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic'].includes(ext) ? ext : 'jpg';
}

/** A picked photo joins the draft: its cloud name is the draft's key and a number never used before in it. */
export function addPhoto(draft: ReportDraft, localPath: string): DraftPhoto {
  const photo = { localPath, cloudPath: `${draft.photoFolder}${draft.key}-${++draft.picked}.${extensionOf(localPath)}`, fileId: null };
  draft.photos.push(photo);
  return photo;
}

/** Uploads one photo of the draft and keeps its fileID. */
export async function uploadPhoto(
  client: ServiceClient,
  identity: string,
  draft: ReportDraft,
  photo: DraftPhoto,
  onProgress?: (percent: number) => void,
): Promise<CallResult<{ fileID: string }>> {
  const result = await client.upload(photo.cloudPath, photo.localPath, onProgress);
  if (result.ok) {
    photo.fileId = result.data.fileID;
    if (readDrafts(identity).some((d) => d.key === draft.key)) saveDraft(identity, draft);
  }
  return result;
}

/**
 * Sends a draft: uploads what is not uploaded yet, then submits with the draft's key. Sent: the draft is
 * forgotten. No network: it stays, waiting. Refused: it goes back to the member's hands with the reason.
 */
export async function sendDraft(client: ServiceClient, identity: string, draft: ReportDraft): Promise<CallResult<SubmittedReport>> {
  for (const photo of draft.photos) {
    if (photo.fileId) continue;
    const uploaded = await uploadPhoto(client, identity, draft, photo);
    if (!uploaded.ok) return settle(identity, draft, uploaded);
  }
  const reply = await client.call(CONTRACTS.reports.submitReport, {
    memberId: draft.memberId,
    itemCode: draft.itemCode ?? '',
    date: draft.date,
    description: draft.description,
    photos: draft.photos.map((p) => p.fileId ?? ''),
    ...(draft.level ? { level: draft.level } : {}),
    ...(draft.quantity ? { quantity: draft.quantity } : {}),
    ...(draft.post ? { post: draft.post } : {}),
    idempotencyKey: draft.key,
  });
  if (reply.ok) {
    dropDraft(identity, draft.key);
    return reply;
  }
  return settle(identity, draft, reply);
}

function settle<T>(identity: string, draft: ReportDraft, failure: CallResult<T> & { ok: false }): CallResult<T> {
  if (failure.code !== 'NETWORK') {
    draft.status = 'editing';
    draft.problem = failure.message;
  }
  saveDraft(identity, draft);
  return failure;
}

let sending: Promise<number> | null = null;

async function sendAll(client: ServiceClient): Promise<number> {
  let sent = 0;
  for (const draft of readDrafts(client.transport.identity).filter((d) => d.status === 'waiting')) {
    const reply = await sendDraft(client, client.transport.identity, draft);
    if (reply.ok) sent++;
    else if (reply.code === 'NETWORK') break;
  }
  return sent;
}

/**
 * Sends every waiting draft of this identity, one after the other (app.ts when the app comes to the front
 * and when the network comes back; the report page's “现在提交”). Resolves with how many were sent. Runs
 * once at a time: a second call while one runs waits for it.
 */
export function sendWaitingDrafts(client: ServiceClient): Promise<number> {
  sending ??= sendAll(client).finally(() => {
    sending = null;
  });
  return sending;
}
