import type { CloudbaseApp } from '../../db/cloudbase';
import { invalidField } from '../../errors/domain-error';
import type { RosterFiles } from '../../roster/roster-files';
import { readRosterWorkbook } from './roster-workbook';

/** A roster is a few dozen KB; anything near this is not one. */
export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;

const fileInvalid = (message: string) => invalidField('fileId', message, 'ROSTER_FILE_INVALID');

/** Rosters uploaded to the environment's cloud storage, read as .xlsx workbooks (exceljs). */
export class CloudbaseRosterFiles implements RosterFiles {
  constructor(private readonly app: CloudbaseApp) {}

  /** Requests: storage 2 (temporary URL + GET). */
  async rowsOf(fileId: string) {
    return readRosterWorkbook(await this.download(fileId));
  }

  /** The uploaded file's bytes (VALIDATION ROSTER_FILE_INVALID on fileId when it cannot be read). */
  private async download(fileId: string): Promise<Buffer> {
    let content: unknown;
    try {
      content = (await this.app.downloadFile({ fileID: fileId })).fileContent;
    } catch {
      throw fileInvalid('无法读取上传的文件，请重新上传');
    }
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    if (!Buffer.isBuffer(bytes) || bytes.length === 0) throw fileInvalid('上传的文件是空的');
    if (bytes.length > MAX_ROSTER_BYTES) throw fileInvalid('文件过大（名册文件不应超过 5 MB）');
    return bytes;
  }
}
