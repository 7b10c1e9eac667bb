/**
 * npm run bench:score — a synthetic district (50,000 members in 1,000 branches × 12 months × 10 approved
 * entries = 6 M entries) scored for a year under the 001 preset, against a baseline doing only the
 * irreducible work: summing the same entries' points into member × month × category cells from typed arrays.
 * Prints medians of several runs (after a warm-up, garbage collected before each); the last line is the
 * summary the issue asks for.
 */
import {
  allocateEntryColumns,
  compileScheme,
  EntryColumns,
  ItemKind,
  memberDetail,
  MemberInput,
  newScratch,
  scoreBulk,
} from '../shared/engine';
import { seededRandom } from '../tools/seeded-random';
import { findPreset } from '../shared/scheme';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 50_000);
const BRANCH_SIZE = 50;
const MONTHS = 12;
const PER_MONTH = 10;
const YEAR = 2026;

const scheme = findPreset('001-xishui-town')!;
const compiled = compileScheme(scheme);
const code = (c: string) => compiled.itemIndex.get(c)!;
const POSTS = ['posts.claim', 'posts.perform', 'posts.deed'].map(code);
const DEDUCTIONS = [
  'duties.study.absent',
  'duties.study.lateOrLeave',
  'duties.orgLife.absent',
  'duties.orgLife.lateOrLeave',
  'duties.dues.late',
].map(code);
const BONUSES = ['bonus.honor', 'bonus.economy', 'bonus.publicWelfare', 'bonus.anniversary', 'bonus.other'].map(code);
const VETO = code('veto.politicalDiscipline');

function buildDistrict(): { members: MemberInput[]; entries: EntryColumns; month: Int8Array; category: Int8Array; points: Int32Array } {
  const random = seededRandom(2026);
  const members: MemberInput[] = Array.from({ length: MEMBERS }, (_, i) => ({
    id: `m${i}`,
    name: `党员${i}`,
    birthDate: `${1940 + (i % 60)}-0${1 + (i % 9)}-1${i % 9}`,
    status: i % 17 === 0 ? 'probationary' : 'full',
    category: 'selfManaged',
    exempt: i % 101 === 0,
    branch: `b${Math.floor(i / BRANCH_SIZE)}`,
  }));
  const n = MEMBERS * MONTHS * PER_MONTH;
  const entries = allocateEntryColumns(n);
  const month = new Int8Array(n);
  const category = new Int8Array(n);
  const points = new Int32Array(n);
  let e = 0;
  for (let m = 0; m < MEMBERS; m++) {
    for (let mo = 0; mo < MONTHS; mo++) {
      for (let k = 0; k < PER_MONTH; k++, e++) {
        const r = random();
        let item: number;
        if (k < 6) item = POSTS[k % 3];
        else if (k < 9) item = r < 0.85 ? POSTS[k % 3] : DEDUCTIONS[Math.floor(r * 100) % DEDUCTIONS.length];
        else item = r < 0.0005 ? VETO : r < 0.3 ? BONUSES[Math.floor(r * 1000) % BONUSES.length] : POSTS[2];
        const it = compiled.items[item];
        entries.member[e] = m;
        entries.day[e] = YEAR * 10_000 + (mo + 1) * 100 + 1 + Math.floor(random() * 28);
        entries.period[e] = mo;
        entries.item[e] = item;
        let base = 0;
        if (it.kind === ItemKind.Range) base = it.min + Math.floor(random() * ((it.max - it.min) / it.step + 1)) * it.step;
        else if (it.kind === ItemKind.Levels) {
          entries.level[e] = Math.floor(random() * it.levelCodes.length);
          base = it.levelValues[entries.level[e]];
        } else if (it.kind === ItemKind.Fixed) base = it.value;
        entries.points[e] = base;
        month[e] = mo;
        category[e] = it.category;
        points[e] = base;
      }
    }
  }
  return { members, entries, month, category, points };
}

/** The irreducible work: group points into member × month × category sums. */
function baseline(memberCol: Int32Array, month: Int8Array, category: Int8Array, points: Int32Array, categories: number): Int32Array {
  const sums = new Int32Array(MEMBERS * MONTHS * categories);
  for (let e = 0; e < points.length; e++) sums[(memberCol[e] * MONTHS + month[e]) * categories + category[e]] += points[e];
  return sums;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time<T>(fn: () => T): [number, T] {
  const start = process.hrtime.bigint();
  const value = fn();
  return [Number(process.hrtime.bigint() - start) / 1e9, value];
}

const [buildSeconds, district] = time(buildDistrict);
console.log(
  `bench:score built district members=${MEMBERS} branches=${Math.ceil(MEMBERS / BRANCH_SIZE)} entries=${district.entries.length} in ${buildSeconds.toFixed(2)}s (not timed below)`,
);

/** Collect garbage before each timed run (node --expose-gc), so one run's garbage is not billed to the next. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const baselineRuns: number[] = [];
let checksum = 0;
for (let run = 0; run < 9; run++) {
  collect();
  const [s, sums] = time(() =>
    baseline(district.entries.member, district.month, district.category, district.points, compiled.categories.length),
  );
  if (run > 0) baselineRuns.push(s); // the first run warms up the JIT
  checksum = sums.reduce((a, b) => a + b, 0);
}

const engineRuns: number[] = [];
let table = scoreBulk({ compiled, year: YEAR, asOf: `${YEAR}-12-31`, members: district.members, entries: district.entries }); // warm-up
for (let run = 0; run < 5; run++) {
  collect();
  const [s, t] = time(() =>
    scoreBulk({ compiled, year: YEAR, asOf: `${YEAR}-12-31`, members: district.members, entries: district.entries }),
  );
  engineRuns.push(s);
  table = t;
}

let graded = 0;
let excellent = 0;
for (let m = 0; m < table.memberCount; m++) {
  if (table.grade[m] >= 0) graded++;
  if (table.grade[m] === 0) excellent++;
}
const vetoed = table.vetoEffect.reduce((a, b) => a + (b ? 1 : 0), 0);
console.log(
  `bench:score result graded=${graded} excellent=${excellent} vetoed=${vetoed} branches_with_quota=${table.quotas.length} baseline_checksum=${checksum}`,
);

const sample = 1000;
const scratch = newScratch(table);
const [detailSeconds] = time(() => {
  for (let m = 0; m < sample; m++) if (table.exempt[m] === 0) memberDetail(table, m, scratch);
});
console.log(
  `bench:score detail members=${sample} seconds=${detailSeconds.toFixed(3)} (explained breakdown with trace, built on demand per member)`,
);
console.log(
  `bench:score runs engine_seconds=[${engineRuns.map((s) => s.toFixed(3)).join(', ')}] baseline_seconds=[${baselineRuns.map((s) => s.toFixed(3)).join(', ')}]`,
);

const seconds = median(engineRuns);
const baselineSeconds = median(baselineRuns);
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  `bench:score entries=${district.entries.length} seconds=${seconds.toFixed(3)} baseline_seconds=${baselineSeconds.toFixed(3)} ratio=${(seconds / baselineSeconds).toFixed(2)} peak_rss_mb=${peakRssMb}`,
);
