import type ExcelJS from 'exceljs';
import type { CloudbaseApp } from '../../db/cloudbase';
import type { ExportForm } from '../../exports/export-forms';
import type { ExportFiles, SavedExport } from '../../exports/export-files';
import { approvalFormWorkbook } from './approval-form-workbook';
import { boardFormWorkbook } from './board-form-workbook';
import { recordFormWorkbook } from './record-form-workbook';
import { summaryFormWorkbook } from './summary-form-workbook';
import { yearFormWorkbook } from './year-form-workbook';

/** How long an export's link works: enough to download and open it; the page asks again after. */
export const EXPORT_LINK_MAX_AGE_SECONDS = 3600;

/** The form's layout (one file per form). */
export function workbookOf(form: ExportForm): ExcelJS.Workbook {
  switch (form.form) {
    case 'A':
      return recordFormWorkbook(form);
    case 'B':
      return yearFormWorkbook(form);
    case 'C':
      return approvalFormWorkbook(form);
    case 'D':
      return boardFormWorkbook(form);
    case 'S':
      return summaryFormWorkbook(form);
  }
}

/**
 * Exports written to the environment's cloud storage by the function (admin: the file has no owner, so
 * the storage rules let no client read or overwrite it) and handed out as temporary links.
 */
export class CloudbaseExportFiles implements ExportFiles {
  constructor(private readonly app: CloudbaseApp) {}

  /** Storage requests: 3 — the upload (signed URL + PUT) and the temporary link. */
  async save(form: ExportForm, cloudPath: string): Promise<SavedExport> {
    const content = Buffer.from(await workbookOf(form).xlsx.writeBuffer());
    const { fileID } = await this.app.uploadFile({ cloudPath, fileContent: content });
    const { fileList } = await this.app.getTempFileURL({ fileList: [{ fileID, maxAge: EXPORT_LINK_MAX_AGE_SECONDS }] });
    const link = fileList.find((f) => f.fileID === fileID);
    if (!link || link.code !== 'SUCCESS' || !link.tempFileURL)
      throw new Error(`no temporary link for ${fileID}: ${link?.code ?? 'missing'}`);
    return { fileId: fileID, url: link.tempFileURL, maxAgeSeconds: EXPORT_LINK_MAX_AGE_SECONDS };
  }
}
