/**
 * What the reports room needs from outside, as ports it owns (adapters in server/adapters implement
 * them; server/runtime/services.ts wires them): the photo store and WeChat's content checks.
 */

/** Report photos in cloud storage. */
export interface PhotoStore {
  /**
   * Checks that the photos are files of this environment's storage (FORBIDDEN PHOTO_OTHER_ENV), that
   * they exist (VALIDATION PHOTO_MISSING) and that their bytes are an image (VALIDATION PHOTO_NOT_IMAGE);
   * answers their temporary URLs (1 hour) for the image checks.
   */
  requireImages(photos: readonly string[]): Promise<string[]>;
  /** Temporary links (2 hours) for showing photos, after the function's own authorization; null for a missing file. */
  links(fileIds: readonly string[]): Promise<Map<string, string | null>>;
}

/** WeChat's content security checks. */
export interface ContentCheck {
  /** 'risky' text refuses the report (CONTENT_REJECTED TEXT_RISKY); 'review' lets it through, flagged. */
  requireCleanText(openid: string, content: string): Promise<'pass' | 'review'>;
  /** Starts the asynchronous image check of each photo; the trace ids (null where the call failed). */
  startImageChecks(openid: string, mediaUrls: readonly string[]): Promise<(string | null)[]>;
}
