import { toCenti, ZERO_CENTI } from '../../points';
import type { Category, Section } from '../../scheme/schema';
import { capOf, compiledCap } from './caps';
import { CompiledBlock, NO_FLOOR, NO_LIMIT } from './compiled-scheme';

/** A category (section −1) or one of its sections, without its items yet; a share's start is set by shareStarts. */
export function compileBlock(source: Category | Section, index: number, category: number, section: number): CompiledBlock {
  const gainCapPeriod = capOf(source.gainCap, 'perPeriod');
  const gainCapYear = capOf(source.gainCap, 'perYear');
  const lossCapPeriod = capOf(source.lossCap, 'perPeriod');
  const lossCapYear = capOf(source.lossCap, 'perYear');
  return {
    index,
    code: source.code,
    name: source.name,
    category,
    section,
    start: toCenti(source.start),
    carryPercent: 'startFromLastYear' in source && source.startFromLastYear ? source.startFromLastYear.percent : 0,
    share: 'share' in source && source.share !== undefined ? source.share : 0,
    // A section with a share of its category's start floors on its own: at 0 unless it says otherwise (扣完为止).
    floor: source.floor !== undefined ? toCenti(source.floor) : 'share' in source && source.share !== undefined ? ZERO_CENTI : NO_FLOOR,
    ceiling: source.ceiling === undefined ? NO_LIMIT : toCenti(source.ceiling),
    gainCapPeriod,
    gainCapYear,
    lossCapPeriod,
    lossCapYear,
    gainCap: compiledCap('gain', index, gainCapPeriod, gainCapYear),
    lossCap: compiledCap('loss', index, lossCapPeriod, lossCapYear),
    items: [],
    gainPool: -1,
    lossPool: -1,
    capped: [],
  };
}
