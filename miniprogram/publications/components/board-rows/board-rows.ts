import type { RowView } from '../../common/publication-view';

/**
 * The board's rows (公示表), as the paper form D lists them: names in pinyin order, each with the period's
 * score, plus and minus, the year so far and the grade (and the place, only when the branch shows rankings).
 * The caller's own row is marked. Sizes follow the page's --scale (care mode).
 */
Component({
  properties: {
    rows: { type: Array, value: [] as RowView[] },
  },
});
