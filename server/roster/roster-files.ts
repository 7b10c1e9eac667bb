import type { RosterRow } from './roster-rows';

/**
 * What the roster room needs from outside, as a port it owns (server/adapters/excel implements it;
 * server/runtime/services.ts wires it): the rows of a roster a secretary uploaded.
 */
export interface RosterFiles {
  /**
   * The member rows of the uploaded .xlsx, Excel row numbers kept. VALIDATION ROSTER_FILE_INVALID when the
   * file cannot be read as a roster (unreadable, empty, too large, not a workbook, too many rows), and
   * ROSTER_HEADER when its header misses or repeats a column.
   */
  rowsOf(fileId: string): Promise<RosterRow[]>;
}
