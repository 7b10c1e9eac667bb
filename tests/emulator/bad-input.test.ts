import tcb from '@cloudbase/node-sdk';
import { EJSON } from 'bson';
import fc from 'fast-check';
import { sdkConfig } from '../../emulator';
import { rawGatewayRequest, rejection, sendAction, startTestBed, TestBed } from './emulator-test-bed';

let bed: TestBed;

beforeAll(async () => {
  bed = await startTestBed({ maxBodyBytes: 256 * 1024 });
});

afterAll(async () => {
  await bed.emulator.stop();
});

/** CloudBase's error shape, answered with HTTP 200 so the SDK throws an error carrying the code. */
function expectErrorShape(reply: { status: number; json: Record<string, unknown> }, code?: string): void {
  expect(reply.status).toBe(200);
  expect(typeof reply.json['code']).toBe('string');
  expect(typeof reply.json['message']).toBe('string');
  expect(typeof reply.json['requestId']).toBe('string');
  if (code) expect(reply.json['code']).toBe(code);
}

async function stillServing(): Promise<void> {
  const { data } = await bed.db.collection('counters').limit(1).get();
  expect(Array.isArray(data)).toBe(true);
}

describe('malformed requests', () => {
  it('answers malformed JSON, non-object bodies and missing actions with INVALID_PARAM', async () => {
    expectErrorShape(await rawGatewayRequest(bed.emulator, '{"action": "database.getDocument",', { sign: false }), 'INVALID_PARAM');
    expectErrorShape(await rawGatewayRequest(bed.emulator, '[1,2,3]', { sign: false }), 'INVALID_PARAM');
    expectErrorShape(await sendAction(bed.emulator, { collectionName: 'counters' }), 'INVALID_PARAM');
    expectErrorShape(
      await rawGatewayRequest(bed.emulator, '--x\r\nbroken', { sign: false, contentType: 'multipart/form-data; boundary=x' }),
      'INVALID_PARAM',
    );
    await stillServing();
  });

  it('answers unknown actions with INVALID_ACTION', async () => {
    expectErrorShape(await sendAction(bed.emulator, { action: 'database.dropDatabase', collectionName: 'counters' }), 'INVALID_ACTION');
    expectErrorShape(await sendAction(bed.emulator, { action: '__proto__' }), 'INVALID_ACTION');
  });

  it('answers malformed Extended JSON and wrong parameter types with INVALID_PARAM', async () => {
    for (const params of [
      { action: 'database.getDocument', collectionName: 'counters', query: '{"a": {"$date": "yesterday"}}' },
      { action: 'database.getDocument', collectionName: 'counters', query: '{not json' },
      { action: 'database.getDocument', collectionName: 'counters', query: '{"_id": {"$oid": "xyz"}}' },
      { action: 'database.getDocument', collectionName: 'counters', limit: 'ten' },
      { action: 'database.getDocument', collectionName: 'counters', offset: -1 },
      { action: 'database.insertDocument', collectionName: 'counters', data: '{"a":1}' },
      {
        action: 'database.modifyDocument',
        collectionName: 'counters',
        queryType: 'DOC',
        query: '{"name": "x"}',
        data: '{"$set": {"a": 1}}',
      },
      { action: 'database.modifyDocument', collectionName: 'counters', query: '{}', data: '{"$set": {"a": 1}, "b": 2}', multi: true },
      { action: 'database.getDocument', collectionName: 'counters', order: '{"a": 2}' },
      { action: 'database.commitTransaction' },
    ]) {
      expectErrorShape(await sendAction(bed.emulator, params), 'INVALID_PARAM');
    }
  });

  it('answers unknown operators with DATABASE_INVALID_OPERRATOR', async () => {
    expectErrorShape(
      await sendAction(bed.emulator, { action: 'database.getDocument', collectionName: 'counters', query: '{"a": {"$regexx": "x"}}' }),
      'DATABASE_INVALID_OPERRATOR',
    );
    expectErrorShape(
      await sendAction(bed.emulator, {
        action: 'database.modifyDocument',
        collectionName: 'counters',
        query: '{}',
        data: '{"$setOnce": {"a": 1}}',
        multi: true,
      }),
      'DATABASE_INVALID_OPERRATOR',
    );
    expectErrorShape(
      await sendAction(bed.emulator, {
        action: 'database.aggregateDocuments',
        collectionName: 'counters',
        stages: [{ stageKey: '$merge', stageValue: '"x"' }],
      }),
      'DATABASE_INVALID_OPERRATOR',
    );
  });

  it('answers an oversized body with EXCEED_REQUEST_SIZE_LIMIT, which the SDK throws', async () => {
    const error = await rejection(bed.db.collection('counters').add({ blob: 'x'.repeat(300 * 1024) }));
    expect(error.code).toBe('EXCEED_REQUEST_SIZE_LIMIT');
    expect(
      (
        await bed.db
          .collection('counters')
          .where({ blob: bed.db.command.exists(true) })
          .count()
      ).total,
    ).toBe(0);
    await stillServing();
  });
});

describe('signatures', () => {
  it('rejects SDK requests signed with another key or id (SIGN_PARAM_INVALID)', async () => {
    const wrongKey = tcb.init(sdkConfig(bed.emulator, { secretKey: 'not-the-local-key' }));
    expect((await rejection(wrongKey.database().collection('counters').get())).code).toBe('SIGN_PARAM_INVALID');
    const wrongId = tcb.init(sdkConfig(bed.emulator, { secretId: 'someone-else' }));
    expect((await rejection(wrongId.database().collection('counters').add({ a: 1 }))).code).toBe('SIGN_PARAM_INVALID');
    expect((await bed.db.collection('counters').where({ a: 1 }).count()).total).toBe(0);
  });

  it('rejects unsigned and tampered requests', async () => {
    const params = { action: 'database.getDocument', collectionName: 'counters' };
    expectErrorShape(await rawGatewayRequest(bed.emulator, JSON.stringify(params), { sign: false }), 'SIGN_PARAM_INVALID');
    const tampered = { ...params, collectionName: 'members' };
    expectErrorShape(await rawGatewayRequest(bed.emulator, JSON.stringify(tampered), { params }), 'SIGN_PARAM_INVALID');
  });
});

// ---------------------------------------------------------------------------------------------
// Fuzzing: random bodies never crash the emulator, never produce an unclassified error (SYS_ERR),
// and a write that fails leaves the data exactly as it was.

const ACTIONS = [
  'database.getDocument',
  'database.insertDocument',
  'database.modifyDocument',
  'database.removeDocument',
  'database.calculateDocument',
  'database.aggregateDocuments',
  'database.modifyAndReturnDoc',
  'database.startTransaction',
  'database.commitTransaction',
  'database.getInTransaction',
  'storage.batchGetDownloadUrl',
  'functions.invokeFunction',
  'wx.api',
];

const fieldName = fc.constantFrom(
  'a',
  'b',
  'n',
  'tags',
  'a.b',
  '$set',
  '$inc',
  '$push',
  '$unset',
  '$gt',
  '$in',
  '$date',
  '$oid',
  '$numberInt',
  '$regex',
  '$foo',
  '_id',
  '',
);
const leaf = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.constant(null),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fieldName, tie('node'), { maxKeys: 3 }),
  ),
})).node;
const ejsonText = fc.oneof(
  value.map((item) => JSON.stringify(item) ?? 'null'),
  fc.string({ maxLength: 20 }),
  fc.constant('{"a":{"$date":{"$numberLong":"12"}}}'),
  fc.constant('{"$and":[{"n":{"$gt":1}},{"tags":{"$elemMatch":{"$eq":"x"}}}]}'),
);
const params = fc.record(
  {
    action: fc.oneof(fc.constantFrom(...ACTIONS), fc.string({ maxLength: 12 })),
    collectionName: fc.constantFrom('counters', 'members', 'missing', '', 'a/b'),
    queryType: fc.constantFrom('WHERE', 'DOC', 'OTHER'),
    query: ejsonText,
    data: fc.oneof(ejsonText, fc.array(ejsonText, { maxLength: 3 })),
    order: ejsonText,
    projection: ejsonText,
    limit: fc.oneof(fc.integer({ min: -2, max: 2000 }), fc.string({ maxLength: 3 })),
    offset: fc.integer({ min: -2, max: 5 }),
    multi: fc.oneof(fc.boolean(), fc.constant('yes')),
    merge: fc.boolean(),
    upsert: fc.boolean(),
    stages: fc.array(
      fc.record({ stageKey: fc.constantFrom('$match', '$group', '$limit', '$project', '$x', 'match'), stageValue: ejsonText }),
      { maxLength: 3 },
    ),
    transactionId: fc.string({ maxLength: 8 }),
    function_name: fc.string({ maxLength: 8 }),
    request_data: ejsonText,
    apiName: fc.string({ maxLength: 8 }),
    file_list: value,
  },
  { requiredKeys: ['action'] },
);

// Mostly well-formed requests with adversarial content, so that fuzzing reaches the query, update,
// aggregation and transaction code rather than stopping at parameter validation.
const condition = fc.dictionary(fieldName, value, { maxKeys: 3 }).map((query) => JSON.stringify(query));
const documentText = fc
  .dictionary(fc.constantFrom('a', 'b', 'n', 'tags', '_id', 'a.b', '$x', 'nested'), value, { maxKeys: 4 })
  .map((doc) => JSON.stringify(doc));
const updateText = fc
  .dictionary(
    fc.constantFrom('$set', '$inc', '$mul', '$push', '$pull', '$addToSet', '$unset', '$rename', '$min', '$max', '$pop', 'a', '$nope'),
    fc.dictionary(fc.constantFrom('a', 'n', 'tags', 'a.b', '_id', 'tags.$'), value, { maxKeys: 2 }),
    { minKeys: 1, maxKeys: 2 },
  )
  .map((update) => JSON.stringify(update));
const stage = fc.record({
  stageKey: fc.constantFrom('$match', '$group', '$sort', '$project', '$unwind', '$lookup', '$limit', '$skip', '$count', '$addFields'),
  stageValue: fc.oneof(
    condition,
    fc.integer({ min: -1, max: 30 }).map(String),
    fc.constant('"$tags"'),
    fc.constant('{"_id":"$a","s":{"$sum":"$n"}}'),
  ),
});
const plausible = fc.oneof(
  fc.record(
    {
      action: fc.constant('database.getDocument'),
      collectionName: fc.constantFrom('counters', 'members'),
      queryType: fc.constantFrom('WHERE', 'DOC'),
      query: condition,
      order: fc.constantFrom(undefined, '{"n":1}', '{"a":-1,"_id":1}'),
      limit: fc.integer({ min: 0, max: 1500 }),
      offset: fc.integer({ min: 0, max: 4 }),
      projection: fc.constantFrom(undefined, '{"a":1}', '{"n":0}', '{"a":1,"n":0}'),
    },
    { requiredKeys: ['action', 'collectionName', 'query'] },
  ),
  fc.record({
    action: fc.constant('database.insertDocument'),
    collectionName: fc.constant('counters'),
    data: fc.array(documentText, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    action: fc.constant('database.modifyDocument'),
    collectionName: fc.constant('counters'),
    queryType: fc.constantFrom('WHERE', 'DOC'),
    query: fc.oneof(condition, fc.constantFrom('{"_id":"f1"}', '{"_id":"f2"}', '{}')),
    data: fc.oneof(updateText, documentText),
    multi: fc.boolean(),
    merge: fc.boolean(),
    upsert: fc.boolean(),
  }),
  fc.record({
    action: fc.constant('database.removeDocument'),
    collectionName: fc.constant('counters'),
    queryType: fc.constantFrom('WHERE', 'DOC'),
    query: fc.oneof(condition, fc.constant('{"_id":"nope"}')),
    multi: fc.boolean(),
  }),
  fc.record({
    action: fc.constant('database.modifyAndReturnDoc'),
    collectionName: fc.constant('counters'),
    query: condition,
    data: updateText,
  }),
  fc.record({ action: fc.constant('database.calculateDocument'), collectionName: fc.constant('counters'), query: condition }),
  fc.record({
    action: fc.constant('database.aggregateDocuments'),
    collectionName: fc.constant('counters'),
    stages: fc.array(stage, { maxLength: 4 }),
  }),
);

async function snapshot(): Promise<string[]> {
  const reply = await sendAction(bed.emulator, {
    action: 'database.getDocument',
    collectionName: 'counters',
    queryType: 'WHERE',
    limit: 1000,
    order: EJSON.stringify({ _id: 1 }),
  });
  return (reply.json['data'] as { list: string[] }).list;
}

describe('fuzzing', () => {
  beforeAll(async () => {
    await bed.db.collection('counters').add([
      { _id: 'f1', a: 1, n: 5, tags: ['x'] },
      { _id: 'f2', a: 'text', n: 'five', tags: 'not an array' },
      { _id: 'f3', a: { b: 2 }, n: null },
    ]);
  });

  it('answers random signed bodies with a result or a classified error, and never half-applies a write', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(params, plausible), async (body) => {
        const before = await snapshot();
        const reply = await sendAction(bed.emulator, body);
        expect(reply.status).toBe(200);
        expect(typeof reply.json['requestId']).toBe('string');
        if ('code' in reply.json) {
          expectErrorShape(reply);
          expect(reply.json['code']).not.toBe('SYS_ERR');
          expect(await snapshot()).toEqual(before);
        }
      }),
      { numRuns: 400 },
    );
    await stillServing();
  });

  it('answers random raw bytes, signed or not, with the error shape', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 200 }),
        fc.constantFrom('application/json', 'multipart/form-data; boundary=b', 'text/plain'),
        async (bytes, contentType) => {
          const reply = await rawGatewayRequest(bed.emulator, Buffer.from(bytes), { sign: false, contentType });
          expectErrorShape(reply);
          expect(reply.json['code']).not.toBe('SYS_ERR');
        },
      ),
      { numRuns: 200 },
    );
    await stillServing();
  });

  it('applies failing multi-document updates all or nothing', async () => {
    const update = fc.dictionary(
      fc.constantFrom('$set', '$inc', '$mul', '$push', '$pull', '$addToSet', '$unset', '$rename', '$min', '$max'),
      fc.dictionary(fc.constantFrom('a', 'n', 'tags', 'a.b', 'z'), leaf, { minKeys: 1, maxKeys: 2 }),
      { minKeys: 1, maxKeys: 2 },
    );
    await fc.assert(
      fc.asyncProperty(update, async (operators) => {
        const before = await snapshot();
        const reply = await sendAction(bed.emulator, {
          action: 'database.modifyDocument',
          collectionName: 'counters',
          queryType: 'WHERE',
          query: '{}',
          data: EJSON.stringify(operators),
          multi: true,
          merge: true,
        });
        const after = await snapshot();
        if ('code' in reply.json) {
          expect(reply.json['code']).not.toBe('SYS_ERR');
          expect(after).toEqual(before);
        } else {
          expect(after).toHaveLength(before.length);
        }
        // Restore the fixture for the next run.
        await sendAction(bed.emulator, { action: 'database.removeDocument', collectionName: 'counters', query: '{}', multi: true });
        await sendAction(bed.emulator, { action: 'database.insertDocument', collectionName: 'counters', data: before });
      }),
      { numRuns: 200 },
    );
  });
});
