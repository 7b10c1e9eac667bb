/**
 * Approved entries in columns (one typed array per field). This is how the engine reads entries:
 * a district of millions of entries is scored without an object per entry. `encodeEntries`
 * builds it from entry objects; a bulk loader can fill it directly.
 */
export interface EntryColumns {
  length: number;
  /** Index into the members array. */
  member: Int32Array;
  /** Entry date as yyyymmdd. */
  day: Int32Array;
  /** Index of the scoring period the date falls in (0–11 for months, 0–3 for quarters): computed once when encoding. */
  period: Int8Array;
  /** Index into the compiled scheme's items. */
  item: Int32Array;
  /** Reviewer-picked points in hundredths (range items only). */
  points: Int32Array;
  /** Occurrences (per-occurrence items; 1 otherwise). */
  quantity: Int32Array;
  /** Row of the item's level table (level items only; −1 otherwise). */
  level: Int32Array;
}

export function allocateEntryColumns(length: number): EntryColumns {
  return {
    length,
    member: new Int32Array(length),
    day: new Int32Array(length),
    period: new Int8Array(length),
    item: new Int32Array(length),
    points: new Int32Array(length),
    quantity: new Int32Array(length).fill(1),
    level: new Int32Array(length).fill(-1),
  };
}
