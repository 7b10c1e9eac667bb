/**
 * `npm run bench:emulator`: the emulator (as `npm run emulator` runs it: its own process, journal on a
 * temporary data directory, fsync per acknowledged write) driven through @cloudbase/node-sdk on loopback.
 * - reads: point reads by an indexed field (members.openid, unique), several in flight;
 * - writes: journaled inserts, several in flight (group commit batches their fsyncs).
 * The last line is: bench:emulator reads_per_s=<r> writes_per_s=<w> read_p99_ms=<p> write_p99_ms=<q>
 * Environment: BENCH_SECONDS (per phase, default 5), BENCH_CONCURRENCY (default 16), BENCH_SEED_DOCS (default 5000).
 */
import tcb from '@cloudbase/node-sdk';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LOCAL_SECRET_ID, LOCAL_SECRET_KEY } from '../emulator';

// node-sdk would otherwise probe http://metadata.tencentyun.com (30 ms) before every request; see emulator/index.ts.
process.env['TENCENTCLOUD'] = 'true';
process.env['SILENCE'] = 'true';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 16);
const SEED_DOCS = Number(process.env['BENCH_SEED_DOCS'] ?? 5000);
const REPO = path.join(__dirname, '..');

interface Phase {
  count: number;
  seconds: number;
  latencies: number[];
}

async function startEmulatorProcess(dataDir: string, indexesFile: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'emulator', 'cli.ts')], {
    cwd: REPO,
    env: { ...process.env, EMULATOR_PORT: '0', EMULATOR_DATA: dataDir, EMULATOR_INDEXES: indexesFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /emulator listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1] as string);
    });
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code}: ${output}`)));
  });
  return { child, url };
}

async function run(seconds: number, concurrency: number, operation: (worker: number, sequence: number) => Promise<void>): Promise<Phase> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let sequence = 0; performance.now() < deadline; sequence++) {
        const begin = performance.now();
        await operation(worker, sequence);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  return { count: latencies.length, seconds: (performance.now() - started) / 1000, latencies };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'bench-emulator-'));
  const indexesFile = path.join(workDir, 'indexes.json');
  writeFileSync(indexesFile, JSON.stringify({ members: [{ name: 'openid_unique', keys: { openid: 1 }, unique: true }], records: [] }));
  const { child, url } = await startEmulatorProcess(path.join(workDir, 'data'), indexesFile);
  try {
    const db = tcb.init({ env: 'bench', secretId: LOCAL_SECRET_ID, secretKey: LOCAL_SECRET_KEY, serviceUrl: `${url}/admin` }).database();
    const members = db.collection('members');
    for (let start = 0; start < SEED_DOCS; start += 500) {
      const batch = Array.from({ length: Math.min(500, SEED_DOCS - start) }, (_, offset) => ({
        openid: `o${start + offset}`,
        branchId: `b${(start + offset) % 40}`,
        points: (start + offset) % 97,
        joinedAt: new Date(2020, 0, 1 + ((start + offset) % 365)),
      }));
      await members.add(batch);
    }
    await run(1, CONCURRENCY, async () => {
      await members.where({ openid: `o${Math.floor(Math.random() * SEED_DOCS)}` }).get();
    });

    const reads = await run(SECONDS, CONCURRENCY, async () => {
      const openid = `o${Math.floor(Math.random() * SEED_DOCS)}`;
      const { data } = await members.where({ openid }).get();
      if (data.length !== 1 || data[0].openid !== openid) throw new Error(`point read of ${openid} returned ${data.length} documents`);
    });
    const records = db.collection('records');
    const writes = await run(SECONDS, CONCURRENCY, async (worker, sequence) => {
      await records.add({ memberId: `o${sequence % SEED_DOCS}`, worker, sequence, points: 2, note: '参加主题党日活动', at: new Date() });
    });
    const written = (await records.count()).total;
    if (written !== writes.count) throw new Error(`acknowledged ${writes.count} inserts but found ${written}`);

    const readsPerSecond = Math.round(reads.count / reads.seconds);
    const writesPerSecond = Math.round(writes.count / writes.seconds);
    console.log(
      `reads:  ${reads.count} point reads by indexed openid in ${reads.seconds.toFixed(1)} s, ${CONCURRENCY} in flight, p50 ${percentile(reads.latencies, 50).toFixed(2)} ms`,
    );
    console.log(
      `writes: ${writes.count} journaled inserts (fsync before reply) in ${writes.seconds.toFixed(1)} s, ${CONCURRENCY} in flight, p50 ${percentile(writes.latencies, 50).toFixed(2)} ms`,
    );
    console.log(
      `bench:emulator reads_per_s=${readsPerSecond} writes_per_s=${writesPerSecond} read_p99_ms=${percentile(reads.latencies, 99).toFixed(2)} write_p99_ms=${percentile(writes.latencies, 99).toFixed(2)}`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
