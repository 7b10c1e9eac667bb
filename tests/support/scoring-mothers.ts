import { findPreset, Scheme } from '../../shared/scheme';
import { BranchScore, EntryInput, MemberInput, MemberScore, ReviewInput, ScoringInput, scoreBranch } from '../../shared/engine';

let memberSeq = 0;

/** A full, self-managed member born in 1980 unless told otherwise. */
export function aMember(overrides: Partial<MemberInput> = {}): MemberInput {
  memberSeq += 1;
  return {
    id: `m${memberSeq}`,
    name: `党员${memberSeq}`,
    birthDate: '1980-01-01',
    status: 'full',
    category: 'selfManaged',
    exempt: false,
    ...overrides,
  };
}

export function anEntry(member: string | MemberInput, date: string, item: string, extra: Partial<EntryInput> = {}): EntryInput {
  return { member: typeof member === 'string' ? member : member.id, date, item, ...extra };
}

export function aReview(member: string | MemberInput, grade: ReviewInput['grade'], extra: Partial<ReviewInput> = {}): ReviewInput {
  return { member: typeof member === 'string' ? member : member.id, round: 1, grade, ...extra };
}

export function preset(id: string): Scheme {
  const scheme = findPreset(id);
  if (!scheme) throw new Error(`no preset ${id}`);
  return scheme;
}

export interface Scenario {
  year?: number;
  asOf: string;
  from?: string;
  members: MemberInput[];
  entries?: EntryInput[];
  reviews?: ReviewInput[];
  history?: ScoringInput['history'];
}

export function score(scheme: Scheme | string, scenario: Scenario): BranchScore {
  const input = ScoringInput.parse({ year: 2026, entries: [], reviews: [], history: [], ...scenario });
  return scoreBranch(typeof scheme === 'string' ? preset(scheme) : scheme, input);
}

export function memberOf(result: BranchScore, member: string | MemberInput): MemberScore {
  const id = typeof member === 'string' ? member : member.id;
  const found = result.members.find((m) => m.id === id);
  if (!found) throw new Error(`member ${id} not in result`);
  return found;
}

/** A scheme copy with changes, for tests of one rule (e.g. the same preset summing periods). */
export function withChanges(scheme: Scheme, change: (copy: Scheme) => void): Scheme {
  const copy = structuredClone(scheme);
  change(copy);
  return copy;
}
