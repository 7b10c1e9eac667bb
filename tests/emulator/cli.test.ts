import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Child, startChild } from './emulator-test-bed';

let dataDir: string;
let child: Child;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'emulator-cli-'));
  child = await startChild(dataDir, {
    EMULATOR_FUNCTIONS: path.join(__dirname, 'fixtures', 'functions'),
    EMULATOR_CONTENT_CHECK_WORDS: 'foo, bar',
  });
}, 40_000);

afterAll(() => {
  child.process.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run emulator', () => {
  it('serves on the port it prints, with its data in EMULATOR_DATA', async () => {
    const health = (await (await fetch(`${child.url}/_emulator/health`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ ok: true, durable: true, serviceUrl: `${child.url}/admin` });
    expect(health['collections']).toEqual(expect.arrayContaining(['members', 'point_records']));
  });

  it('runs functions from EMULATOR_FUNCTIONS whose unmodified SDK calls reach the emulator', async () => {
    const response = await fetch(`${child.url}/functions/recordVisit`, {
      method: 'POST',
      headers: { 'x-wx-openid': 'o-cli' },
      body: JSON.stringify({ page: 'home' }),
    });
    expect(response.status).toBe(200);
    const { result } = (await response.json()) as { result: { id: string } };
    expect(result.id).toMatch(/^[0-9a-f]{32}$/);
    const stats = (await (await fetch(`${child.url}/_emulator/stats`)).json()) as { actions: Record<string, number> };
    expect(stats.actions).toMatchObject({ 'functions.http': 1, 'database.insertDocument': 1 });
  });

  it('takes the word list from EMULATOR_CONTENT_CHECK_WORDS', async () => {
    const response = await fetch(`${child.url}/_emulator/openapi/security.msgSecCheck`, {
      method: 'POST',
      body: JSON.stringify({ content: 'a bar b', version: 2, scene: 2, openid: 'o' }),
    });
    expect(await response.json()).toMatchObject({ errCode: 0, result: { suggest: 'risky' } });
  });
});
