import { z } from 'zod'
import { ActionHandler, json, parseParams } from '../gateway/action'
import { isEmulatorError } from '../errors'
import { cloudPathOf } from './cloud-path'
import { StorageService } from './storage-service'

const UploadMetadataParams = z.object({ path: z.string() })
const DownloadUrlParams = z.object({
  file_list: z.array(z.object({ fileid: z.string(), max_age: z.number().optional(), url_type: z.string().optional() })).min(1).max(50),
})
const DeleteParams = z.object({ fileid_list: z.array(z.string()).min(1).max(50) })

export interface TempUrlResult {
  fileID: string
  tempFileURL: string
  code: string
  maxAge?: number
}

export interface DeleteResult {
  fileID: string
  code: string
}

/** getTempFileURL for a list of fileIDs; unknown files get code STORAGE_FILE_NONEXIST (not an exception). */
export async function temporaryUrls(storage: StorageService, list: Array<{ fileid: string; max_age?: number }>): Promise<TempUrlResult[]> {
  return Promise.all(
    list.map(async ({ fileid, max_age }) => {
      try {
        const cloudPath = cloudPathOf(fileid)
        if (!(await storage.read(cloudPath))) return { fileID: fileid, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' }
        const maxAge = max_age ?? 86400
        return { fileID: fileid, tempFileURL: storage.temporaryUrl(cloudPath, maxAge), code: 'SUCCESS', maxAge }
      } catch (error) {
        return { fileID: fileid, tempFileURL: '', code: isEmulatorError(error) ? error.code : 'STORAGE_REQUEST_FAIL' }
      }
    }),
  )
}

export async function deleteFiles(storage: StorageService, fileIds: string[]): Promise<DeleteResult[]> {
  return Promise.all(
    fileIds.map(async (fileID) => {
      try {
        return { fileID, code: (await storage.delete(cloudPathOf(fileID))) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' }
      } catch (error) {
        return { fileID, code: isEmulatorError(error) ? error.code : 'STORAGE_REQUEST_FAIL' }
      }
    }),
  )
}

/** The storage actions of @cloudbase/node-sdk (src/storage/index.ts). */
export function storageActions(storage: StorageService): Record<string, ActionHandler> {
  return {
    'storage.getUploadMetadata': async (request) => {
      const { path } = parseParams(UploadMetadataParams, request.params)
      return json({ data: storage.uploadMetadata(path) })
    },
    'storage.batchGetDownloadUrl': async (request) => {
      const { file_list } = parseParams(DownloadUrlParams, request.params)
      return json({ data: { download_list: await temporaryUrls(storage, file_list) } })
    },
    'storage.batchDeleteFile': async (request) => {
      const { fileid_list } = parseParams(DeleteParams, request.params)
      return json({ data: { delete_list: await deleteFiles(storage, fileid_list) } })
    },
  }
}
