import { clear, rejection, startTestBed, TestBed } from './emulator-test-bed';

let bed: TestBed;

const members = [
  {
    _id: 'm1',
    name: 'Alice',
    branchId: 'b1',
    points: 10,
    tags: ['lead', 'youth'],
    scores: [
      { item: 'study', value: 3 },
      { item: 'duty', value: 5 },
    ],
    profile: { city: 'Beijing' },
    joinedAt: new Date('2020-01-01T00:00:00Z'),
  },
  {
    _id: 'm2',
    name: 'Bob',
    branchId: 'b1',
    points: 25,
    tags: ['youth'],
    scores: [{ item: 'study', value: 8 }],
    profile: { city: 'Shanghai' },
    joinedAt: new Date('2021-06-01T00:00:00Z'),
  },
  {
    _id: 'm3',
    name: 'carol',
    branchId: 'b2',
    points: 40,
    tags: [],
    scores: [],
    profile: { city: 'Beijing' },
    joinedAt: new Date('2023-09-01T00:00:00Z'),
    retired: true,
  },
  {
    _id: 'm4',
    name: 'Dave',
    branchId: 'b2',
    points: 0,
    tags: ['lead'],
    scores: [{ item: 'duty', value: 1 }],
    joinedAt: new Date('2024-02-01T00:00:00Z'),
  },
];

beforeAll(async () => {
  bed = await startTestBed();
  await bed.db.collection('branches').add(members);
});

afterAll(async () => {
  await bed.emulator.stop();
});

const ids = async (where: Record<string, unknown>): Promise<string[]> => {
  const { data } = await bed.db.collection('branches').where(where).orderBy('_id', 'asc').get();
  return data.map((doc: { _id: string }) => doc._id);
};

describe('query operators (db.command), MongoDB semantics from mingo', () => {
  const _ = () => bed.db.command;
  it.each([
    ['eq', () => ({ points: _().eq(25) }), ['m2']],
    ['neq', () => ({ branchId: _().neq('b1') }), ['m3', 'm4']],
    ['lt', () => ({ points: _().lt(10) }), ['m4']],
    ['lte', () => ({ points: _().lte(10) }), ['m1', 'm4']],
    ['gt', () => ({ points: _().gt(25) }), ['m3']],
    ['gte', () => ({ points: _().gte(25) }), ['m2', 'm3']],
    ['in', () => ({ name: _().in(['Bob', 'Dave']) }), ['m2', 'm4']],
    ['nin', () => ({ branchId: _().nin(['b1']) }), ['m3', 'm4']],
    ['all', () => ({ tags: _().all(['lead', 'youth']) }), ['m1']],
    ['elemMatch', () => ({ scores: _().elemMatch({ item: 'study', value: _().gt(5) }) }), ['m2']],
    ['exists', () => ({ retired: _().exists(true) }), ['m3']],
    ['size', () => ({ tags: _().size(0) }), ['m3']],
    ['mod', () => ({ points: (_() as unknown as { mod(divisor: number, remainder: number): unknown }).mod(20, 0) }), ['m3', 'm4']],
    ['and', () => ({ points: _().gt(5).and(_().lt(30)) }), ['m1', 'm2']],
    ['or (field)', () => ({ points: _().lt(5).or(_().gt(30)) }), ['m3', 'm4']],
    ['or (top level)', () => _().or([{ branchId: 'b2', points: 0 }, { name: 'Alice' }]), ['m1', 'm4']],
    ['nor', () => _().nor([{ branchId: 'b1' }, { points: 0 }]), ['m3']],
    ['not', () => ({ points: _().not(_().gt(10)) }), ['m1', 'm4']],
    ['array contains', () => ({ tags: 'lead' }), ['m1', 'm4']],
    ['nested field', () => ({ profile: { city: 'Beijing' } }), ['m1', 'm3']],
    ['dot path', () => ({ 'profile.city': 'Shanghai' }), ['m2']],
    ['array of documents path', () => ({ 'scores.item': 'duty' }), ['m1', 'm4']],
    [
      'date range',
      () => ({
        joinedAt: _()
          .gte(new Date('2021-01-01T00:00:00Z'))
          .and(_().lt(new Date('2024-01-01T00:00:00Z'))),
      }),
      ['m2', 'm3'],
    ],
    ['db.RegExp', () => ({ name: bed.db.RegExp({ regexp: '^c', options: 'i' }) }), ['m3']],
    ['JavaScript RegExp', () => ({ name: /^[A-B]/ }), ['m1', 'm2']],
  ])('%s', async (_name, where, expected) => {
    expect(await ids(where() as Record<string, unknown>)).toEqual(expected);
  });

  it.each([
    ['required', { required: ['name'] }, ['m1', 'm2', 'm3', 'm4']],
    ['required, missing', { required: ['retired'] }, ['m3']],
    ['bsonType and minimum', { properties: { points: { bsonType: 'int', minimum: 20 } } }, ['m2', 'm3']],
    ['type and maxItems', { properties: { tags: { type: 'array', maxItems: 1 } } }, ['m2', 'm3', 'm4']],
    ['pattern with required', { required: ['profile'], properties: { name: { type: 'string', pattern: '^[A-Z]' } } }, ['m1', 'm2']],
    [
      'nested documents',
      { properties: { scores: { items: { bsonType: 'object', required: ['item', 'value'], properties: { value: { minimum: 2 } } } } } },
      ['m1', 'm2', 'm3'],
    ],
    ['enum and not', { properties: { branchId: { enum: ['b2'] } }, not: { required: ['retired'] } }, ['m4']],
  ])('jsonSchema: %s (MongoDB $jsonSchema)', async (_name, schema, expected) => {
    const _ = bed.db.command as unknown as { jsonSchema(schema: unknown): Record<string, unknown> };
    expect(await ids(_.jsonSchema(schema))).toEqual(expected);
  });

  it('jsonSchema inside nor, and a schema MongoDB refuses', async () => {
    // node-sdk's own advanced-operator tests: nor([jsonSchema({ required: ['category'] })]) matches nothing.
    const _ = bed.db.command as unknown as {
      jsonSchema(schema: unknown): Record<string, unknown>;
      nor(list: unknown[]): Record<string, unknown>;
    };
    expect(await ids(_.nor([_.jsonSchema({ required: ['name'] })]))).toEqual([]);
    // MongoDB's $jsonSchema has no 'integer' type and no $ref.
    expect(
      (
        await rejection(
          bed.db
            .collection('branches')
            .where(_.jsonSchema({ properties: { points: { type: 'integer' } } }))
            .get(),
        )
      ).code,
    ).toBe('DATABASE_REQUEST_FAILED');
    expect(
      (
        await rejection(
          bed.db
            .collection('branches')
            .where(_.jsonSchema({ $ref: '#/definitions/x' }))
            .get(),
        )
      ).code,
    ).toBe('DATABASE_REQUEST_FAILED');
  });

  it('answers an unknown operator with DATABASE_INVALID_OPERRATOR', async () => {
    const error = await rejection(
      bed.db
        .collection('branches')
        .options({ raw: true })
        .where({ points: { $near2: 1 } })
        .get(),
    );
    expect(error.code).toBe('DATABASE_INVALID_OPERRATOR');
  });

  it('refuses $where scripts like CloudBase', async () => {
    const error = await rejection(bed.db.collection('branches').options({ raw: true }).where({ $where: 'this.points > 1' }).get());
    expect(error.code).toBe('DATABASE_INVALID_OPERRATOR');
  });
});

describe('elemMatch with field conditions (MongoDB: only embedded documents can match)', () => {
  // MongoDB applies { field: condition } inside $elemMatch to the array's embedded documents only
  // (https://www.mongodb.com/docs/manual/reference/operator/query/elemMatch/, "Array of Embedded
  // Documents"); node-sdk's own advanced-operator tests expect exactly one match here. mingo 7.2.7
  // resolves a path on a plain value to the value itself, so [1, 2, ...] matched too.
  const _ = () => bed.db.command;
  beforeAll(async () => {
    await bed.db.collection('counters').add([
      { _id: 'strings', tags: ['Go', 'C#'] },
      { _id: 'numbers', tags: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
      { _id: 'embedded', tags: [{ value: 1 }, { value: 7 }] },
      { _id: 'nested', tags: [[{ value: 7 }]] },
    ]);
  });
  const matching = async (where: Record<string, unknown>): Promise<string[]> => {
    const { data } = await bed.db.collection('counters').where(where).orderBy('_id', 'asc').get();
    return data.map((doc: { _id: string }) => doc._id);
  };
  const mod = (divisor: number, remainder: number): unknown =>
    (_() as unknown as { mod(divisor: number, remainder: number): unknown }).mod(divisor, remainder);

  it.each([
    ['exists', () => ({ tags: _().elemMatch({ value: _().exists(true) }) }), ['embedded']],
    ['gt', () => ({ tags: _().elemMatch({ value: _().gt(0) }) }), ['embedded']],
    ['mod', () => ({ tags: _().elemMatch({ value: mod(4, 3) }) }), ['embedded']],
    ['equality', () => ({ tags: _().elemMatch({ value: 7 }) }), ['embedded']],
    ['operators only, on the elements themselves', () => ({ tags: _().elemMatch(_().gt(8)) }), ['numbers']],
  ])('%s', async (_name, where, expected) => {
    expect(await matching(where() as Record<string, unknown>)).toEqual(expected);
  });
});

describe('update operators (db.command)', () => {
  beforeEach(async () => {
    await clear(bed.db, 'members');
    await bed.db.collection('members').add({
      _id: 'u1',
      openid: 'o-u1',
      points: 10,
      ratio: 2,
      list: [1, 2, 3, 2],
      tags: ['a'],
      profile: { phone: '1', city: 'x' },
      old: 'rename me',
      low: 5,
      high: 5,
    });
  });

  const updated = async (data: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const result = await bed.db.collection('members').doc('u1').update(data);
    expect(result.updated).toBe(1);
    return (await bed.db.collection('members').doc('u1').get()).data[0];
  };

  const _ = () => bed.db.command;
  it.each([
    ['set', () => ({ profile: _().set({ phone: '2' }) }), (doc: Record<string, unknown>) => expect(doc['profile']).toEqual({ phone: '2' })],
    ['remove', () => ({ old: _().remove() }), (doc: Record<string, unknown>) => expect('old' in doc).toBe(false)],
    ['inc', () => ({ points: _().inc(-3) }), (doc: Record<string, unknown>) => expect(doc['points']).toBe(7)],
    ['mul', () => ({ ratio: _().mul(1.5) }), (doc: Record<string, unknown>) => expect(doc['ratio']).toBe(3)],
    ['push', () => ({ tags: _().push(['b', 'c']) }), (doc: Record<string, unknown>) => expect(doc['tags']).toEqual(['a', 'b', 'c'])],
    [
      'push with position',
      () => ({ list: _().push({ each: [0], position: 0 }) }),
      (doc: Record<string, unknown>) => expect(doc['list']).toEqual([0, 1, 2, 3, 2]),
    ],
    ['pull', () => ({ list: _().pull(2) }), (doc: Record<string, unknown>) => expect(doc['list']).toEqual([1, 3])],
    ['pull with condition', () => ({ list: _().pull(_().gte(2)) }), (doc: Record<string, unknown>) => expect(doc['list']).toEqual([1])],
    ['pullAll', () => ({ list: _().pullAll([1, 3]) }), (doc: Record<string, unknown>) => expect(doc['list']).toEqual([2, 2])],
    ['addToSet', () => ({ tags: _().addToSet('b') }), (doc: Record<string, unknown>) => expect(doc['tags']).toEqual(['a', 'b'])],
    [
      'addToSet $each',
      () => ({ tags: _().addToSet({ $each: ['a', 'z'] }) }),
      (doc: Record<string, unknown>) => expect(doc['tags']).toEqual(['a', 'z']),
    ],
    ['pop', () => ({ list: _().pop() }), (doc: Record<string, unknown>) => expect(doc['list']).toEqual([1, 2, 3])],
    ['shift', () => ({ list: _().shift() }), (doc: Record<string, unknown>) => expect(doc['list']).toEqual([2, 3, 2])],
    ['unshift', () => ({ list: _().unshift([9, 8]) }), (doc: Record<string, unknown>) => expect(doc['list']).toEqual([9, 8, 1, 2, 3, 2])],
    ['max', () => ({ high: _().max(9) }), (doc: Record<string, unknown>) => expect(doc['high']).toBe(9)],
    ['min', () => ({ low: _().min(1) }), (doc: Record<string, unknown>) => expect(doc['low']).toBe(1)],
    [
      'rename',
      () => ({ old: _().rename('renamed') }),
      (doc: Record<string, unknown>) => expect([doc['old'], doc['renamed']]).toEqual([undefined, 'rename me']),
    ],
    [
      'nested merge',
      () => ({ profile: { city: 'y' } }),
      (doc: Record<string, unknown>) => expect(doc['profile']).toEqual({ phone: '1', city: 'y' }),
    ],
    ['server date', () => ({ at: bed.db.serverDate() }), (doc: Record<string, unknown>) => expect(doc['at']).toBeInstanceOf(Date)],
  ])('%s', async (_name, data, check) => {
    check(await updated(data() as Record<string, unknown>));
  });

  it('reports updated: 0 when nothing changes (MongoDB nModified)', async () => {
    const result = await bed.db
      .collection('members')
      .doc('u1')
      .update({ tags: bed.db.command.addToSet('a') });
    expect(result.updated).toBe(0);
  });

  it('refuses $inc on a non-number, and a failing multi-update changes no document', async () => {
    const collection = bed.db.collection('members');
    await collection.add([
      { _id: 'u2', openid: 'o-u2', points: 1, group: 'g' },
      { _id: 'u3', openid: 'o-u3', points: 'many', group: 'g' },
      { _id: 'u4', openid: 'o-u4', points: 2, group: 'g' },
    ]);
    const error = await rejection(collection.where({ group: 'g' }).update({ points: bed.db.command.inc(1) }));
    expect(error.code).toBe('DATABASE_REQUEST_FAILED');
    const { data } = await collection.where({ group: 'g' }).orderBy('_id', 'asc').get();
    expect(data.map((doc: { points: unknown }) => doc.points)).toEqual([1, 'many', 2]);
  });

  it('refuses an unknown update operator', async () => {
    const error = await rejection(
      bed.db
        .collection('members')
        .options({ raw: true })
        .where({ _id: 'u1' })
        .update({ $explode: { points: 1 } }),
    );
    expect(error.code).toBe('DATABASE_INVALID_OPERRATOR');
  });

  it('refuses changing _id', async () => {
    const error = await rejection(
      bed.db
        .collection('members')
        .options({ raw: true })
        .where({ openid: 'o-u1' })
        .update({ $set: { _id: 'other' } }),
    );
    expect(error.code).toBe('DATABASE_REQUEST_FAILED');
    expect((await bed.db.collection('members').doc('u1').get()).data).toHaveLength(1);
  });
});
