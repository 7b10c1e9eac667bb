import type { Command } from './document-source';

type AggregateCommand = Command['aggregate'];

/** A `$group` accumulator counting the grouped documents for which `condition` holds. */
export function countIf($: AggregateCommand, condition: unknown): unknown {
  return $.sum($.cond({ if: condition, then: 1, else: 0 }));
}
