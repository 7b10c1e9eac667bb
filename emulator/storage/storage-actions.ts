import { z } from 'zod';
import { ActionHandler, json, parseParams } from '../gateway/action';
import { isEmulatorError } from '../errors';
import { ADMIN, STORAGE_EXCEED_AUTHORITY, StorageCaller, StorageService } from './storage-service';

const UploadMetadataParams = z.object({ path: z.string() });
const DownloadUrlParams = z.object({
  file_list: z
    .array(z.object({ fileid: z.string(), max_age: z.number().optional(), url_type: z.string().optional() }))
    .min(1)
    .max(50),
});
const DeleteParams = z.object({ fileid_list: z.array(z.string()).min(1).max(50) });

export interface TempUrlResult {
  fileID: string;
  tempFileURL: string;
  code: string;
  maxAge?: number;
}

export interface DeleteResult {
  fileID: string;
  code: string;
}

/**
 * getTempFileURL for a list of fileIDs; per file (not an exception): STORAGE_FILE_NONEXIST for unknown
 * files and files of another environment or bucket, STORAGE_EXCEED_AUTHORITY when the security rules
 * refuse a client the read. (The URL itself is then readable by whoever holds it: the rules bind the
 * API, not the URLs it hands out.)
 */
export async function temporaryUrls(
  storage: StorageService,
  list: Array<{ fileid: string; max_age?: number }>,
  caller: StorageCaller = ADMIN,
): Promise<TempUrlResult[]> {
  return Promise.all(
    list.map(async ({ fileid, max_age }) => {
      try {
        const cloudPath = storage.locate(fileid);
        const existing = cloudPath === undefined ? undefined : await storage.stat(cloudPath);
        if (cloudPath === undefined || !existing) return { fileID: fileid, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' };
        if (!storage.permits(caller, 'read', cloudPath, existing))
          return { fileID: fileid, tempFileURL: '', code: STORAGE_EXCEED_AUTHORITY };
        const maxAge = max_age ?? 86400;
        return { fileID: fileid, tempFileURL: storage.temporaryUrl(cloudPath, maxAge), code: 'SUCCESS', maxAge };
      } catch (error) {
        return { fileID: fileid, tempFileURL: '', code: isEmulatorError(error) ? error.code : 'STORAGE_REQUEST_FAIL' };
      }
    }),
  );
}

/** deleteFile: per file SUCCESS, STORAGE_FILE_NONEXIST, or STORAGE_EXCEED_AUTHORITY when the rules refuse a client the write. */
export async function deleteFiles(storage: StorageService, fileIds: string[], caller: StorageCaller = ADMIN): Promise<DeleteResult[]> {
  return Promise.all(
    fileIds.map(async (fileID) => {
      try {
        const cloudPath = storage.locate(fileID);
        const existing = cloudPath === undefined ? undefined : await storage.stat(cloudPath);
        if (cloudPath === undefined || !existing) return { fileID, code: 'STORAGE_FILE_NONEXIST' };
        if (!storage.permits(caller, 'write', cloudPath, existing)) return { fileID, code: STORAGE_EXCEED_AUTHORITY };
        return { fileID, code: (await storage.delete(cloudPath)) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' };
      } catch (error) {
        return { fileID, code: isEmulatorError(error) ? error.code : 'STORAGE_REQUEST_FAIL' };
      }
    }),
  );
}

/** The storage actions of @cloudbase/node-sdk (src/storage/index.ts): signed with the key pair, so admin (the rules do not apply). */
export function storageActions(storage: StorageService): Record<string, ActionHandler> {
  return {
    'storage.getUploadMetadata': async (request) => {
      const { path } = parseParams(UploadMetadataParams, request.params);
      return json({ data: storage.uploadMetadata(path) });
    },
    'storage.batchGetDownloadUrl': async (request) => {
      const { file_list } = parseParams(DownloadUrlParams, request.params);
      return json({ data: { download_list: await temporaryUrls(storage, file_list) } });
    },
    'storage.batchDeleteFile': async (request) => {
      const { fileid_list } = parseParams(DeleteParams, request.params);
      return json({ data: { delete_list: await deleteFiles(storage, fileid_list) } });
    },
  };
}
