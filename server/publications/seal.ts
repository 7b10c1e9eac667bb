import { createHash } from 'node:crypto';
import type { LedgerEntryDoc } from '../ledger/ledger-entry.doc';
import type { BoardRow } from './publication.doc';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys in a fixed order, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What a ledger line says, hashed: any change to who, when, which item, how many points or why shows. */
export function entryHash(entry: LedgerEntryDoc): string {
  const { _id, ...said } = entry;
  return sha256(canonicalJson({ id: _id, ...said })).slice(0, 20);
}

/** The published numbers of a publication, hashed with what identifies them. */
export function boardHash(publication: { branchId: string; period: string; scheme: unknown; board: BoardRow[] }): string {
  return sha256(
    canonicalJson({ branchId: publication.branchId, period: publication.period, scheme: publication.scheme, board: publication.board }),
  );
}

/** The counted lines as the seal record stores them: `id:hash` pairs sorted by id. */
export function countedLines(entries: readonly LedgerEntryDoc[]): string {
  return entries
    .map((e) => `${e._id}:${entryHash(e)}`)
    .sort()
    .join(',');
}

/**
 * A publication's seal: SHA-256 over its board's hash, the lines it counted and the previous
 * publication's seal — so a branch's final publications form a chain, and changing a published number,
 * a counted line or an earlier link breaks every seal from there on.
 */
export function sealOf(parts: { boardHash: string; countedLines: string; previousSeal: string | null }): string {
  return sha256(`${parts.boardHash}\n${sha256(parts.countedLines)}\n${parts.previousSeal ?? 'genesis'}`);
}
