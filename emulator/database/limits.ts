/**
 * CloudBase document-database limits the emulator enforces, so that code passing locally passes in production.
 * Sources: ../shared/docs/cloudbase.md; WeChat docs "Collection.limit: 云函数端默认及最大上限为 1000";
 * @cloudbase/database query.js (sends limit 100 when none is given, clamps to 1000);
 * WeChat community reports for aggregate (20 results without a $limit stage, 10 000 at most);
 * the node-sdk transaction tests (transactions expire after 30 s).
 */
export const DATABASE_LIMITS = {
  /** get(): at most this many documents per call, whatever limit is asked. */
  maxGetLimit: 1000,
  /** get() without limit. */
  defaultGetLimit: 100,
  /** aggregate() without any $limit stage returns at most this many documents. */
  aggregateDefaultLimit: 20,
  /** aggregate() never returns more than this. */
  aggregateMaxLimit: 10000,
  maxCollections: 100,
  maxIndexesPerCollection: 100,
  /** BSON size of one document. */
  maxDocumentBytes: 16 * 1024 * 1024,
  transactionTimeoutMs: 30_000,
} as const;

/** Collection names CloudBase accepts (conservative: letters, digits, '_' and '-'). */
export const COLLECTION_NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
