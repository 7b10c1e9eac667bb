import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { EmulatorError, ERROR_CODES } from '../errors';
import { assertCloudPath, bucketOf, parseFileId, toFileId } from './cloud-path';
import { extensionOf, FILE_TYPES } from './file-types';
import { ByteRange, FileInfo, FileStore } from './file-store';
import { RuleOperation, StorageRules } from './storage-rules';

export interface StorageLimits {
  /** Largest accepted file. */
  maxFileBytes: number;
  /** Accepted extensions (lower case, without dot). */
  allowedExtensions: string[];
}

/**
 * Who makes a storage call. Server-side SDK calls (the key pair) are admin, as in production; a client
 * call (the mini-program's dev transport) carries the caller's openid, or none, and is bound by the
 * security rules.
 */
export type StorageCaller = { admin: true } | { admin: false; openid: string | null };
export const ADMIN: StorageCaller = { admin: true };
export const clientCaller = (openid: string | null | undefined): StorageCaller => ({ admin: false, openid: openid || null });

/** CloudBase's code for a storage call the security rules refuse (wx-server-sdk: STORAGE_EXCEED_AUTHORITY = -503002, "storage permission denied"). */
export const STORAGE_EXCEED_AUTHORITY = 'STORAGE_EXCEED_AUTHORITY';

/** 10 MB: a compressed phone photo is a few MB; WeChat's own upload cap for images is larger. */
export const DEFAULT_STORAGE_LIMITS: StorageLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  allowedExtensions: Object.keys(FILE_TYPES),
};

/** Temporary download URLs live this long unless the caller asks for another max_age (seconds). */
const DEFAULT_URL_MAX_AGE = 24 * 3600;
const UPLOAD_URL_MAX_AGE = 15 * 60;

export const OBJECTS_PATH = '/_emulator/storage/objects/';

/** A COS-style failure, answered as COS's XML error document to the SDK's PUT upload. */
export class StorageRejection extends Error {
  readonly cosCode: string;
  readonly status: number;
  constructor(cosCode: string, message: string, status: number) {
    super(message);
    this.cosCode = cosCode;
    this.status = status;
  }
}

/**
 * Cloud storage: upload metadata and signed upload URLs (node-sdk uploadFile), signed temporary
 * download URLs served by the emulator (getTempFileURL / downloadFile), deletion; limits on size and type.
 */
export class StorageService {
  readonly limits: StorageLimits;
  private readonly store: FileStore;
  private readonly envId: string;
  private readonly signingKey: string;
  private readonly baseUrl: () => string;
  private readonly rules: StorageRules;

  constructor(options: {
    store: FileStore;
    envId: string;
    signingKey: string;
    limits: StorageLimits;
    baseUrl: () => string;
    rules: StorageRules;
  }) {
    this.store = options.store;
    this.envId = options.envId;
    this.signingKey = options.signingKey;
    this.limits = options.limits;
    this.baseUrl = options.baseUrl;
    this.rules = options.rules;
  }

  fileIdOf(cloudPath: string): string {
    return toFileId(this.envId, cloudPath);
  }

  /**
   * The cloud path a fileID names in this environment's bucket, or undefined when it names another
   * environment or bucket (whose files this one does not hold). INVALID_PARAM when it is not a fileID.
   */
  locate(fileID: unknown): string | undefined {
    const { envId, bucket, cloudPath } = parseFileId(fileID);
    return envId === this.envId && bucket === bucketOf(this.envId) ? cloudPath : undefined;
  }

  /**
   * Whether the security rules let this caller read or write the file at `cloudPath` (`existing`: the
   * file as stored, undefined for one about to be created, whose owner will be the caller).
   */
  permits(caller: StorageCaller, operation: RuleOperation, cloudPath: string, existing: FileInfo | undefined): boolean {
    if (caller.admin) return true;
    return this.rules.allows(operation, {
      auth: caller.openid === null ? null : { openid: caller.openid },
      resource: { openid: existing ? existing.owner : caller.openid, path: cloudPath },
    });
  }

  /** storage.getUploadMetadata: where and how the SDK PUTs the file. Refuses disallowed types early. */
  uploadMetadata(cloudPath: unknown): {
    url: string;
    token: string;
    authorization: string;
    fileId: string;
    cosFileId: string;
    download_url: string;
  } {
    const path = assertCloudPath(cloudPath);
    this.assertAllowedType(path);
    const expires = Math.floor(Date.now() / 1000) + UPLOAD_URL_MAX_AGE;
    return {
      url: this.objectUrl(path),
      token: randomBytes(16).toString('hex'),
      authorization: `${expires}:${this.sign('upload', path, expires)}`,
      fileId: this.fileIdOf(path),
      cosFileId: randomBytes(12).toString('hex'),
      download_url: this.temporaryUrl(path, DEFAULT_URL_MAX_AGE),
    };
  }

  /** Checks the authorization of a PUT to an upload URL. */
  assertUploadAuthorized(cloudPath: string, authorization: string | undefined): void {
    const [expiresText, signature] = (authorization ?? '').split(':');
    const expires = Number(expiresText);
    if (!signature || !Number.isInteger(expires) || expires < Date.now() / 1000 || !this.verify('upload', cloudPath, expires, signature)) {
      throw new StorageRejection(
        'SignatureDoesNotMatch',
        'The upload authorization is invalid or expired: ask getUploadMetadata again',
        403,
      );
    }
  }

  /**
   * Validates and stores a file (size, allowed extension; a client also needs the rules' write
   * permission). Like COS, the content is stored as given: nothing checks that a ".png" holds a PNG.
   * The file's owner becomes the client that wrote it (none for admin writes).
   */
  async save(cloudPath: string, data: Buffer, caller: StorageCaller = ADMIN): Promise<string> {
    this.assertAllowedType(cloudPath);
    if (data.length > this.limits.maxFileBytes) {
      throw new StorageRejection(
        'EntityTooLarge',
        `Your proposed upload exceeds the maximum allowed size (${this.limits.maxFileBytes} bytes)`,
        413,
      );
    }
    if (!caller.admin && !this.permits(caller, 'write', cloudPath, await this.store.stat(cloudPath))) {
      throw new StorageRejection(
        STORAGE_EXCEED_AUTHORITY,
        `storage permission denied: the security rules do not let this caller write ${cloudPath}`,
        403,
      );
    }
    await this.store.put(cloudPath, data, caller.admin ? null : caller.openid);
    return this.fileIdOf(cloudPath);
  }

  read(cloudPath: string, range?: ByteRange): Promise<Buffer | undefined> {
    return this.store.get(cloudPath, range);
  }

  stat(cloudPath: string): Promise<FileInfo | undefined> {
    return this.store.stat(cloudPath);
  }

  delete(cloudPath: string): Promise<boolean> {
    return this.store.delete(cloudPath);
  }

  temporaryUrl(cloudPath: string, maxAgeSeconds: number = DEFAULT_URL_MAX_AGE): string {
    const expires = Math.floor(Date.now() / 1000) + Math.max(1, Math.floor(maxAgeSeconds));
    return `${this.objectUrl(cloudPath)}?t=${expires}&sign=${this.sign('download', cloudPath, expires)}`;
  }

  isDownloadAuthorized(cloudPath: string, expiresText: string | null, signature: string | null): boolean {
    const expires = Number(expiresText);
    return (
      signature !== null &&
      Number.isInteger(expires) &&
      expires >= Date.now() / 1000 &&
      this.verify('download', cloudPath, expires, signature)
    );
  }

  /** Paths are left unencoded (as CloudBase's temp URLs are): the SDK encodeURI()s them before use. */
  private objectUrl(cloudPath: string): string {
    return `${this.baseUrl()}${OBJECTS_PATH}${cloudPath}`;
  }

  private assertAllowedType(cloudPath: string): void {
    const extension = extensionOf(cloudPath);
    if (!this.limits.allowedExtensions.includes(extension)) {
      throw new EmulatorError(
        ERROR_CODES.INVALID_PARAM,
        `[InvalidParameter] file type ".${extension}" is not accepted (allowed: ${this.limits.allowedExtensions.join(', ')})`,
      );
    }
  }

  private sign(purpose: string, cloudPath: string, expires: number): string {
    return createHmac('sha256', this.signingKey).update(`${purpose}\n${cloudPath}\n${expires}`).digest('hex');
  }

  private verify(purpose: string, cloudPath: string, expires: number, signature: string): boolean {
    const expected = Buffer.from(this.sign(purpose, cloudPath, expires));
    const actual = Buffer.from(signature);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
}
