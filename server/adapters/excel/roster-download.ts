import type { CloudbaseApp } from '../../db/cloudbase';
import { invalid } from '../../runtime/app-error';

/** A roster is a few dozen KB; anything near this is not one. */
export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;

/** The uploaded roster's bytes from cloud storage (VALIDATION on fileId when it cannot be read). */
export async function downloadRoster(app: CloudbaseApp, fileId: string): Promise<Buffer> {
  let content: unknown;
  try {
    content = (await app.downloadFile({ fileID: fileId })).fileContent;
  } catch {
    throw invalid('fileId', '无法读取上传的文件，请重新上传');
  }
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  if (!Buffer.isBuffer(bytes) || bytes.length === 0) throw invalid('fileId', '上传的文件是空的');
  if (bytes.length > MAX_ROSTER_BYTES) throw invalid('fileId', '文件过大（名册文件不应超过 5 MB）');
  return bytes;
}
