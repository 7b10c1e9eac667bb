import cloud from 'wx-server-sdk';
import { emulatorProcessEnv } from '../../emulator';
import { startTestBed, TestBed } from './emulator-test-bed';

let bed: TestBed;

beforeAll(async () => {
  bed = await startTestBed();
  Object.assign(process.env, emulatorProcessEnv(bed.emulator));
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
});

afterAll(async () => {
  await bed.emulator.stop();
});

describe('wx-server-sdk (cloud.init({ env: DYNAMIC_CURRENT_ENV })) against the emulator', () => {
  it('reads and writes the database', async () => {
    const db = cloud.database();
    const _ = db.command;
    const added = (await db.collection('members').add({ data: { openid: 'o-wx', points: 1, at: db.serverDate() } })) as { _id: string };
    expect(typeof added._id).toBe('string');
    await db
      .collection('members')
      .doc(added._id)
      .update({ data: { points: _.inc(2) } });
    const { data } = (await db.collection('members').where({ openid: 'o-wx' }).get()) as { data: unknown[] };
    expect(data).toMatchObject([{ openid: 'o-wx', points: 3 }]);
    expect(
      (
        (await db
          .collection('members')
          .where({ points: _.gte(3) })
          .count()) as { total: number }
      ).total,
    ).toBe(1);
  });

  it('runs transactions', async () => {
    const db = cloud.database();
    await db.collection('counters').add({ data: { _id: 'wx-c', value: 1 } });
    // The transaction object is untyped in wx-server-sdk's typings.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped in wx-server-sdk's typings (see above)
    await db.runTransaction(async (transaction: any) => {
      const { data } = await transaction.collection('counters').doc('wx-c').get();
      await transaction
        .collection('counters')
        .doc('wx-c')
        .update({ data: { value: (data as { value: number }).value + 1 } });
    });
    expect(((await db.collection('counters').doc('wx-c').get()) as { data: unknown }).data).toMatchObject({ value: 2 });
  });

  it("maps the emulator's codes to wx-server-sdk's numbers", async () => {
    const error = await (cloud.database().collection('missing').get() as Promise<unknown>).then(
      () => undefined,
      (failure: { errCode: number; errMsg: string }) => failure,
    );
    expect(error?.errCode).toBe(-502005);
    expect(error?.errMsg).toContain('database collection not exists');
  });
});
