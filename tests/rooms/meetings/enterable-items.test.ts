import type { SchemeInput } from '../../../shared/scheme';
import { compileScheme } from '../../../shared/engine';
import { enterableItems } from '../../../server/meetings/recording-form';
import type { BranchYear } from '../../../server/schemes/branch-year';
import type { BranchYearDoc } from '../../../server/schemes/scheme.doc';
import { aScheme, anItem } from '../../support/scheme-mothers';

/** A scheme whose year-end item is a count threshold over an item the recorder enters (全年缺席不多于1次 加5分). */
const categories: SchemeInput['categories'] = [
  {
    code: 'life',
    name: '组织生活',
    scope: 'period',
    items: [
      anItem('life.absent', { kind: 'fixed', value: -1 }, '缺席三会一课'),
      anItem('life.veto', { kind: 'veto', effect: 'zeroYear' }, '一票否决'),
    ],
    source: '测试',
  },
  {
    code: 'year',
    name: '年终认定',
    scope: 'year',
    items: [
      anItem(
        'year.fewAbsences',
        { kind: 'countThreshold', counts: ['life.absent'], atMost: 1, value: 5, scope: 'year' },
        '全年缺席不多于1次',
      ),
    ],
    source: '测试',
  },
];
const scheme = aScheme({ categories });
const branchYear: BranchYear = { doc: {} as BranchYearDoc, scheme, compiled: compileScheme(scheme) };

describe('enterableItems: what the recording form offers an officer', () => {
  it('offers the items an officer enters, vetoes to the secretary only, and never a count threshold (the engine gives it)', () => {
    expect(enterableItems(branchYear, 'recorder').map((item) => item.code)).toEqual(['life.absent']);
    expect(enterableItems(branchYear, 'secretary').map((item) => item.code)).toEqual(['life.absent', 'life.veto']);
  });
});
