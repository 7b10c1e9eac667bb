import { rejection, sendAction, useTestBed } from './emulator-test-bed';

const bed = useTestBed(['counters', 'members']);

beforeEach(async () => {
  await bed.db.collection('counters').add([
    { _id: 'c1', value: 0, label: 'one' },
    { _id: 'c2', value: 100, label: 'two' },
  ]);
});

// The transaction object of @cloudbase/database is untyped in node-sdk's typings.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped in node-sdk's typings (see above)
type Transaction = any;

const valueOf = async (id: string): Promise<number> => (await bed.db.collection('counters').doc(id).get()).data[0].value;

function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let release: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (release = resolve));
  return async () => {
    arrived++;
    if (arrived === parties) release();
    await opened;
  };
}

describe('transactions', () => {
  it('runTransaction applies reads and writes atomically and returns the callback result', async () => {
    const result = await bed.db.runTransaction(async (transaction: Transaction) => {
      const from = (await transaction.collection('counters').doc('c2').get()).data;
      const to = (await transaction.collection('counters').doc('c1').get()).data;
      await transaction
        .collection('counters')
        .doc('c2')
        .update({ value: from.value - 30 });
      await transaction
        .collection('counters')
        .doc('c1')
        .update({ value: to.value + 30 });
      await transaction.collection('counters').add({ _id: 'log1', value: 30, label: 'transfer' });
      return 'moved';
    });
    expect(result).toBe('moved');
    expect([await valueOf('c1'), await valueOf('c2'), await valueOf('log1')]).toEqual([30, 70, 30]);
  });

  it('of two conflicting transactions one fails, and runTransaction retries it', async () => {
    let attempts = 0;
    const bothRead = barrier(2);
    // Each first attempt reads, then waits for the other to have read too: both then write the same
    // document from the same snapshot, so exactly one of them conflicts and is retried.
    const increment = () => {
      let attempt = 0;
      return async (transaction: Transaction) => {
        attempts++;
        attempt++;
        const { data } = await transaction.collection('counters').doc('c1').get();
        if (attempt === 1) await bothRead();
        await transaction
          .collection('counters')
          .doc('c1')
          .update({ value: data.value + 1 });
      };
    };
    await Promise.all([bed.db.runTransaction(increment()), bed.db.runTransaction(increment())]);
    expect(await valueOf('c1')).toBe(2);
    expect(attempts).toBeGreaterThanOrEqual(3);
  });

  it('a write to a document another open transaction wrote fails with DATABASE_TRANSACTION_CONFLICT', async () => {
    const first = await bed.db.startTransaction();
    const second = await bed.db.startTransaction();
    const seen = (await first.collection('counters').doc('c1').get()).data;
    await second.collection('counters').doc('c1').update({ label: 'second' });
    const error = await rejection(
      first
        .collection('counters')
        .doc('c1')
        .update({ label: `${seen.label}-first` }),
    );
    expect(error.code).toBe('DATABASE_TRANSACTION_CONFLICT');
    await second.commit();
    expect((await bed.db.collection('counters').doc('c1').get()).data[0].label).toBe('second');
    // The conflicting transaction was aborted by the server.
    expect((await rejection(first.commit())).code).toBe('DATABASE_TRANSACTION_FAIL');
  });

  it('reads a snapshot; writing a document changed since is a conflict', async () => {
    const transaction = await bed.db.startTransaction();
    expect((await transaction.collection('counters').doc('c1').get()).data.value).toBe(0);
    await bed.db.collection('counters').doc('c1').update({ value: 5 });
    await bed.db.collection('counters').doc('c2').update({ value: 500 });
    expect((await transaction.collection('counters').doc('c1').get()).data.value).toBe(0);
    expect((await transaction.collection('counters').doc('c2').get()).data.value).toBe(100);
    const error = await rejection(transaction.collection('counters').doc('c1').update({ value: 1 }));
    expect(error.code).toBe('DATABASE_TRANSACTION_CONFLICT');
    expect(await valueOf('c1')).toBe(5);
  });

  it('sees its own writes; others see them only after commit', async () => {
    const transaction = await bed.db.startTransaction();
    await transaction.collection('counters').doc('c1').update({ value: 7 });
    await transaction.collection('counters').doc('c3').set({ value: 3, label: 'three' });
    await transaction.collection('counters').doc('c2').remove();
    expect((await transaction.collection('counters').doc('c1').get()).data.value).toBe(7);
    expect((await transaction.collection('counters').doc('c2').get()).data).toBeNull();
    expect(await valueOf('c1')).toBe(0);
    expect((await bed.db.collection('counters').doc('c3').get()).data).toEqual([]);
    await transaction.commit();
    expect(await valueOf('c1')).toBe(7);
    expect(await valueOf('c3')).toBe(3);
    expect((await bed.db.collection('counters').doc('c2').get()).data).toEqual([]);
  });

  it('rollback() discards every write; a finished transaction no longer exists', async () => {
    const transaction = await bed.db.startTransaction();
    await transaction.collection('counters').doc('c1').update({ value: 99 });
    await transaction.collection('counters').add({ _id: 'ghost', value: 1 });
    await transaction.rollback();
    expect(await valueOf('c1')).toBe(0);
    expect((await bed.db.collection('counters').doc('ghost').get()).data).toEqual([]);
    expect((await rejection(transaction.collection('counters').doc('c1').update({ value: 1 }))).code).toBe('DATABASE_TRANSACTION_FAIL');
  });

  it('a plain write after a transaction staged the same document makes its commit fail', async () => {
    const transaction = await bed.db.startTransaction();
    await transaction.collection('counters').doc('c1').update({ value: 1 });
    await bed.db.collection('counters').doc('c1').update({ value: 50 });
    expect((await rejection(transaction.commit())).code).toBe('DATABASE_TRANSACTION_CONFLICT');
    expect(await valueOf('c1')).toBe(50);
  });

  // Real CloudBase runs batch add, where().get() and updateAndReturn() inside a transaction: node-sdk's
  // own transaction tests do all three against it ("事务内批量插入 条件查询", "事务内批量插入1000条文档",
  // "modifyAndReturnDoc"). They see the transaction's snapshot plus its own writes.
  // (where().update() / remove() / count() are sent by the SDK without the transaction id at all:
  // they run outside the transaction, in production too — see emulator/README.md.)
  const ids = (data: Array<{ _id: string }>): string[] => data.map((doc) => doc._id);

  it('adds several documents at once inside a transaction, visible to it and to others only after commit', async () => {
    const transaction = await bed.db.startTransaction();
    const added = await transaction.collection('counters').add([
      { _id: 'a1', value: 1, label: 'a' },
      { _id: 'a2', value: 2, label: 'b' },
    ]);
    expect(added.ids).toEqual(['a1', 'a2']);
    const _ = bed.db.command;
    const seen = await transaction
      .collection('counters')
      .where(_.or([{ label: 'a' }, { label: 'b' }]))
      .get();
    expect(ids(seen.data)).toEqual(['a1', 'a2']);
    expect(
      (
        await bed.db
          .collection('counters')
          .where({ _id: _.in(['a1', 'a2']) })
          .count()
      ).total,
    ).toBe(0);
    await transaction.commit();
    expect([await valueOf('a1'), await valueOf('a2')]).toEqual([1, 2]);
  });

  it('a batch add with a duplicate _id fails with DATABASE_DUPLICATE_WRITE and aborts the transaction', async () => {
    const transaction = await bed.db.startTransaction();
    await transaction.collection('counters').doc('c1').update({ value: 9 });
    const error = await rejection(
      transaction.collection('counters').add([
        { _id: 'n1', value: 1 },
        { _id: 'c2', value: 2 },
      ]),
    );
    expect(error.code).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await rejection(transaction.commit())).code).toBe('DATABASE_TRANSACTION_FAIL');
    expect(await valueOf('c1')).toBe(0);
    expect((await bed.db.collection('counters').doc('n1').get()).data).toEqual([]);
  });

  it('inserts 1001 documents in one transaction and queries them with where().limit(1000).get()', async () => {
    const transaction = await bed.db.startTransaction();
    const docs = Array.from({ length: 1001 }, (_, index) => ({ name: `luketest${index}` }));
    expect((await transaction.collection('counters').add(docs)).ids).toHaveLength(1001);
    expect(
      (
        await transaction
          .collection('counters')
          .where({ name: /^luketest/ })
          .limit(1000)
          .get()
      ).data,
    ).toHaveLength(1000);
    await transaction.commit();
    expect(
      (
        await bed.db
          .collection('counters')
          .where({ name: /^luketest/ })
          .count()
      ).total,
    ).toBe(1001);
  });

  it('where().get() in a transaction reads its snapshot plus its own writes, with order, skip, limit and field', async () => {
    const transaction = await bed.db.startTransaction();
    expect((await transaction.collection('counters').doc('c1').get()).data.value).toBe(0);
    // Committed by others after the snapshot: invisible to the transaction.
    await bed.db.collection('counters').doc('c1').update({ value: 5 });
    await bed.db.collection('counters').add({ _id: 'c9', value: 9, label: 'late' });
    await bed.db.collection('counters').doc('c2').remove();
    // The transaction's own writes: visible to it.
    await transaction.collection('counters').add({ _id: 'c0', value: 50, label: 'mine' });
    await transaction.collection('counters').doc('c3').set({ value: 3, label: 'three' });
    const _ = bed.db.command;
    const all = await transaction
      .collection('counters')
      .where({ value: _.gte(0) })
      .orderBy('_id', 'asc')
      .get();
    expect(all.data).toEqual([
      { _id: 'c0', value: 50, label: 'mine' },
      { _id: 'c1', value: 0, label: 'one' },
      { _id: 'c2', value: 100, label: 'two' },
      { _id: 'c3', value: 3, label: 'three' },
    ]);
    const page = await transaction
      .collection('counters')
      .where({ value: _.gt(1) })
      .orderBy('value', 'desc')
      .skip(1)
      .limit(1)
      .field({ label: true })
      .get();
    expect(page.data).toEqual([{ _id: 'c0', label: 'mine' }]);
    await transaction.rollback();
  });

  it('updateAndReturn() in a transaction updates the first match of its snapshot, committed with the transaction', async () => {
    const transaction = await bed.db.startTransaction();
    const result = await transaction
      .collection('counters')
      .where({ label: 'two' })
      .updateAndReturn({ value: bed.db.command.inc(1) });
    expect(result.updated).toBe(1);
    expect(result.doc).toEqual({ _id: 'c2', value: 101, label: 'two' });
    expect((await transaction.collection('counters').doc('c2').get()).data.value).toBe(101);
    expect(await valueOf('c2')).toBe(100);
    const none = await transaction.collection('counters').where({ label: 'nothing' }).updateAndReturn({ value: 1 });
    expect([none.updated, none.doc]).toEqual([0, null]);
    await transaction.commit();
    expect(await valueOf('c2')).toBe(101);
  });

  it('updateAndReturn() of a document another open transaction wrote is a DATABASE_TRANSACTION_CONFLICT', async () => {
    const first = await bed.db.startTransaction();
    const second = await bed.db.startTransaction();
    await first.collection('counters').doc('c1').update({ value: 1 });
    const error = await rejection(second.collection('counters').where({ label: 'one' }).updateAndReturn({ value: 2 }));
    expect(error.code).toBe('DATABASE_TRANSACTION_CONFLICT');
    await first.commit();
    expect(await valueOf('c1')).toBe(1);
  });

  it('enforces unique indexes inside transactions and applies nothing of a failed one', async () => {
    await bed.db.collection('members').add({ _id: 'taken', openid: 'o-taken' });
    const error = await rejection(
      bed.db.runTransaction(async (transaction: Transaction) => {
        await transaction.collection('counters').doc('c1').update({ value: 42 });
        await transaction.collection('members').add({ openid: 'o-taken' });
      }),
    );
    expect(error.code).toBe('DATABASE_DUPLICATE_WRITE');
    expect(await valueOf('c1')).toBe(0);
  });

  it('answers the older transaction actions (getInTransaction, updateDocInTransaction, deleteDocInTransaction)', async () => {
    const started = await sendAction(bed.emulator, { action: 'database.startTransaction' });
    const transactionId = started.json['transactionId'] as string;
    expect(typeof transactionId).toBe('string');
    const got = await sendAction(bed.emulator, {
      action: 'database.getInTransaction',
      collectionName: 'counters',
      transactionId,
      _id: 'c2',
    });
    expect(JSON.parse(got.json['data'] as string)).toMatchObject({ _id: 'c2', label: 'two' });
    const updated = await sendAction(bed.emulator, {
      action: 'database.updateDocInTransaction',
      collectionName: 'counters',
      transactionId,
      _id: 'c2',
      data: JSON.stringify({ $set: { label: 'deux' } }),
    });
    expect(updated.json['updated']).toBe('{"$numberInt":"1"}');
    const deleted = await sendAction(bed.emulator, {
      action: 'database.deleteDocInTransaction',
      collectionName: 'counters',
      transactionId,
      _id: 'c1',
    });
    expect(deleted.json['deleted']).toBe('{"$numberInt":"1"}');
    await sendAction(bed.emulator, { action: 'database.commitTransaction', transactionId });
    expect((await bed.db.collection('counters').doc('c2').get()).data[0].label).toBe('deux');
    expect((await bed.db.collection('counters').doc('c1').get()).data).toEqual([]);
  });
});
