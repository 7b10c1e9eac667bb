import { startTestBed, TestBed } from './emulator-test-bed';

let bed: TestBed;

beforeAll(async () => {
  bed = await startTestBed();
});

afterAll(async () => {
  await bed.emulator.stop();
});

describe('request statistics', () => {
  it('counts requests per action since the last reset, in the library and over http', async () => {
    await fetch(`${bed.emulator.url}/_emulator/reset-stats`, { method: 'POST' });
    const members = bed.db.collection('members');
    await members.add({ _id: 's1', openid: 'o-s1' });
    await members.add({ _id: 's2', openid: 'o-s2' });
    for (let index = 0; index < 3; index++) await members.doc('s1').get();
    await members.where({ openid: 'o-s2' }).count();
    await members.doc('s2').update({ points: 1 });
    const expected = {
      'database.insertDocument': 2,
      'database.getDocument': 3,
      'database.calculateDocument': 1,
      'database.modifyDocument': 1,
    };
    expect(bed.emulator.stats()).toMatchObject({ total: 7, actions: expected });
    const overHttp = (await (await fetch(`${bed.emulator.url}/_emulator/stats`)).json()) as {
      total: number;
      actions: Record<string, number>;
      since: string;
    };
    expect(overHttp.actions).toEqual(expected);
    expect(Number.isNaN(Date.parse(overHttp.since))).toBe(false);

    bed.emulator.resetStats();
    expect(bed.emulator.stats()).toMatchObject({ total: 0, actions: {} });
    await members.doc('s1').get();
    expect(bed.emulator.stats().actions).toEqual({ 'database.getDocument': 1 });
  });
});
