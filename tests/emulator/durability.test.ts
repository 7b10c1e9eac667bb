import tcb from '@cloudbase/node-sdk';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCAL_SECRET_ID, LOCAL_SECRET_KEY, startEmulator } from '../../emulator';
import { FIXTURE_INDEXES, startChild, startTestBed } from './emulator-test-bed';

const JOURNAL = (dataDir: string) => path.join(dataDir, 'database', 'database.journal');

const temporaryDirs: string[] = [];
const temporaryDir = (): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'emulator-durability-'));
  temporaryDirs.push(dir);
  return dir;
};

afterAll(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

describe('the journal', () => {
  it('keeps every acknowledged write across a restart, and compacts on start', async () => {
    const dataDir = temporaryDir();
    const first = await startTestBed({ dataDir });
    const members = first.db.collection('members');
    await first.db.createCollection('made_at_runtime');
    await first.db.collection('made_at_runtime').add({ _id: 'r1', at: new Date('2024-05-05T00:00:00Z') });
    for (let index = 0; index < 50; index++) await members.add({ _id: `m${index}`, openid: `o${index}`, points: index });
    for (let index = 0; index < 50; index += 2) await members.doc(`m${index}`).update({ points: first.db.command.inc(100) });
    await members.where({ points: first.db.command.lt(10) }).remove();
    await first.db.runTransaction(
      async (transaction: { collection(name: string): { doc(id: string): { update(data: object): Promise<unknown> } } }) => {
        await transaction.collection('members').doc('m11').update({ points: -1 });
      },
    );
    const before = (await members.orderBy('_id', 'asc').limit(1000).get()).data;
    await first.emulator.stop();
    const linesBefore = readFileSync(JOURNAL(dataDir), 'utf8').split('\n').filter(Boolean).length;

    const second = await startTestBed({ dataDir });
    expect((await second.db.collection('members').orderBy('_id', 'asc').limit(1000).get()).data).toEqual(before);
    const [runtime] = (await second.db.collection('made_at_runtime').doc('r1').get()).data;
    expect(runtime.at.toISOString()).toBe('2024-05-05T00:00:00.000Z');
    expect((await second.db.collection('members').where({ openid: 'o20' }).get()).data[0].points).toBe(120);
    expect((await second.db.collection('members').doc('m11').get()).data[0].points).toBe(-1);
    // Unique indexes are rebuilt from the journal.
    await expect(second.db.collection('members').add({ openid: 'o20' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
    await second.emulator.stop();
    const linesAfter = readFileSync(JOURNAL(dataDir), 'utf8').split('\n').filter(Boolean).length;
    expect(linesAfter).toBeLessThan(linesBefore);
  });

  it('drops a torn last record (never acknowledged) and refuses a corrupt one', async () => {
    const dataDir = temporaryDir();
    const first = await startTestBed({ dataDir });
    await first.db.collection('members').add({ _id: 'kept', openid: 'o-kept' });
    await first.emulator.stop();
    appendFileSync(JOURNAL(dataDir), '{"ops":[{"op":"put","c":"members","d":{"_id":"torn"');
    const second = await startTestBed({ dataDir });
    expect((await second.db.collection('members').get()).data.map((doc: { _id: string }) => doc._id)).toEqual(['kept']);
    await second.emulator.stop();
    writeFileSync(JOURNAL(dataDir), 'this is not a journal\n{"ops":[]}\n');
    await expect(startEmulator({ port: 0, indexesFile: FIXTURE_INDEXES, dataDir })).rejects.toThrow(/corrupt at line 1/);
  });
});

const appFor = (url: string) =>
  tcb.init({ env: 'kill-test', secretId: LOCAL_SECRET_ID, secretKey: LOCAL_SECRET_KEY, serviceUrl: `${url}/admin`, timeout: 10_000 });

describe('kill -9', () => {
  it('finds every acknowledged insert after the emulator is killed during a burst of writes', async () => {
    const dataDir = temporaryDir();
    const first = await startChild(dataDir);
    const db = appFor(first.url).database();
    const acknowledged: string[] = [];
    let inFlight = 0;
    let inFlightAtKill = -1;
    let killed = false;
    const worker = async (workerId: number) => {
      for (let sequence = 0; ; sequence++) {
        const id = `w${workerId}-${sequence}`;
        inFlight++;
        try {
          await db.collection('members').add({ _id: id, openid: id, worker: workerId, sequence, note: '积分'.repeat(20) });
        } catch {
          return;
        } finally {
          inFlight--;
        }
        acknowledged.push(id);
        if (acknowledged.length >= 400 && !killed) {
          killed = true;
          inFlightAtKill = inFlight;
          first.process.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 32 }, (_, workerId) => worker(workerId)));
    expect(killed).toBe(true);
    expect(inFlightAtKill).toBeGreaterThan(0);

    const second = await startChild(dataDir);
    try {
      const members = appFor(second.url).database().collection('members');
      const stored = new Map<string, { worker: number; sequence: number; note: string }>();
      for (let skip = 0; ; skip += 1000) {
        const { data } = await members.orderBy('_id', 'asc').skip(skip).limit(1000).get();
        for (const doc of data) stored.set(doc._id, doc);
        if (data.length < 1000) break;
      }
      const missing = acknowledged.filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      for (const id of acknowledged) {
        const [worker, sequence] = id.slice(1).split('-').map(Number);
        expect(stored.get(id)).toMatchObject({ worker, sequence, note: '积分'.repeat(20) });
      }
    } finally {
      second.process.kill('SIGKILL');
    }
  }, 90_000);
});
