import type { ExportForm } from './export-forms';

/** A stored export: its file id and a temporary link to it. */
export interface SavedExport {
  fileId: string;
  url: string;
  /** How long the link works, in seconds. */
  maxAgeSeconds: number;
}

/**
 * What the exports room needs from outside, as a port it owns (server/adapters/excel implements it;
 * server/runtime/services.ts wires it): a form printed as an .xlsx workbook, written to storage under a
 * path only the functions write, and a temporary link to it (clients cannot read exports/ directly).
 */
export interface ExportFiles {
  save(form: ExportForm, cloudPath: string): Promise<SavedExport>;
}
