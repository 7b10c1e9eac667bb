/**
 * npm start — the product on the embedded default: the local CloudBase emulator on 127.0.0.1
 * ($EMULATOR_PORT, default 8790; data in $EMULATOR_DATA, default .data/emulator) with every cloud
 * function loaded, and a demo seeded once through the real actions. Ctrl-C stops it; the data stays.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { emulatorProcessEnv, LOCAL_SECRET_ID, LOCAL_SECRET_KEY, startEmulator, triggersFromDirectory } from '../emulator';
import { GATE_HEADER } from '../emulator/http/caller-gate';
import { localFunctions } from '../cloudfunctions/local-functions';
import { cloudbaseApp } from '../server/db/cloudbase';
import { COLLECTIONS } from '../server/db/collections';
import { NOTICE_KEYS } from '../shared/contracts/notices/notice-fields.schema';
import { NOTICE_TEMPLATES } from '../server/notices/notice-templates';
import { DEMO_ADMIN, OFFICE_MEMBERS, VILLAGE_MEMBERS } from './demo/demo-cast';
import { DemoSummary, seedDemo } from './demo/seed-demo';
import { SimulatedClock } from './demo/simulated-clock';
import { removeStartMarker, writeStartMarker } from './product-readiness';

const DEMO_DOC = 'demo';

export interface StartedProduct {
  url: string;
  summary: DemoSummary;
  seededNow: boolean;
  stop: () => Promise<void>;
}

/**
 * Starts the emulator with the functions and seeds the demo unless the data dir already has it. While
 * the seed plays its quarter on the simulated clock, the functions are closed to every other caller
 * (503 EMULATOR_STARTING, health ready: false), so that clock never reaches them; `onListening` is told
 * the URL as soon as the port is open.
 */
export async function startProduct(options: {
  port: number;
  dataDir?: string;
  onListening?: (url: string) => void;
}): Promise<StartedProduct> {
  const clock = new SimulatedClock();
  // Subscription messages go to the emulator's outbox under local template ids, unless the environment names others.
  for (const key of NOTICE_KEYS) process.env[NOTICE_TEMPLATES[key].env] ??= `local-${key}`;
  const emulator = await startEmulator({
    port: options.port,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    functions: localFunctions({ now: () => clock.now() }),
    // The timers function's trigger fires on its schedule, as deployed (cloudfunctions/timers/config.json).
    triggers: triggersFromDirectory(join(__dirname, '..', 'cloudfunctions')),
    scheduleTimers: true,
  });
  const gateKey = randomBytes(16).toString('hex');
  emulator.closeGate(gateKey, '党员积分正在准备演示数据，请稍候再试（npm start 打印说明后即可调用）');
  options.onListening?.(emulator.url);
  try {
    Object.assign(process.env, emulatorProcessEnv(emulator));
    const system = cloudbaseApp().database().collection(COLLECTIONS.system);
    const existing = (await system.doc(DEMO_DOC).get()).data[0] as { summary?: DemoSummary } | undefined;
    if (existing?.summary) return { url: emulator.url, summary: existing.summary, seededNow: false, stop: () => emulator.stop() };
    // A fresh environment's one-time bootstrap code, as deployed environments get one (docs/deploy.md).
    process.env.BOOTSTRAP_CODE ??= randomBytes(12).toString('hex');
    const summary = await seedDemo(emulator.url, clock, process.env.BOOTSTRAP_CODE, { [GATE_HEADER]: gateKey });
    await system.doc(DEMO_DOC).set({ summary, seededAt: new Date() });
    return { url: emulator.url, summary, seededNow: true, stop: () => emulator.stop() };
  } catch (error) {
    await emulator.stop();
    throw error;
  } finally {
    clock.reset();
    emulator.openGate();
  }
}

/** The functions callers reach (the timers function is fired by its trigger, not called). */
const FUNCTION_NAMES = Object.keys(localFunctions()).filter((name) => name !== 'timers');

export function banner(product: StartedProduct, dataDir: string): string {
  const { url, summary } = product;
  const r = summary.reports;
  const person = (p: { openid: string; name: string }, role: string) => `    ${p.openid.padEnd(12)} ${p.name}（${role}）`;
  return [
    '',
    '党员积分 is running on the local CloudBase emulator',
    `  emulator     ${url}   node-sdk serviceUrl ${url}/admin, key pair ${LOCAL_SECRET_ID} / ${LOCAL_SECRET_KEY}`,
    `  functions    ${FUNCTION_NAMES.join(', ')}: POST ${url}/functions/<name> with {"action": …, "data": …} and header X-WX-OPENID`,
    `  data         ${dataDir} (delete it to start over)`,
    `  demo         ${product.seededNow ? 'seeded now' : 'seeded earlier'}: 青石镇党委 (committeeId ${summary.committeeId})`,
    `               青石村党支部 (branchId ${summary.villageId}, scheme 001, ${VILLAGE_MEMBERS.length} members)`,
    `               镇机关事务中心党支部 (branchId ${summary.officeId}, scheme 002, ${OFFICE_MEMBERS.length} members)`,
    `               ${summary.from} – ${summary.to}: reports ${r.approved} approved, ${r.rejected} rejected, ${r.withdrawn} withdrawn, ${r.pending} pending; ${summary.meetings} meetings, ${summary.recorderEntries} recorder entries` +
      (summary.exchangeItems ? `; ${summary.exchangeItems} goods in the village's 志愿服务超市` : ''),
    '  call as',
    person(DEMO_ADMIN, '党委组织办管理员'),
    person(VILLAGE_MEMBERS[0], '青石村党支部书记'),
    person(VILLAGE_MEMBERS[1], '青石村记分员'),
    person(VILLAGE_MEMBERS[2], '青石村党员'),
    person(OFFICE_MEMBERS[0], '机关支部书记'),
    person(OFFICE_MEMBERS[3], '机关支部党员'),
    `  try          curl -s ${url}/functions/home -H 'content-type: application/json' -H 'x-wx-openid: demo-v03' -d '{"action":"memberHome","data":{}}'`,
    `               curl -s ${url}/functions/reports -H 'content-type: application/json' -H 'x-wx-openid: ${VILLAGE_MEMBERS[1].openid}' -d '{"action":"reviewQueue","data":{"branchId":"${summary.villageId}"}}'`,
    '               npm run demo   (drives bind → report with a photo → approve → reject → attendance → home against this server)',
    '  WeChat DevTools: npm run build, then open this folder (project.config.json) and tick 详情 → 本地设置 → 不校验合法域名.',
    `               The mini-program calls ${url}/functions/<name> as demo-v03; 我的设置 → 切换测试身份 picks another (README).`,
    `  timer        timers/daily fires at 02:30 each day (Beijing time); now: curl -s -X POST ${url}/_emulator/timers/timers/daily`,
    `  notices      subscription messages sent: curl -s '${url}/_emulator/outbox?api=subscribeMessage.send'`,
    '  API          docs/api.md · scoring rules docs/schemes/ · deploying docs/deploy.md',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const port = Number(process.env.EMULATOR_PORT ?? 8790);
  const dataDir = process.env.EMULATOR_DATA ?? join('.data', 'emulator');
  mkdirSync(dataDir, { recursive: true });
  // First of all, so an `npm run demo` started at the same moment knows to wait for this one.
  writeStartMarker(dataDir, null);
  process.on('uncaughtException', (error) => console.error('[start] uncaught exception (from a cloud function?):', error));
  process.on('unhandledRejection', (reason) => console.error('[start] unhandled rejection (from a cloud function?):', reason));
  const product = await startProduct({ port, dataDir, onListening: (url) => writeStartMarker(dataDir, url) });
  process.stdout.write(banner(product, dataDir));
  const stop = () =>
    void product.stop().then(() => {
      removeStartMarker(dataDir);
      process.exit(0);
    });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error) => {
    removeStartMarker(process.env.EMULATOR_DATA ?? join('.data', 'emulator'));
    console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
