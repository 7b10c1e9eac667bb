import { invalidField } from '../../errors/domain-error';
import type { Services } from '../../runtime/services';

const fileInvalid = (message: string) => invalidField('fileId', message, 'ROSTER_FILE_INVALID');

/** A roster is a few dozen KB; anything near this is not one. */
export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;

/** The uploaded roster's bytes from cloud storage (VALIDATION ROSTER_FILE_INVALID on fileId when it cannot be read). */
export async function downloadRoster(services: Pick<Services, 'app'>, fileId: string): Promise<Buffer> {
  let content: unknown;
  try {
    content = (await services.app.downloadFile({ fileID: fileId })).fileContent;
  } catch {
    throw fileInvalid('无法读取上传的文件，请重新上传');
  }
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  if (!Buffer.isBuffer(bytes) || bytes.length === 0) throw fileInvalid('上传的文件是空的');
  if (bytes.length > MAX_ROSTER_BYTES) throw fileInvalid('文件过大（名册文件不应超过 5 MB）');
  return bytes;
}
