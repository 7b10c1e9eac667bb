import path from 'node:path';
import { loadIndexCatalog, parseIndexCatalog } from '../../database/indexes-schema';
import { startEmulator } from '../../emulator';
import { Collection } from '../../emulator/database/collection';
import { FIXTURE_INDEXES, rejection, useTestBed } from './emulator-test-bed';

const bed = useTestBed(['members', 'point_records']);

describe('unique indexes from the indexes file', () => {
  it('refuses a second document with the same unique key, on add, update and set', async () => {
    const members = bed.db.collection('members');
    await members.add([
      { _id: 'a', openid: 'o-a' },
      { _id: 'b', openid: 'o-b' },
    ]);
    expect((await rejection(members.add({ openid: 'o-a' }))).code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await rejection(members.doc('b').update({ openid: 'o-a' }))).code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await rejection(members.doc('b').set({ openid: 'o-a' }))).code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await rejection(members.doc('new').set({ openid: 'o-a' }))).code).toBe('DATABASE_DUPLICATE_WRITE');
    const { data } = await members.orderBy('_id', 'asc').get();
    expect(data).toEqual([
      { _id: 'a', openid: 'o-a' },
      { _id: 'b', openid: 'o-b' },
    ]);
  });

  it('lets a document keep its own key, and swaps keys when the old owner goes', async () => {
    const members = bed.db.collection('members');
    await members.add({ _id: 'a', openid: 'o-a', points: 1 });
    await members.doc('a').update({ points: 2, openid: 'o-a' });
    await members.doc('a').remove();
    await members.add({ _id: 'b', openid: 'o-a' });
    expect((await members.where({ openid: 'o-a' }).get()).data.map((doc: { _id: string }) => doc._id)).toEqual(['b']);
  });

  it('refuses a multi-document update that would create duplicates, changing nothing', async () => {
    const members = bed.db.collection('members');
    await members.add([
      { _id: 'a', openid: 'o-a', branchId: 'b1' },
      { _id: 'b', openid: 'o-b', branchId: 'b1' },
    ]);
    expect((await rejection(members.where({ branchId: 'b1' }).update({ openid: 'same' }))).code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await members.where({ openid: 'same' }).count()).total).toBe(0);
  });

  it('indexes a missing field as null, so only one document may lack a unique field (MongoDB semantics)', async () => {
    const members = bed.db.collection('members');
    await members.add({ name: 'no openid' });
    expect((await rejection(members.add({ name: 'also none' }))).code).toBe('DATABASE_DUPLICATE_WRITE');
  });

  it('enforces compound unique indexes on the whole key', async () => {
    const records = bed.db.collection('point_records');
    await records.add({ memberId: 'm1', period: '2024-01', itemCode: 'study', points: 2 });
    await records.add({ memberId: 'm1', period: '2024-01', itemCode: 'duty', points: 3 });
    await records.add({ memberId: 'm1', period: '2024-02', itemCode: 'study', points: 1 });
    const error = await rejection(records.add({ memberId: 'm1', period: '2024-01', itemCode: 'study', points: 9 }));
    expect(error.code).toBe('DATABASE_DUPLICATE_WRITE');
    expect(error.message).toContain('member_period_item_unique');
    expect((await records.count()).total).toBe(3);
  });

  it('finds documents through indexed equality, $in and $and exactly as a scan would', async () => {
    const members = bed.db.collection('members');
    const docs = Array.from({ length: 300 }, (_, index) => ({
      _id: `m${index}`,
      openid: `o${index}`,
      branchId: `b${index % 7}`,
      status: index % 3 === 0 ? 'left' : 'active',
      tags: [`t${index % 4}`],
    }));
    await members.add(docs);
    const _ = bed.db.command;
    const ids = async (where: Record<string, unknown>) =>
      (await members.where(where).orderBy('_id', 'asc').limit(1000).get()).data.map((doc: { _id: string }) => doc._id).sort();
    const expected = (keep: (doc: (typeof docs)[number]) => boolean) =>
      docs
        .filter(keep)
        .map((doc) => doc._id)
        .sort();
    expect(await ids({ openid: 'o42' })).toEqual(['m42']);
    expect(await ids({ openid: _.in(['o1', 'o2', 'missing']) })).toEqual(['m1', 'm2']);
    expect(await ids({ branchId: 'b3', status: 'active' })).toEqual(expected((doc) => doc.branchId === 'b3' && doc.status === 'active'));
    expect(await ids({ branchId: 'b3', status: 'active', openid: _.neq('o3') })).toEqual(
      expected((doc) => doc.branchId === 'b3' && doc.status === 'active' && doc.openid !== 'o3'),
    );
    expect(await ids(_.and([{ branchId: 'b2' }, { status: _.in(['left']) }]) as unknown as Record<string, unknown>)).toEqual(
      expected((doc) => doc.branchId === 'b2' && doc.status === 'left'),
    );
  });
});

describe('the query planner', () => {
  const definitions = loadIndexCatalog(FIXTURE_INDEXES)['members'] ?? [];
  const collection = new Collection('members', definitions);
  for (let index = 0; index < 5000; index++) {
    const doc = {
      _id: `m${index}`,
      openid: `o${index}`,
      branchId: `b${index % 50}`,
      status: index % 2 === 0 ? 'active' : 'left',
      name: `n${index}`,
    };
    collection.put(`s${doc._id}`, doc);
  }

  it('looks up equality on an indexed field instead of scanning', () => {
    expect(collection.candidates({ openid: 'o4242' })?.map((doc) => doc['_id'])).toEqual(['m4242']);
    expect(collection.candidates({ openid: { $in: ['o1', 'o2'] }, name: 'n1' })?.length).toBe(2);
  });

  it('uses a compound index for equality on its leading fields', () => {
    expect(collection.candidates({ branchId: 'b7', status: 'left' })?.length).toBe(100);
    expect(collection.candidates({ branchId: 'b7', status: 'active' })).toEqual([]);
    expect(collection.candidates({ branchId: 'b8', points: { $gt: 1 } })?.length).toBe(100);
    expect(collection.candidates({ status: 'left' })).toBeUndefined();
    expect(collection.candidates({ name: 'n1' })).toBeUndefined();
  });

  it('keeps prefix entries in step with updates and removals', () => {
    const small = new Collection('members', definitions);
    small.put('sa', { _id: 'a', openid: 'oa', branchId: 'b1', status: 'active' });
    small.put('sb', { _id: 'b', openid: 'ob', branchId: 'b1', status: 'left' });
    small.put('sa', { _id: 'a', openid: 'oa', branchId: 'b2', status: 'active' });
    expect(small.candidates({ branchId: 'b1' })?.map((doc) => doc['_id'])).toEqual(['b']);
    small.delete('sb');
    expect(small.candidates({ branchId: 'b1' })).toEqual([]);
    expect(small.candidates({ branchId: 'b2', status: 'active' })?.map((doc) => doc['_id'])).toEqual(['a']);
  });

  it('uses the primary key for _id', () => {
    expect(collection.candidates({ _id: 'm17' })?.map((doc) => doc['openid'])).toEqual(['o17']);
  });
});

describe('the indexes file', () => {
  it('the product file database/indexes.json is valid', () => {
    expect(() => loadIndexCatalog(path.join(__dirname, '..', '..', 'database', 'indexes.json'))).not.toThrow();
  });

  it.each([
    [{ members: [{ name: 'x', keys: {} }] }, 'at least one key'],
    [{ members: [{ name: 'x', keys: { a: 2 } }] }, 'members'],
    [
      {
        members: [
          { name: 'x', keys: { a: 1 } },
          { name: 'x', keys: { b: 1 } },
        ],
      },
      'unique within a collection',
    ],
    [{ 'bad name': [] }, 'collection names'],
  ])('rejects %j', (catalog, message) => {
    expect(() => parseIndexCatalog(catalog)).toThrow(message);
  });

  it('refuses to start on an invalid indexes file', async () => {
    await expect(startEmulator({ port: 0, indexes: { members: [{ name: 'bad', keys: {} }] } as never })).rejects.toThrow(
      'at least one key',
    );
  });
});
