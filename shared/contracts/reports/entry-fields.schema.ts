import { EntryFields, OptionalEntryDetails, ReviewedEntryDetails } from '../../entry-fields';
import { Text } from '../common.schema';

/** The item an entry request names (`itemCode`): a code of the pinned scheme, as shared/entry-fields.ts defines it. */
export const EntryItemCode = EntryFields.shape.item;

/**
 * The item-specific fields of a report or entry as a request gives them (each optional; the pinned
 * scheme decides which ones an item takes): shared/entry-fields.ts defines them.
 */
export const EntryFieldsRequest = OptionalEntryDetails.shape;

/** What a reviewer may change of an entry, as a request gives it: points, level and quantity (the post is the member's). */
export const ReviewedFieldsRequest = ReviewedEntryDetails.shape;

/** Why a reviewer or recorder did something: kept on the ledger line. */
export const Reason = (max: number) => Text({ max, empty: '请填写原因' });
