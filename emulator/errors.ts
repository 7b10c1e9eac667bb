/**
 * Error codes the emulator answers with, taken from CloudBase where the SDKs or the docs reveal them:
 * - @cloudbase/database dist/commonjs/const/code.js (DATABASE_TRANSACTION_CONFLICT, INVALID_PARAM, ...)
 * - wx-server-sdk TCB_ERR_CODE (DATABASE_COLLECTION_NOT_EXIST = -502005, DATABASE_INVALID_OPERRATOR, ...)
 * - https://docs.cloudbase.net/error-code/basic (SIGN_PARAM_INVALID, EXCEED_REQUEST_SIZE_LIMIT, INVALID_ACTION, ...)
 * Messages follow CloudBase's "[Category] text. Please check your request, ..." style where it is known.
 */
export const ERROR_CODES = {
  SYS_ERR: 'SYS_ERR',
  INVALID_PARAM: 'INVALID_PARAM',
  INVALID_ACTION: 'INVALID_ACTION',
  INVALID_PATH: 'INVALID_PATH',
  EXCEED_REQUEST_SIZE_LIMIT: 'EXCEED_REQUEST_SIZE_LIMIT',
  SIGN_PARAM_INVALID: 'SIGN_PARAM_INVALID',
  DATABASE_REQUEST_FAILED: 'DATABASE_REQUEST_FAILED',
  DATABASE_INVALID_OPERRATOR: 'DATABASE_INVALID_OPERRATOR',
  DATABASE_COLLECTION_NOT_EXIST: 'DATABASE_COLLECTION_NOT_EXIST',
  DATABASE_COLLECTION_ALREADY_EXIST: 'DATABASE_COLLECTION_ALREADY_EXIST',
  DATABASE_COLLECTION_EXCEED_LIMIT: 'DATABASE_COLLECTION_EXCEED_LIMIT',
  DATABASE_DUPLICATE_WRITE: 'DATABASE_DUPLICATE_WRITE',
  DATABASE_TRANSACTION_CONFLICT: 'DATABASE_TRANSACTION_CONFLICT',
  DATABASE_TRANSACTION_FAIL: 'DATABASE_TRANSACTION_FAIL',
  STORAGE_REQUEST_FAIL: 'STORAGE_REQUEST_FAIL',
  STORAGE_FILE_NONEXIST: 'STORAGE_FILE_NONEXIST',
  FUNCTIONS_EXECUTE_FAIL: 'FUNCTIONS_EXECUTE_FAIL',
  FUNCTION_NOT_FOUND: 'ResourceNotFound.Function',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

const SUFFIX = 'Please check your request, but if the problem persists, contact us.';

/** An error with a stable CloudBase code; only the HTTP layer turns it into a reply. */
export class EmulatorError extends Error {
  readonly code: ErrorCode;
  /** HTTP status used by the emulator's own (non-SDK) endpoints; the SDK gateway always answers 200. */
  readonly httpStatus: number;

  constructor(code: ErrorCode, message: string, httpStatus = 400) {
    super(message);
    this.name = 'EmulatorError';
    this.code = code;
    this.httpStatus = httpStatus;
  }
}

export const errors = {
  invalidParam: (detail: string) => new EmulatorError(ERROR_CODES.INVALID_PARAM, `[InvalidParameter] ${detail}`),
  invalidAction: (action: string) =>
    new EmulatorError(ERROR_CODES.INVALID_ACTION, `[InvalidAction] action "${action}" is not supported by the emulator`),
  collectionNotExist: (name: string) =>
    new EmulatorError(ERROR_CODES.DATABASE_COLLECTION_NOT_EXIST, `[ResourceNotFound] Db or Table not exist: ${name}. ${SUFFIX}`, 404),
  collectionAlreadyExist: (name: string) =>
    new EmulatorError(
      ERROR_CODES.DATABASE_COLLECTION_ALREADY_EXIST,
      `[ResourceUnavailable.ResourceExist] Table exist: ${name}. ${SUFFIX}`,
      409,
    ),
  collectionExceedLimit: (limit: number) =>
    new EmulatorError(
      ERROR_CODES.DATABASE_COLLECTION_EXCEED_LIMIT,
      `[LimitExceeded] at most ${limit} collections per environment. ${SUFFIX}`,
    ),
  invalidOperator: (detail: string) => new EmulatorError(ERROR_CODES.DATABASE_INVALID_OPERRATOR, `[InvalidParameter] ${detail}`),
  requestFailed: (detail: string) => new EmulatorError(ERROR_CODES.DATABASE_REQUEST_FAILED, `[FailedOperation] ${detail}`),
  duplicateWrite: (collection: string, index: string, key: string) =>
    new EmulatorError(
      ERROR_CODES.DATABASE_DUPLICATE_WRITE,
      `[ResourceUnavailable.DuplicateWrite] E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${key}. ${SUFFIX}`,
      409,
    ),
  transactionConflict: () =>
    new EmulatorError(
      ERROR_CODES.DATABASE_TRANSACTION_CONFLICT,
      `[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. ${SUFFIX}`,
      409,
    ),
  transactionNotExist: () =>
    new EmulatorError(
      ERROR_CODES.DATABASE_TRANSACTION_FAIL,
      `[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. ${SUFFIX}`,
    ),
  notInTransaction: (what: string) =>
    new EmulatorError(
      ERROR_CODES.DATABASE_INVALID_OPERRATOR,
      `[InvalidParameter] ${what} is not allowed inside a transaction: only single-document operations (doc().get/set/update/remove, add of one document) are`,
    ),
  bodyTooLarge: (limit: number) =>
    new EmulatorError(ERROR_CODES.EXCEED_REQUEST_SIZE_LIMIT, `[LimitExceeded] request body exceeds ${limit} bytes`, 413),
  signature: (detail: string) => new EmulatorError(ERROR_CODES.SIGN_PARAM_INVALID, `[AuthFailure.SignatureFailure] ${detail}`, 401),
  fileNotExist: (fileID: string) => new EmulatorError(ERROR_CODES.STORAGE_FILE_NONEXIST, `storage file not exist: ${fileID}`, 404),
  storage: (detail: string) => new EmulatorError(ERROR_CODES.STORAGE_REQUEST_FAIL, detail),
  functionNotFound: (name: string) =>
    new EmulatorError(ERROR_CODES.FUNCTION_NOT_FOUND, `[ResourceNotFound.Function] function "${name}" is not registered`, 404),
  functionFailed: (name: string, detail: string) =>
    new EmulatorError(ERROR_CODES.FUNCTIONS_EXECUTE_FAIL, `function "${name}" failed: ${detail}`, 500),
  timerNotFound: (fn: string, trigger: string) =>
    new EmulatorError(
      ERROR_CODES.FUNCTION_NOT_FOUND,
      `[ResourceNotFound.Trigger] function "${fn}" has no timer trigger "${trigger}" (cloudfunctions/${fn}/config.json)`,
      404,
    ),
  noRoute: (method: string, path: string) =>
    new EmulatorError(ERROR_CODES.INVALID_PATH, `[InvalidPath] no route for ${method} ${path}`, 404),
  methodNotAllowed: (method: string, path: string) =>
    new EmulatorError(ERROR_CODES.INVALID_PARAM, `[InvalidParameter] method ${method} is not allowed on ${path}`, 405),
  internal: (detail: string) => new EmulatorError(ERROR_CODES.SYS_ERR, `[InternalError] ${detail}`, 500),
};

export function isEmulatorError(value: unknown): value is EmulatorError {
  return value instanceof EmulatorError;
}
