import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloudbaseApp } from '../../server/db/cloudbase';
import { runDemo } from '../../tools/demo';
import { productState, startInProgress, waitForProduct, writeStartMarker } from '../../tools/product-readiness';
import { banner, StartedProduct, startProduct } from '../../tools/start';

describe('npm start and npm run demo', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'start-'));
  let product: StartedProduct;
  afterAll(() => product?.stop());

  it('seeds the demo once through the real actions, closed to other callers until ready: two branches, a quarter of reports in every state', async () => {
    let url = '';
    const starting = startProduct({ port: 0, dataDir, onListening: (listening) => (url = listening) });
    while (!url) await new Promise((resolve) => setTimeout(resolve, 20));
    // While the seed plays its quarter on the simulated clock, nobody else reaches the functions…
    expect(await productState(url)).toBe('starting');
    const early = await fetch(`${url}/functions/home`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': 'demo-v03' },
      body: JSON.stringify({ action: 'memberHome', data: {} }),
    });
    expect(early.status).toBe(503);
    expect(await early.json()).toMatchObject({ code: 'EMULATOR_STARTING', message: expect.stringContaining('请稍候') });
    // …and a demo started at this moment waits for it instead of failing.
    const waited = waitForProduct(url, { dataDir });
    product = await starting;
    expect(await waited).toBe('ready');
    expect(product.seededNow).toBe(true);
    const { reports, meetings, recorderEntries } = product.summary;
    expect(reports.approved).toBeGreaterThan(50);
    expect(reports.rejected).toBeGreaterThan(0);
    expect(reports.withdrawn).toBeGreaterThan(0);
    expect(reports.pending).toBeGreaterThan(0);
    expect(meetings).toBeGreaterThan(0);
    expect(recorderEntries).toBeGreaterThan(0);
    const db = cloudbaseApp().database();
    const count = async (collection: string, where: Record<string, unknown>) =>
      (await db.collection(collection).where(where).count()).total;
    expect(await count('members', { active: true })).toBe(30);
    for (const status of ['pending', 'approved', 'rejected', 'withdrawn'] as const)
      expect(await count('reports', { status })).toBe(reports[status]);
    expect(await count('ledger', { source: 'report' })).toBe(reports.approved);
    // The village's 志愿服务超市 has goods on its shelf, so the exchange pages have something to show.
    expect(product.summary.exchangeItems).toBe(3);
    expect(await count('exchangeItems', { orgId: product.summary.villageId, status: 'active' })).toBe(3);
    const printed = banner(product, dataDir);
    for (const id of [product.summary.committeeId, product.summary.villageId, product.summary.officeId]) expect(printed).toContain(id);
    expect(printed).toContain('org, reports, home, publications, year, exchange, notices, exports: POST');
    expect(printed).toContain("3 goods in the village's 志愿服务超市");
  }, 120_000);

  it('knows an npm start of the data directory is on its way while its process lives', async () => {
    const other = mkdtempSync(join(tmpdir(), 'start-marker-'));
    expect(startInProgress(other)).toBe(false);
    writeStartMarker(other, null);
    expect(startInProgress(other)).toBe(true);
    writeFileSync(join(other, 'npm-start.json'), JSON.stringify({ pid: 2 ** 22 + 7, url: null }));
    expect(startInProgress(other)).toBe(false);
    expect(await waitForProduct('http://127.0.0.1:9', { dataDir: other, graceMs: 100 })).toBe('absent');
  });

  it('does not seed again on the same data directory', async () => {
    await product.stop();
    product = await startProduct({ port: 0, dataDir });
    expect(product.seededNow).toBe(false);
    expect((await cloudbaseApp().database().collection('orgs').where({ kind: 'committee' }).count()).total).toBe(1);
  }, 60_000);

  it('drives bind → report with a photo → approve → reject → attendance → homes, and says what each caller saw', async () => {
    const lines: string[] = [];
    const { newMemberId, approvedEntryId } = await runDemo(product.url, (line) => lines.push(line));
    expect(lines).toHaveLength(10);
    expect(lines[2]).toMatch(/^新用户用邀请码绑定微信 → 本人身份：青石村党支部 新党员\d+$/);
    expect(lines[5]).toMatch(/审核通过 → 台账记录 \w+，计 1 分$/);
    expect(lines[6]).toMatch(/退回，理由：/);
    const entry = (await cloudbaseApp().database().collection('ledger').doc(approvedEntryId).get()).data[0] as {
      memberId: string;
      source: string;
      itemCode: string;
    };
    expect(entry).toMatchObject({ memberId: newMemberId, source: 'report', itemCode: 'bonus.honor' });
  }, 60_000);
});
