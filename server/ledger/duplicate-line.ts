/**
 * A line whose source key the ledger holds already (its unique index refused the write): the source was
 * processed before — by a retry, or a concurrent call — and nothing of this write was kept.
 */
export class DuplicateLineError extends Error {
  constructor(readonly sourceKeys: readonly string[]) {
    super(`ledger lines exist already for ${sourceKeys.join(', ')}`);
    this.name = 'DuplicateLineError';
  }
}
