import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { EmulatorError, ERROR_CODES } from '../errors'
import { assertCloudPath, toFileId } from './cloud-path'
import { extensionOf, FILE_TYPES } from './file-types'
import { FileStore } from './file-store'

export interface StorageLimits {
  /** Largest accepted file. */
  maxFileBytes: number
  /** Accepted extensions (lower case, without dot); content must match the type's magic bytes. */
  allowedExtensions: string[]
}

/** 10 MB: a compressed phone photo is a few MB; WeChat's own upload cap for images is larger. */
export const DEFAULT_STORAGE_LIMITS: StorageLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  allowedExtensions: Object.keys(FILE_TYPES),
}

/** Temporary download URLs live this long unless the caller asks for another max_age (seconds). */
const DEFAULT_URL_MAX_AGE = 24 * 3600
const UPLOAD_URL_MAX_AGE = 15 * 60

export const OBJECTS_PATH = '/_emulator/storage/objects/'

/** A COS-style failure, answered as COS's XML error document to the SDK's PUT upload. */
export class StorageRejection extends Error {
  readonly cosCode: string
  readonly status: number
  constructor(cosCode: string, message: string, status: number) {
    super(message)
    this.cosCode = cosCode
    this.status = status
  }
}

/**
 * Cloud storage: upload metadata and signed upload URLs (node-sdk uploadFile), signed temporary
 * download URLs served by the emulator (getTempFileURL / downloadFile), deletion; limits on size and type.
 */
export class StorageService {
  readonly limits: StorageLimits
  private readonly store: FileStore
  private readonly envId: string
  private readonly signingKey: string
  private readonly baseUrl: () => string

  constructor(options: { store: FileStore; envId: string; signingKey: string; limits: StorageLimits; baseUrl: () => string }) {
    this.store = options.store
    this.envId = options.envId
    this.signingKey = options.signingKey
    this.limits = options.limits
    this.baseUrl = options.baseUrl
  }

  fileIdOf(cloudPath: string): string {
    return toFileId(this.envId, cloudPath)
  }

  /** storage.getUploadMetadata: where and how the SDK PUTs the file. Refuses disallowed types early. */
  uploadMetadata(cloudPath: unknown): { url: string; token: string; authorization: string; fileId: string; cosFileId: string; download_url: string } {
    const path = assertCloudPath(cloudPath)
    this.assertAllowedType(path)
    const expires = Math.floor(Date.now() / 1000) + UPLOAD_URL_MAX_AGE
    return {
      url: this.objectUrl(path),
      token: randomBytes(16).toString('hex'),
      authorization: `${expires}:${this.sign('upload', path, expires)}`,
      fileId: this.fileIdOf(path),
      cosFileId: randomBytes(12).toString('hex'),
      download_url: this.temporaryUrl(path, DEFAULT_URL_MAX_AGE),
    }
  }

  /** Checks the authorization of a PUT to an upload URL. */
  assertUploadAuthorized(cloudPath: string, authorization: string | undefined): void {
    const [expiresText, signature] = (authorization ?? '').split(':')
    const expires = Number(expiresText)
    if (!signature || !Number.isInteger(expires) || expires < Date.now() / 1000 || !this.verify('upload', cloudPath, expires, signature)) {
      throw new StorageRejection('SignatureDoesNotMatch', 'The upload authorization is invalid or expired: ask getUploadMetadata again', 403)
    }
  }

  /** Validates and stores a file (size, allowed extension, magic bytes). */
  async save(cloudPath: string, data: Buffer): Promise<string> {
    this.assertAllowedType(cloudPath)
    if (data.length > this.limits.maxFileBytes) {
      throw new StorageRejection('EntityTooLarge', `Your proposed upload exceeds the maximum allowed size (${this.limits.maxFileBytes} bytes)`, 413)
    }
    const type = FILE_TYPES[extensionOf(cloudPath)]
    if (type?.matches && !type.matches(data)) {
      throw new StorageRejection('InvalidArgument', `The content is not a ${type.mime} file as its extension says`, 400)
    }
    await this.store.put(cloudPath, data)
    return this.fileIdOf(cloudPath)
  }

  read(cloudPath: string): Promise<Buffer | undefined> {
    return this.store.get(cloudPath)
  }

  delete(cloudPath: string): Promise<boolean> {
    return this.store.delete(cloudPath)
  }

  temporaryUrl(cloudPath: string, maxAgeSeconds: number = DEFAULT_URL_MAX_AGE): string {
    const expires = Math.floor(Date.now() / 1000) + Math.max(1, Math.floor(maxAgeSeconds))
    return `${this.objectUrl(cloudPath)}?t=${expires}&sign=${this.sign('download', cloudPath, expires)}`
  }

  isDownloadAuthorized(cloudPath: string, expiresText: string | null, signature: string | null): boolean {
    const expires = Number(expiresText)
    return signature !== null && Number.isInteger(expires) && expires >= Date.now() / 1000 && this.verify('download', cloudPath, expires, signature)
  }

  /** Paths are left unencoded (as CloudBase's temp URLs are): the SDK encodeURI()s them before use. */
  private objectUrl(cloudPath: string): string {
    return `${this.baseUrl()}${OBJECTS_PATH}${cloudPath}`
  }

  private assertAllowedType(cloudPath: string): void {
    const extension = extensionOf(cloudPath)
    if (!this.limits.allowedExtensions.includes(extension)) {
      throw new EmulatorError(
        ERROR_CODES.INVALID_PARAM,
        `[InvalidParameter] file type ".${extension}" is not accepted (allowed: ${this.limits.allowedExtensions.join(', ')})`,
      )
    }
  }

  private sign(purpose: string, cloudPath: string, expires: number): string {
    return createHmac('sha256', this.signingKey).update(`${purpose}\n${cloudPath}\n${expires}`).digest('hex')
  }

  private verify(purpose: string, cloudPath: string, expires: number, signature: string): boolean {
    const expected = Buffer.from(this.sign(purpose, cloudPath, expires))
    const actual = Buffer.from(signature)
    return expected.length === actual.length && timingSafeEqual(expected, actual)
  }
}

