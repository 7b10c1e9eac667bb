import fc from 'fast-check';
import { compileScheme, EntryInput, ItemKind, MemberInput } from '../../shared/engine';
import type { Scheme } from '../../shared/scheme';
import { toCenti } from '../../shared/points';
import { preset, score } from '../support/scoring-mothers';

const SCHEMES = [
  '000-zhengzhou-community',
  '001-xishui-town',
  '002-changzhou-office',
  '003-company-quarterly',
  '003-pipeline-company',
  '003-village-quarterly',
  '003-xinba-tiers',
  '004-district-hundred',
];
const MEMBERS: MemberInput[] = [
  {
    id: 'a',
    name: '甲',
    birthDate: '1950-07-01',
    status: 'full',
    category: 'selfManaged',
    tier: 'unposted',
    exempt: false,
    posts: ['sanitation', 'securityPatrol'],
  },
  {
    id: 'b',
    name: '乙',
    birthDate: '1966-03-10',
    status: 'full',
    category: 'inService',
    tier: 'committee',
    exempt: false,
    posts: ['sanitation', 'securityPatrol'],
  },
  {
    id: 'c',
    name: '丙',
    birthDate: '1990-11-30',
    status: 'probationary',
    category: 'mobile',
    tier: 'secretary',
    exempt: false,
    posts: ['sanitation', 'securityPatrol'],
  },
];
const date = fc.integer({ min: 0, max: 364 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));

/** Any valid approved entry of the scheme (vetoes excluded unless asked for). */
function entryArb(scheme: Scheme, filter: (kind: ItemKind, sign: number) => boolean): fc.Arbitrary<EntryInput> {
  const items = compileScheme(scheme).items.filter((i) => filter(i.kind, i.sign));
  return fc
    .record({
      member: fc.constantFrom('a', 'b', 'c'),
      date,
      itemIndex: fc.integer({ min: 0, max: items.length - 1 }),
      pick: fc.nat(1000),
      post: fc.constantFrom('sanitation', 'securityPatrol'),
    })
    .map(({ member, date: d, itemIndex, pick, post }) => {
      const item = items[itemIndex];
      const entry: EntryInput = { member, date: d, item: item.code };
      if (item.kind === ItemKind.PerOccurrence) entry.quantity = 1 + (pick % Math.min(5, item.maxQuantity));
      if (item.kind === ItemKind.Range) entry.points = (item.min + (pick % ((item.max - item.min) / item.step + 1)) * item.step) / 100;
      if (item.kind === ItemKind.Levels) entry.level = item.levelCodes[pick % item.levelCodes.length];
      if (item.source.requiresPost) entry.post = post;
      return entry;
    });
}

const notVeto = (kind: ItemKind) => kind !== ItemKind.Veto;
const membersFor = (scheme: Scheme) => (scheme.posts ? MEMBERS : MEMBERS.map(({ posts: _posts, ...m }) => m));
const run = (scheme: Scheme, entries: EntryInput[]) => score(scheme, { asOf: '2026-12-31', members: membersFor(scheme), entries });

describe.each(SCHEMES)('properties of %s', (id) => {
  const scheme = preset(id);
  const entries = fc.array(entryArb(scheme, notVeto), { maxLength: 60 });

  it('never exceeds a cap, a floor or a ceiling', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const result = run(scheme, list);
        for (const member of result.members) {
          const blocks = [
            ...member.periods.flatMap((p) =>
              p.categories.flatMap((c) => [{ c, scope: 'period' }, ...c.sections.map((s) => ({ c: s, scope: 'period' }))]),
            ),
            ...member.yearCategories.flatMap((c) => [{ c, scope: 'year' }, ...c.sections.map((s) => ({ c: s, scope: 'year' }))]),
          ];
          for (const { c: block, scope } of blocks) {
            const rules = [...scheme.categories, ...scheme.categories.flatMap((c) => c.sections)].find((b) => b.code === block.code)!;
            const gainCap = scope === 'period' ? rules.gainCap?.perPeriod : rules.gainCap?.perYear;
            const lossCap = scope === 'period' ? rules.lossCap?.perPeriod : rules.lossCap?.perYear;
            const sectionSum =
              'sections' in block ? (block.sections as { points: number }[]).reduce((s, x) => s + toCenti(x.points), 0) : 0;
            const v = toCenti(block.points);
            if (rules.ceiling !== undefined) expect(v).toBeLessThanOrEqual(toCenti(rules.ceiling));
            if (rules.floor !== undefined) expect(v).toBeGreaterThanOrEqual(toCenti(rules.floor));
            if (gainCap !== undefined) expect(v).toBeLessThanOrEqual(toCenti(rules.start) + sectionSum + toCenti(gainCap));
            if (lossCap !== undefined)
              expect(v).toBeGreaterThanOrEqual(Math.min(toCenti(rules.start) + sectionSum - toCenti(lossCap), rules.floor ?? -Infinity));
            for (const item of block.items) {
              const cap = scheme.categories
                .flatMap((c) => [...c.items, ...c.sections.flatMap((s) => s.items)])
                .find((i) => i.code === item.code)!.cap;
              if (scope === 'period' && cap?.perPeriod !== undefined)
                expect(Math.abs(toCenti(item.counted))).toBeLessThanOrEqual(toCenti(cap.perPeriod));
            }
          }
          if (scheme.yearTotal.ceiling) expect(member.total).toBeLessThanOrEqual(scheme.yearTotal.ceiling.value);
          if (scheme.yearTotal.floor) expect(member.total).toBeGreaterThanOrEqual(scheme.yearTotal.floor.value);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same result whatever the order of the entries', () => {
    fc.assert(
      fc.property(
        entries.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))),
        ([list, shuffled]) => {
          expect(run(scheme, shuffled)).toEqual(run(scheme, list));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('an added approved addition never lowers that member’s year total', () => {
    const additions = entryArb(scheme, (kind, sign) => kind !== ItemKind.Veto && sign > 0);
    fc.assert(
      fc.property(entries, additions, (list, extra) => {
        const before = run(scheme, list).members.find((m) => m.id === extra.member)!.total;
        const after = run(scheme, [...list, extra]).members.find((m) => m.id === extra.member)!.total;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  const vetoes = compileScheme(scheme).items.filter((i) => i.kind === ItemKind.Veto);
  if (vetoes.length > 0) {
    it('a veto always wins', () => {
      fc.assert(
        fc.property(
          entries,
          entryArb(scheme, (kind) => kind === ItemKind.Veto),
          (list, veto) => {
            const result = run(scheme, [...list, veto]);
            const member = result.members.find((m) => m.id === veto.member)!;
            const effect = vetoes.find((v) => v.code === veto.item)!.vetoEffect;
            if (effect === 1) {
              expect(member.total).toBe(0);
              expect(member.reward).toBe(0);
            }
            const bands = scheme.grading?.bands;
            if (bands && member.grade) {
              if (effect === 2) expect(member.grade.code).toBe(bands[bands.length - 1].code);
              else expect(member.grade.code).not.toBe(bands[0].code);
            }
          },
        ),
        { numRuns: 40 },
      );
    });
  }
});
