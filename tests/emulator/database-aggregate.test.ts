import { rejection, startTestBed, TestBed } from './emulator-test-bed';

let bed: TestBed;

beforeAll(async () => {
  bed = await startTestBed();
  await bed.db.collection('branches').add([
    { _id: 'b1', name: '第一支部' },
    { _id: 'b2', name: '第二支部' },
  ]);
  const records = [];
  for (let index = 0; index < 60; index++) {
    records.push({
      memberId: `m${index % 6}`,
      branchId: index % 2 === 0 ? 'b1' : 'b2',
      period: index < 30 ? '2024-01' : '2024-02',
      itemCode: `i${index}`,
      points: index % 5,
    });
  }
  await bed.db.collection('point_records').add(records);
});

afterAll(async () => {
  await bed.emulator.stop();
});

describe('aggregate() through node-sdk, pipeline semantics from mingo', () => {
  it('matches, groups, sorts and limits', async () => {
    const $ = bed.db.command.aggregate;
    const { data } = await bed.db
      .collection('point_records')
      .aggregate()
      .match({ period: '2024-01' })
      .group({ _id: '$branchId', total: $.sum('$points'), records: $.sum(1) })
      .sort({ _id: 1 })
      .limit(10)
      .end();
    const expected = (branch: string) => {
      let total = 0;
      let records = 0;
      for (let index = 0; index < 30; index++) {
        if ((index % 2 === 0 ? 'b1' : 'b2') !== branch) continue;
        total += index % 5;
        records++;
      }
      return { _id: branch, total, records };
    };
    expect(data).toEqual([expected('b1'), expected('b2')]);
  });

  it('joins with lookup and projects', async () => {
    const { data } = await bed.db
      .collection('point_records')
      .aggregate()
      .match({ itemCode: bed.db.command.in(['i0', 'i1']) })
      .lookup({ from: 'branches', localField: 'branchId', foreignField: '_id', as: 'branch' })
      .project({ _id: 0, itemCode: 1, branchName: { $arrayElemAt: ['$branch.name', 0] } })
      .sort({ itemCode: 1 })
      .limit(5)
      .end();
    expect(data).toEqual([
      { itemCode: 'i0', branchName: '第一支部' },
      { itemCode: 'i1', branchName: '第二支部' },
    ]);
  });

  it('counts with the count stage', async () => {
    const { data } = await bed.db
      .collection('point_records')
      .aggregate()
      .match({ points: bed.db.command.gte(3) })
      .count('n')
      .limit(1)
      .end();
    expect(data).toEqual([{ n: 24 }]);
  });

  it('returns at most 20 documents without a limit stage, like CloudBase', async () => {
    expect((await bed.db.collection('point_records').aggregate().match({}).end()).data).toHaveLength(20);
    expect((await bed.db.collection('point_records').aggregate().match({}).limit(50).end()).data).toHaveLength(50);
  });

  it('does not let a pipeline change stored documents', async () => {
    await bed.db.collection('point_records').aggregate().match({ itemCode: 'i0' }).addFields({ points: 999 }).limit(1).end();
    const { data } = await bed.db.collection('point_records').where({ itemCode: 'i0' }).get();
    expect(data[0].points).toBe(0);
  });

  // Expression operators where mingo 7.2.7 differs from MongoDB (emulator/database/mongodb-operators.ts);
  // expected values are the examples and definitions of MongoDB's reference pages.
  const evaluate = async (document: Record<string, unknown>, expressions: Record<string, unknown>): Promise<Record<string, unknown>> => {
    await bed.db
      .collection('counters')
      .where({ _id: bed.db.command.exists(true) })
      .remove();
    await bed.db.collection('counters').add({ _id: 'expr', ...document });
    const { data } = await bed.db
      .collection('counters')
      .aggregate()
      .match({ _id: 'expr' })
      .project({ _id: 0, ...expressions })
      .limit(1)
      .end();
    return data[0];
  };

  it('$substr / $substrBytes: a negative length takes the rest of the string, a negative start gives ""', async () => {
    // MongoDB $substr: "If <length> is a negative number, $substr returns a substring that starts at the
    // specified index and includes the rest of the string" (example: { $substr: [ "$quarter", 2, -1 ] } → "Q1").
    const $ = bed.db.command.aggregate;
    expect(
      await evaluate(
        { quarter: '13Q1', word: 'cafétéria', none: null },
        {
          year: $.substr(['$quarter', 0, 2]),
          quarter: $.substr(['$quarter', 2, -1]),
          quarterBytes: $.substrBytes(['$quarter', 2, -1]),
          negativeStart: $.substr(['$quarter', -1, 2]),
          pastTheEnd: $.substrBytes(['$quarter', 2, 10]),
          utf8: $.substrBytes(['$word', 0, 5]),
          nullString: $.substr(['$none', 0, 2]),
        },
      ),
    ).toEqual({ year: '13', quarter: 'Q1', quarterBytes: 'Q1', negativeStart: '', pastTheEnd: 'Q1', utf8: 'café', nullString: '' });
  });

  it('$indexOfCP: code-point index of the first occurrence, -1 when absent, null for a null string', async () => {
    const $ = bed.db.command.aggregate;
    const found = await evaluate(
      { word: 'cafétéria', plain: 'cafeteria', dots: 'foo.bar.fi', flavour: 'vanilla', none: null },
      {
        plainE: $.indexOfCP(['$plain', 'e']),
        accented: $.indexOfCP(['$word', 'é']),
        absent: $.indexOfCP(['$word', 'e']),
        t: $.indexOfCP(['$word', 't']),
        fromStart: $.indexOfCP(['$dots', '.', 5]),
        beforeEnd: $.indexOfCP(['$flavour', 'll', 0, 2]),
        startPastLength: $.indexOfCP(['$flavour', 'll', 12]),
        startAfterEnd: $.indexOfCP(['$flavour', 'll', 5, 2]),
        notAfterStart: $.indexOfCP(['$flavour', 'nilla', 3]),
        nullString: $.indexOfCP(['$none', 'foo']),
      },
    );
    expect(found).toEqual({
      plainE: 3,
      accented: 3,
      absent: -1,
      t: 4,
      fromStart: 7,
      beforeEnd: -1,
      startPastLength: -1,
      startAfterEnd: -1,
      notAfterStart: -1,
      nullString: null,
    });
  });

  it('$week: weeks start on Sunday, days before the first Sunday of the year are week 0', async () => {
    // MongoDB $week: "Weeks begin on Sundays, and week 1 begins with the first Sunday of the year. Days
    // preceding the first Sunday of the year are in week 0" (strftime %U). 2019 starts on a Tuesday,
    // so its first Sunday is 6 January: 14 May is day 134, a Tuesday, in week 19 (Sunday 12 May starts
    // week 19 = 1 + (132 - 6) / 7). 1 January 2023 is a Sunday (week 1); 1 January 2014 a Wednesday (week 0).
    const $ = bed.db.command.aggregate;
    const weeks = await evaluate(
      {
        may: new Date('2019-05-14T10:00:00Z'),
        sunday: new Date('2019-05-12T10:00:00Z'),
        saturday: new Date('2019-05-11T10:00:00Z'),
        newYear2023: new Date('2023-01-01T00:00:00Z'),
        newYear2014: new Date('2014-01-01T08:15:39.736Z'),
        firstSunday: new Date('2019-01-06T00:00:00Z'),
      },
      {
        may: $.week('$may'),
        sunday: $.week('$sunday'),
        saturday: $.week('$saturday'),
        newYear2023: $.week('$newYear2023'),
        newYear2014: $.week('$newYear2014'),
        firstSunday: $.week('$firstSunday'),
      },
    );
    expect(weeks).toEqual({ may: 19, sunday: 19, saturday: 18, newYear2023: 1, newYear2014: 0, firstSunday: 1 });
  });

  it('refuses writing stages and unknown stages', async () => {
    const raw = bed.db.collection('point_records').options({ raw: true });
    expect((await rejection(raw.aggregate([{ $out: 'copy' }]).end())).code).toBe('DATABASE_INVALID_OPERRATOR');
    expect((await rejection(raw.aggregate([{ $teleport: {} }]).end())).code).toBe('DATABASE_INVALID_OPERRATOR');
  });
});
