import { CONTRACTS } from '../../shared/index';
import type { ResponseOf } from '../../shared/index';
import type { CallResult } from '../../services/call-result';
import type { ServiceClient } from '../../services/service-client';

export type FiledAppeal = ResponseOf<typeof CONTRACTS.publications.fileAppeal>;

export interface AppealPhoto {
  /** The picked photo, kept among the mini-program's files until the appeal is filed. */
  localPath: string;
  /** Where it goes: the member's folder + a name fixed when picked (a retried upload replaces itself). */
  cloudPath: string;
  /** Set once uploaded. */
  fileId: string | null;
}

/**
 * An appeal as the member writes it, kept on the phone from the first letter: nothing typed or picked is
 * lost when the network drops or the app is closed. `key` is its idempotency key: filing the same draft
 * twice (a retry after a dropped reply) makes one appeal.
 */
export interface AppealDraft {
  publicationId: string;
  key: string;
  reason: string;
  photos: AppealPhoto[];
  /** Photos picked so far (numbers their names). */
  picked: number;
}

const storageKey = (identity: string, publicationId: string) => `appealDraft:${identity}:${publicationId}`;
const KEY_SYMBOLS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

export function newAppealDraft(publicationId: string, random: () => number = Math.random): AppealDraft {
  let key = '';
  for (let i = 0; i < 24; i++) key += KEY_SYMBOLS[Math.floor(random() * KEY_SYMBOLS.length)];
  return { publicationId, key, reason: '', photos: [], picked: 0 };
}

export function readAppealDraft(identity: string, publicationId: string): AppealDraft | null {
  const kept = wx.getStorageSync<AppealDraft | ''>(storageKey(identity, publicationId));
  return kept && typeof kept === 'object' && Array.isArray(kept.photos) ? kept : null;
}

export function saveAppealDraft(identity: string, draft: AppealDraft): void {
  wx.setStorageSync(storageKey(identity, draft.publicationId), draft);
}

export function dropAppealDraft(identity: string, publicationId: string): void {
  wx.removeStorageSync(storageKey(identity, publicationId));
}

/** A picked photo's place in the member's folder: appeal-<key>-<n>.<its extension> (jpg when it has none). */
export function withPhoto(draft: AppealDraft, folder: string, localPath: string): AppealDraft {
  const picked = draft.picked + 1;
  const ext = /\.(jpe?g|png|gif|webp|heic)$/i.exec(localPath)?.[1].toLowerCase() ?? 'jpg';
  const photo = { localPath, cloudPath: `${folder}appeal-${draft.key}-${picked}.${ext}`, fileId: null };
  return { ...draft, picked, photos: [...draft.photos, photo] };
}

/**
 * Uploads the photos not sent yet, one at a time (weak networks), keeping each fileID in the draft as it
 * arrives, then files the appeal. `progress(i, percent)` reports each photo.
 */
export async function sendAppeal(
  client: ServiceClient,
  draft: AppealDraft,
  keep: (draft: AppealDraft) => void,
  progress: (index: number, percent: number) => void,
): Promise<CallResult<FiledAppeal>> {
  let current = draft;
  for (let i = 0; i < current.photos.length; i++) {
    const photo = current.photos[i];
    if (photo.fileId) continue;
    const uploaded = await client.upload(photo.cloudPath, photo.localPath, (percent) => progress(i, percent));
    if (!uploaded.ok) return uploaded;
    current = { ...current, photos: current.photos.map((p, j) => (j === i ? { ...p, fileId: uploaded.data.fileID } : p)) };
    keep(current);
  }
  return client.call(CONTRACTS.publications.fileAppeal, {
    publicationId: current.publicationId,
    reason: current.reason,
    photos: current.photos.map((p) => p.fileId ?? ''),
    idempotencyKey: current.key,
  });
}
