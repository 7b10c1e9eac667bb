import { randomBytes } from 'node:crypto';
import { cloudbaseApp } from '../../../server/db/cloudbase';
import type { Backend } from '../../support/backend';

/** The day of these tests: 15 March 2026, 10:00 in Shanghai (March is open, February's late-entry window is over). */
export const NOW = new Date('2026-03-15T02:00:00Z');
let ticks = 0;
/** The functions' clock: NOW, one second later at each reading, so requests are ordered as they happen (same day). */
export const fixedClock = () => new Date(NOW.getTime() + 1000 * ticks++);

/** A small real PNG (the emulator checks the magic bytes). */
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(512, 7)]);

/** Uploads a photo where the mini-program puts report photos (reports/<openid>/…) and returns its fileID. */
export async function uploadPhoto(openid: string, name = `${randomBytes(4).toString('hex')}.png`): Promise<string> {
  const { fileID } = await cloudbaseApp().uploadFile({ cloudPath: `reports/${openid}/${name}`, fileContent: PNG });
  return fileID;
}

/** A fresh client-style idempotency key. */
export const newKey = () => randomBytes(8).toString('hex');

/** Database requests made while `work` runs (the emulator counts every gateway action). */
export async function databaseRequests<T>(
  backend: Backend,
  work: () => Promise<T>,
): Promise<{ result: T; requests: number; actions: Record<string, number> }> {
  backend.emulator.resetStats();
  const result = await work();
  const actions = Object.fromEntries(Object.entries(backend.emulator.stats().actions).filter(([action]) => action.startsWith('database.')));
  return { result, requests: Object.values(actions).reduce((a, b) => a + b, 0), actions };
}

/** Every document of a collection (tests only). */
export async function allDocs<T = Record<string, unknown>>(
  backend: Backend,
  collection: string,
  where: Record<string, unknown> = {},
): Promise<T[]> {
  return (await backend.db.collection(collection).where(where).limit(1000).get()).data as T[];
}
