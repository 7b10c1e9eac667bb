import { EJSON, ObjectId } from 'bson';
import { idOf, rejection, sendAction, useTestBed } from './emulator-test-bed';

const bed = useTestBed(['members', 'branches']);

const aMember = (overrides: Record<string, unknown> = {}) => ({
  openid: `o-${Math.random().toString(36).slice(2)}`,
  name: '张三',
  branchId: 'b1',
  status: 'active',
  points: 10,
  joinedAt: new Date('2024-03-01T08:00:00.000Z'),
  ...overrides,
});

describe('documents through @cloudbase/node-sdk', () => {
  it('adds a document with a generated id and reads it back with Extended JSON types intact', async () => {
    const members = bed.db.collection('members');
    const id = idOf(await members.add(aMember({ ratio: 0.25, big: 2 ** 40, nested: { list: [1, 'two', { three: 3 }] }, none: null })));
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const { data } = await members.doc(id).get();
    expect(data).toHaveLength(1);
    const [doc] = data;
    expect(doc._id).toBe(id);
    expect(doc.joinedAt).toBeInstanceOf(Date);
    expect(doc.joinedAt.toISOString()).toBe('2024-03-01T08:00:00.000Z');
    expect(doc.ratio).toBe(0.25);
    expect(doc.big).toBe(2 ** 40);
    expect(doc.nested).toEqual({ list: [1, 'two', { three: 3 }] });
    expect(doc.none).toBeNull();
  });

  it('keeps custom ids: strings, numbers and ObjectIds', async () => {
    const branches = bed.db.collection('branches');
    await branches.add({ _id: 'branch-1', name: '一支部' });
    await branches.add({ _id: 42, name: 'numbered' });
    const objectId = '65f0c0ffee0000000000abcd';
    await branches.add({ _id: new bed.db.ObjectId({ id: objectId }), name: 'object id' });
    expect((await branches.doc('branch-1').get()).data[0].name).toBe('一支部');
    expect((await branches.doc(42).get()).data[0].name).toBe('numbered');
    const byId = await branches.where({ _id: new bed.db.ObjectId({ id: objectId }) }).get();
    expect(byId.data).toEqual([{ _id: objectId, name: 'object id' }]);
    // CloudBase sends ObjectId values as their hex string (node-sdk's formatField would turn an
    // Extended JSON $oid into {}: see "ObjectId values" in emulator/README.md).
    const raw = await sendAction(bed.emulator, {
      action: 'database.getDocument',
      collectionName: 'branches',
      queryType: 'WHERE',
      query: JSON.stringify({ name: 'object id' }),
      limit: 1,
    });
    const list = (raw.json['data'] as { list: string[] }).list;
    expect(EJSON.parse(list[0] as string)).toEqual({ _id: objectId, name: 'object id' });
  });

  it('reads ObjectId values back as their hex string, everywhere a document is answered', async () => {
    // node-sdk's own oid test: add({ a: db.ObjectId({ id }) }), where({ a: db.ObjectId({ id }) }).get()
    // and then data[0].a === id.
    const branches = bed.db.collection('branches');
    const hex = new ObjectId().toHexString();
    const other = new ObjectId().toHexString();
    const ref = (id: string) => new bed.db.ObjectId({ id });
    const id = idOf(await branches.add({ a: ref(hex), list: [ref(other), { deep: ref(hex) }] }));
    const expected = { _id: id, a: hex, list: [other, { deep: hex }] };
    expect((await branches.where({ a: ref(hex) }).get()).data).toEqual([expected]);
    expect((await branches.doc(id).get()).data).toEqual([expected]);
    expect(
      (
        await branches
          .aggregate()
          .match({ a: ref(hex) })
          .limit(1)
          .end()
      ).data,
    ).toEqual([expected]);
    const returned = await branches.where({ _id: id }).updateAndReturn({ touched: true });
    expect(returned.doc).toEqual({ ...expected, touched: true });
    const transaction = await bed.db.startTransaction();
    expect((await transaction.collection('branches').doc(id).get()).data).toEqual({ ...expected, touched: true });
    await transaction.rollback();
    // Stored as an ObjectId still: a string does not match it.
    expect((await branches.where({ a: hex }).count()).total).toBe(0);
  });

  it('refuses a duplicate _id with DATABASE_DUPLICATE_WRITE and changes nothing', async () => {
    const branches = bed.db.collection('branches');
    await branches.add({ _id: 'dup', name: 'first' });
    const error = await rejection(branches.add({ _id: 'dup', name: 'second' }));
    expect(error.code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await branches.doc('dup').get()).data[0].name).toBe('first');
  });

  it("stores field names containing '.', and refuses '$'-prefixed ones with DATABASE_REQUEST_FAILED, like CloudBase", async () => {
    // node-sdk's own CRUD test adds { 'key.': '1' } and expects an id; MongoDB stores such names (it
    // only treats dots as paths in queries and updates). A '$'-prefixed name is refused by the server
    // as a failed database request, not as a bad parameter.
    const branches = bed.db.collection('branches');
    const id = idOf(await branches.add({ 'key.': '1', nested: { 'a.b': 2 } }));
    expect((await branches.doc(id).get()).data[0]).toEqual({ _id: id, 'key.': '1', nested: { 'a.b': 2 } });
    const error = await rejection(branches.add({ $_key: 1 }));
    expect(error.code).toBe('DATABASE_REQUEST_FAILED');
    expect((await rejection(branches.add({ nested: { $x: 1 } }))).code).toBe('DATABASE_REQUEST_FAILED');
    expect((await branches.count()).total).toBe(1);
  });

  it('adds several documents at once, all or nothing', async () => {
    const branches = bed.db.collection('branches');
    const result = await branches.add([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
    expect(result.ids).toHaveLength(3);
    expect((await branches.count()).total).toBe(3);
    const error = await rejection(
      branches.add([
        { _id: 'x', name: 'x' },
        { _id: 'x', name: 'y' },
      ]),
    );
    expect(error.code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await branches.count()).total).toBe(3);
  });

  it('set() replaces a document and upserts a missing one', async () => {
    const branches = bed.db.collection('branches');
    await branches.add({ _id: 'b-set', name: 'old', secretary: 'x' });
    const replaced = await branches.doc('b-set').set({ name: 'new' });
    expect(replaced.updated).toBe(1);
    expect((await branches.doc('b-set').get()).data[0]).toEqual({ _id: 'b-set', name: 'new' });
    const upserted = await branches.doc('b-new').set({ name: 'created' });
    expect(upserted.updated).toBe(0);
    expect(upserted.upsertedId).toBe('b-new');
    expect((await branches.doc('b-new').get()).data[0]).toEqual({ _id: 'b-new', name: 'created' });
  });

  it('set() reports updated: 1 for a matched document even when the data is unchanged, like CloudBase', async () => {
    // CloudBase counts the matched document for a replacement (node-sdk's own tests expect 1 here),
    // as the emulator already did for set() inside a transaction.
    const branches = bed.db.collection('branches');
    await branches.add({ _id: 'b-same', name: 'same', secretary: 'x' });
    expect((await branches.doc('b-same').set({ name: 'same', secretary: 'x' })).updated).toBe(1);
    const transaction = await bed.db.startTransaction();
    expect((await transaction.collection('branches').doc('b-same').set({ name: 'same', secretary: 'x' })).updated).toBe(1);
    await transaction.commit();
    expect((await branches.doc('b-same').get()).data[0]).toEqual({ _id: 'b-same', name: 'same', secretary: 'x' });
  });

  it('update() merges fields, by id and by condition (multi by default)', async () => {
    const members = bed.db.collection('members');
    const id = idOf(await members.add(aMember({ branchId: 'b9', profile: { phone: '1', title: 'x' } })));
    await members.add(aMember({ branchId: 'b9' }));
    await members.add(aMember({ branchId: 'b8' }));
    const one = await members.doc(id).update({ profile: { phone: '2' }, status: 'left' });
    expect(one.updated).toBe(1);
    const [doc] = (await members.doc(id).get()).data;
    expect(doc.profile).toEqual({ phone: '2', title: 'x' });
    expect(doc.status).toBe('left');
    const many = await members.where({ branchId: 'b9' }).update({ audited: true });
    expect(many.updated).toBe(2);
    expect((await members.where({ audited: true }).count()).total).toBe(2);
    const none = await members.doc('missing').update({ audited: false });
    expect(none.updated).toBe(0);
  });

  it('remove() deletes by id and by condition', async () => {
    const members = bed.db.collection('members');
    const id = idOf(await members.add(aMember()));
    await members.add(aMember({ status: 'left' }));
    await members.add(aMember({ status: 'left' }));
    expect((await members.doc(id).remove()).deleted).toBe(1);
    expect((await members.doc(id).remove()).deleted).toBe(0);
    expect((await members.where({ status: 'left' }).remove()).deleted).toBe(2);
    expect((await members.count()).total).toBe(0);
  });

  it('replaces db.serverDate() by the server clock, with its offset', async () => {
    const branches = bed.db.collection('branches');
    const before = Date.now();
    await branches.add({ _id: 'dated', createdAt: bed.db.serverDate(), dueAt: bed.db.serverDate({ offset: 60_000 }) });
    const [doc] = (await branches.doc('dated').get()).data;
    expect(doc.createdAt).toBeInstanceOf(Date);
    expect(doc.createdAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(doc.dueAt.getTime() - doc.createdAt.getTime()).toBe(60_000);
    await branches.doc('dated').update({ touchedAt: bed.db.serverDate() });
    const [touched] = (await branches.doc('dated').get()).data;
    expect(touched.touchedAt.getTime()).toBeGreaterThanOrEqual(doc.createdAt.getTime());
  });

  it('projects fields with field()', async () => {
    const members = bed.db.collection('members');
    const id = idOf(await members.add(aMember({ name: '李四', points: 7 })));
    const [included] = (await members.doc(id).field({ name: true }).get()).data;
    expect(included).toEqual({ _id: id, name: '李四' });
    const [excluded] = (await members.where({ _id: id }).field({ points: false, joinedAt: false }).get()).data;
    expect(excluded.points).toBeUndefined();
    expect(excluded.name).toBe('李四');
  });

  it('updateAndReturn() updates the first match and returns it updated', async () => {
    const members = bed.db.collection('members');
    await members.add(aMember({ openid: 'o-ret', points: 1 }));
    const result = await members.where({ openid: 'o-ret' }).updateAndReturn({ points: bed.db.command.inc(4) });
    expect(result.updated).toBe(1);
    expect(result.doc.points).toBe(5);
    const unchanged = await members.where({ openid: 'o-ret' }).updateAndReturn({ points: 5 });
    expect(unchanged.updated).toBe(1);
    expect(unchanged.doc.points).toBe(5);
    const nothing = await members.where({ openid: 'nobody' }).updateAndReturn({ points: 1 });
    expect(nothing.updated).toBe(0);
    expect(nothing.doc).toBeNull();
  });
});

describe('collections', () => {
  it('answers DATABASE_COLLECTION_NOT_EXIST for every operation on a missing collection', async () => {
    const missing = bed.db.collection('no_such_collection');
    for (const call of [
      () => missing.get(),
      () => missing.add({ a: 1 }),
      () => missing.doc('x').update({ a: 1 }),
      () => missing.doc('x').set({ a: 1 }),
      () => missing.where({ a: 1 }).remove(),
      () => missing.count(),
      () => missing.aggregate().limit(1).end(),
    ]) {
      const error = await rejection(call());
      expect(error.code).toBe('DATABASE_COLLECTION_NOT_EXIST');
    }
  });

  it('creates a collection once; a second createCollection is DATABASE_COLLECTION_ALREADY_EXIST', async () => {
    await bed.db.createCollection('created_at_runtime');
    await bed.db.collection('created_at_runtime').add({ a: 1 });
    expect((await bed.db.collection('created_at_runtime').count()).total).toBe(1);
    const error = await rejection(bed.db.createCollection('created_at_runtime'));
    expect(error.code).toBe('DATABASE_COLLECTION_ALREADY_EXIST');
    expect((await rejection(bed.db.createCollection('bad name!'))).code).toBe('INVALID_PARAM');
  });
});

describe('limits and paging', () => {
  const total = 2345;

  beforeAll(async () => {
    const docs = Array.from({ length: total }, (_, index) => ({ _id: `p${String(index).padStart(5, '0')}`, seq: index, group: index % 3 }));
    for (let start = 0; start < total; start += 500) await bed.db.collection('counters').add(docs.slice(start, start + 500));
  });

  it('returns 100 documents when no limit is given, and at most 1000 whatever the limit', async () => {
    const counters = bed.db.collection('counters');
    expect((await counters.where({ seq: bed.db.command.gte(0) }).get()).data).toHaveLength(100);
    expect((await counters.limit(5000).get()).data).toHaveLength(1000);
    expect((await counters.limit(7).get()).data).toHaveLength(7);
  });

  it('pages past 1000 with orderBy + skip + limit, every document exactly once, in order', async () => {
    const counters = bed.db.collection('counters');
    const seen: number[] = [];
    for (let skip = 0; ; skip += 1000) {
      const { data } = await counters.orderBy('seq', 'desc').skip(skip).limit(1000).get();
      seen.push(...data.map((doc: { seq: number }) => doc.seq));
      if (data.length < 1000) break;
    }
    expect(seen).toHaveLength(total);
    expect(seen).toEqual(Array.from({ length: total }, (_, index) => total - 1 - index));
  });

  it('sorts on several fields and counts with a condition', async () => {
    const counters = bed.db.collection('counters');
    const { data } = await counters.orderBy('group', 'asc').orderBy('seq', 'desc').limit(3).get();
    expect(data.map((doc: { seq: number }) => doc.seq)).toEqual([2343, 2340, 2337]);
    expect((await counters.where({ group: 1 }).count()).total).toBe(782);
  });
});
