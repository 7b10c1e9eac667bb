import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../emulator';
import { StorageRules, StorageRulesError } from '../../emulator/storage/storage-rules';
import { FIXTURE_INDEXES, startTestBed, TestBed } from './emulator-test-bed';

const REPO_RULES = path.join(__dirname, '..', '..', 'database', 'storage-rules.json');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1024, 1)]);
const OTHER_JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1]), Buffer.alloc(1024, 2)]);

/** The mini-program's storage calls over the emulator's dev transport, as a caller (null: not signed in). */
function client(bed: TestBed, openid: string | null) {
  const headers: Record<string, string> = openid ? { 'x-wx-openid': openid } : {};
  return {
    async upload(cloudPath: string, content: Buffer): Promise<{ status: number; body: { fileID?: string; code?: string } }> {
      const form = new FormData();
      form.append('cloudPath', cloudPath);
      form.append('file', new Blob([new Uint8Array(content)]), 'tmp.jpg');
      const response = await fetch(`${bed.emulator.url}/_emulator/storage/upload`, { method: 'POST', body: form, headers });
      return { status: response.status, body: (await response.json()) as { fileID?: string; code?: string } };
    },
    async tempUrls(fileList: string[]): Promise<Array<{ fileID: string; tempFileURL: string; code: string }>> {
      const response = await fetch(`${bed.emulator.url}/_emulator/storage/temp-urls`, {
        method: 'POST',
        body: JSON.stringify({ fileList }),
        headers,
      });
      return ((await response.json()) as { fileList: Array<{ fileID: string; tempFileURL: string; code: string }> }).fileList;
    },
    async delete(fileList: string[]): Promise<Array<{ fileID: string; code: string }>> {
      const response = await fetch(`${bed.emulator.url}/_emulator/storage/delete`, {
        method: 'POST',
        body: JSON.stringify({ fileList }),
        headers,
      });
      return ((await response.json()) as { fileList: Array<{ fileID: string; code: string }> }).fileList;
    },
  };
}

/** The bytes a fileID holds, read as admin (node-sdk with the key pair). */
async function contentOf(bed: TestBed, fileID: string): Promise<Buffer> {
  const { fileContent } = await bed.app.downloadFile({ fileID });
  return fileContent as Buffer;
}

describe('storage security rules on client calls (database/storage-rules.json, loaded by default)', () => {
  let bed: TestBed;
  beforeAll(async () => {
    bed = await startTestBed();
  });
  afterAll(() => bed.emulator.stop());

  const alice = () => client(bed, 'o-alice');
  const bob = () => client(bed, 'o-bob');

  it('lets a member upload, read and delete their own photo under reports/<folder>/', async () => {
    const uploaded = await alice().upload('reports/o-alice/a1.jpg', JPEG);
    expect(uploaded.status).toBe(200);
    const fileID = uploaded.body.fileID as string;
    const [url] = await alice().tempUrls([fileID]);
    expect(url).toMatchObject({ fileID, code: 'SUCCESS' });
    expect(Buffer.from(await (await fetch(url?.tempFileURL ?? '')).arrayBuffer()).equals(JPEG)).toBe(true);
    expect((await alice().upload('reports/o-alice/a1.jpg', OTHER_JPEG)).status).toBe(200);
    expect((await contentOf(bed, fileID)).equals(OTHER_JPEG)).toBe(true);
    expect(await alice().delete([fileID])).toEqual([{ fileID, code: 'SUCCESS' }]);
  });

  it('refuses another member overwriting, deleting or reading a member’s photo', async () => {
    const fileID = (await alice().upload('reports/o-alice/a2.jpg', JPEG)).body.fileID as string;
    const overwrite = await bob().upload('reports/o-alice/a2.jpg', OTHER_JPEG);
    expect(overwrite).toMatchObject({ status: 403, body: { code: 'STORAGE_EXCEED_AUTHORITY' } });
    expect(await bob().delete([fileID])).toEqual([{ fileID, code: 'STORAGE_EXCEED_AUTHORITY' }]);
    expect(await bob().tempUrls([fileID])).toEqual([{ fileID, tempFileURL: '', code: 'STORAGE_EXCEED_AUTHORITY' }]);
    expect((await contentOf(bed, fileID)).equals(JPEG)).toBe(true);
  });

  it('refuses a caller without identity: no upload, no read, no delete', async () => {
    const fileID = (await alice().upload('reports/o-alice/a3.jpg', JPEG)).body.fileID as string;
    const anonymous = client(bed, null);
    expect(await anonymous.upload('reports/o-alice/new.jpg', JPEG)).toMatchObject({
      status: 403,
      body: { code: 'STORAGE_EXCEED_AUTHORITY' },
    });
    expect(await anonymous.upload('reports/anyone/new.jpg', JPEG)).toMatchObject({ status: 403 });
    expect((await anonymous.tempUrls([fileID]))[0]?.code).toBe('STORAGE_EXCEED_AUTHORITY');
    expect((await anonymous.delete([fileID]))[0]?.code).toBe('STORAGE_EXCEED_AUTHORITY');
    expect(
      (await bed.app.getTempFileURL({ fileList: ['cloud://emulator-local.656d-emulator-local-1250000000/reports/o-alice/new.jpg'] }))
        .fileList[0]?.code,
    ).toBe('STORAGE_FILE_NONEXIST');
  });

  it('lets clients write only report photos (reports/<folder>/…) and roster workbooks (imports/<name>.xlsx)', async () => {
    expect((await alice().upload('photos/o-alice/x.jpg', JPEG)).status).toBe(403);
    expect((await alice().upload('reports/x.jpg', JPEG)).status).toBe(403);
    expect((await alice().upload('a.jpg', JPEG)).status).toBe(403);
    expect((await alice().upload('imports/sub/roster.xlsx', Buffer.from('PK\u0003\u0004'))).status).toBe(403);
    expect((await alice().upload('imports/roster.jpg', JPEG)).status).toBe(403);
    expect((await alice().upload('imports/roster.xlsx', Buffer.from('PK\u0003\u0004'))).status).toBe(200);
    expect((await alice().upload('reports/o-alice/2026-03/nested.jpg', JPEG)).status).toBe(200);
  });

  it('binds clients only: server-side SDK calls (the key pair) read, overwrite and delete any file', async () => {
    const fileID = (await alice().upload('reports/o-alice/a4.jpg', JPEG)).body.fileID as string;
    expect((await bed.app.getTempFileURL({ fileList: [fileID] })).fileList[0]?.code).toBe('SUCCESS');
    expect((await bed.app.uploadFile({ cloudPath: 'reports/o-alice/a4.jpg', fileContent: OTHER_JPEG })).fileID).toBe(fileID);
    expect((await contentOf(bed, fileID)).equals(OTHER_JPEG)).toBe(true);
    // An admin-written file has no client owner: no client reads it through the API.
    expect((await alice().tempUrls([fileID]))[0]?.code).toBe('STORAGE_EXCEED_AUTHORITY');
    expect((await bed.app.deleteFile({ fileList: [fileID] })).fileList[0]?.code).toBe('SUCCESS');
  });

  it('answers a missing file as missing, and another bucket’s file as not found, to clients too', async () => {
    const fileID = (await alice().upload('reports/o-alice/a5.jpg', JPEG)).body.fileID as string;
    const gone = fileID.replace('a5.jpg', 'never.jpg');
    const elsewhere = fileID.replace('656d-emulator-local-1250000000', '656d-emulator-local-1300000000');
    expect((await alice().tempUrls([gone, elsewhere])).map((file) => file.code)).toEqual([
      'STORAGE_FILE_NONEXIST',
      'STORAGE_FILE_NONEXIST',
    ]);
    expect((await alice().delete([gone, elsewhere])).map((file) => file.code)).toEqual(['STORAGE_FILE_NONEXIST', 'STORAGE_FILE_NONEXIST']);
  });
});

describe('file owners on a data directory', () => {
  it('survive a restart, and an admin overwrite clears them', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'emulator-owners-'));
    try {
      const first = await startTestBed({ dataDir });
      const fileID = (await client(first, 'o-alice').upload('reports/o-alice/kept.jpg', JPEG)).body.fileID as string;
      await first.emulator.stop();
      const second = await startTestBed({ dataDir });
      expect((await client(second, 'o-bob').upload('reports/o-alice/kept.jpg', OTHER_JPEG)).status).toBe(403);
      expect((await client(second, 'o-alice').tempUrls([fileID]))[0]?.code).toBe('SUCCESS');
      await second.app.uploadFile({ cloudPath: 'reports/o-alice/kept.jpg', fileContent: OTHER_JPEG });
      expect((await client(second, 'o-alice').tempUrls([fileID]))[0]?.code).toBe('STORAGE_EXCEED_AUTHORITY');
      expect((await client(second, 'o-alice').delete([fileID]))[0]?.code).toBe('STORAGE_EXCEED_AUTHORITY');
      expect((await second.app.deleteFile({ fileList: [fileID] })).fileList[0]?.code).toBe('SUCCESS');
      await second.emulator.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('other rules', () => {
  it('are taken from storageRulesFile or storageRules', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'storage-rules-'));
    try {
      const file = path.join(dir, 'rules.json');
      writeFileSync(file, JSON.stringify({ read: true, write: 'auth != null' }));
      const open = await startTestBed({ storageRulesFile: file });
      try {
        const fileID = (await client(open, 'o-alice').upload('anywhere/x.jpg', JPEG)).body.fileID as string;
        expect((await client(open, 'o-bob').tempUrls([fileID]))[0]?.code).toBe('SUCCESS');
        expect((await client(open, null).upload('anywhere/y.jpg', JPEG)).status).toBe(403);
      } finally {
        await open.emulator.stop();
      }
      const closed = await startTestBed({ storageRules: { read: false, write: false } });
      try {
        expect((await client(closed, 'o-alice').upload('reports/o-alice/x.jpg', JPEG)).status).toBe(403);
      } finally {
        await closed.emulator.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a reference the emulator does not know', { read: 'auth.uid == resource.openid' }, /auth\.uid/],
    ['a property of a file it does not model', { write: 'resource.size < 1024' }, /unsupported character "<"/],
    ['test() used without == true', { read: '/^reports\\//.test(resource.path)' }, /explicitly/],
    ['negation', { read: '!(auth == null)' }, /unsupported character "!"/],
    ['a bare reference as a condition', { read: 'auth' }, /true\/false/],
    ['a regex flag other than i', { read: '/^a/g.test(resource.path) == true' }, /flags/],
    ['an unknown key', { read: true, create: true }, /unknown key/],
    ['a non-string rule', { read: 1 }, /must be true, false or an expression/],
    ['an unterminated string', { read: "resource.path == 'a" }, /unterminated/],
  ])('refuse at start %s', async (_, rules, message) => {
    await expect(startEmulator({ port: 0, indexesFile: FIXTURE_INDEXES, storageRules: rules as never })).rejects.toThrow(message);
  });

  it('refuse at start a rules file that is not JSON', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'storage-rules-'));
    try {
      const file = path.join(dir, 'rules.json');
      writeFileSync(file, '{ "read": true, ');
      await expect(startEmulator({ port: 0, indexesFile: FIXTURE_INDEXES, storageRulesFile: file })).rejects.toThrow(StorageRulesError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the rules evaluator', () => {
  const repo = new StorageRules(JSON.parse(readFileSync(REPO_RULES, 'utf8')), REPO_RULES);
  const as = (openid: string | null, owner: string | null, filePath: string) => ({
    auth: openid === null ? null : { openid },
    resource: { openid: owner, path: filePath },
  });

  it.each([
    ['read', 'o-a', 'o-a', 'reports/o-a/x.jpg', true],
    ['read', 'o-b', 'o-a', 'reports/o-a/x.jpg', false],
    ['read', null, 'o-a', 'reports/o-a/x.jpg', false],
    ['read', 'o-a', null, 'reports/o-a/x.jpg', false],
    ['write', 'o-a', 'o-a', 'reports/o-a/x.jpg', true],
    ['write', 'o-a', 'o-a', 'reports/o-a/2026/x.jpg', true],
    ['write', 'o-b', 'o-a', 'reports/o-a/x.jpg', false],
    ['write', null, null, 'reports/o-a/x.jpg', false],
    ['write', 'o-a', 'o-a', 'reports/x.jpg', false],
    ['write', 'o-a', 'o-a', 'reportsX/o-a/x.jpg', false],
    ['write', 'o-a', 'o-a', 'imports/roster.xlsx', true],
    ['write', 'o-a', 'o-a', 'imports/roster.xlsx.jpg', false],
    ['write', 'o-a', 'o-a', 'exports/x.xlsx', false],
  ] as const)('the repository’s rules: %s by %s of a file owned by %s at %s → %s', (operation, openid, owner, filePath, allowed) => {
    expect(repo.allows(operation, as(openid, owner, filePath))).toBe(allowed);
  });

  it('evaluates literals, !=, ||, parentheses and quoted strings; a missing key denies', () => {
    const rules = new StorageRules({ read: "(resource.path == 'public/a.jpg' || auth != null) && resource.openid != 'o-banned'" });
    expect(rules.allows('read', as(null, 'o-a', 'public/a.jpg'))).toBe(true);
    expect(rules.allows('read', as(null, 'o-a', 'private/a.jpg'))).toBe(false);
    expect(rules.allows('read', as('o-x', 'o-a', 'private/a.jpg'))).toBe(true);
    expect(rules.allows('read', as('o-x', 'o-banned', 'private/a.jpg'))).toBe(false);
    expect(rules.allows('write', as('o-x', 'o-x', 'private/a.jpg'))).toBe(false);
    expect(new StorageRules({ read: '/^PUBLIC\\//i.test(resource.path) == true' }).allows('read', as(null, null, 'public/x'))).toBe(true);
    expect(new StorageRules({ read: '/^public\\//.test(resource.path) == false' }).allows('read', as(null, null, 'public/x'))).toBe(false);
  });

  it('denies when evaluation fails (a member of a null auth), without throwing', () => {
    const rules = new StorageRules({ read: 'resource.openid == auth.openid || resource.path == "open.jpg"' });
    expect(rules.allows('read', as(null, 'o-a', 'open.jpg'))).toBe(false);
    expect(rules.allows('read', as('o-a', 'o-a', 'x.jpg'))).toBe(true);
  });
});
