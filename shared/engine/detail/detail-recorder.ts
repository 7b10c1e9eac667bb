import type { ItemView, Recorder } from '../evaluate/evaluation-context';
import type { BlockScore, ReviewScore } from '../result.types';
import type { TraceLine } from '../trace';
import type { MemberItemViews } from './item-views';

/** Keeps what one member's evaluation tells: the trace lines, each block's score by period, the review results. */
export class DetailRecorder implements Recorder {
  readonly lines: TraceLine[] = [];
  /** period (−1 = year) → block index → score */
  readonly blocks = new Map<number, Map<number, BlockScore>>();
  readonly reviewsByCategory = new Map<number, ReviewScore[]>();

  constructor(private readonly views: MemberItemViews) {}

  line(line: TraceLine): void {
    this.lines.push(line);
  }

  block(period: number, block: number, score: BlockScore): void {
    let map = this.blocks.get(period);
    if (!map) this.blocks.set(period, (map = new Map()));
    map.set(block, score);
  }

  reviews(category: number, reviews: ReviewScore[]): void {
    this.reviewsByCategory.set(category, reviews);
  }

  itemView(period: number): ItemView {
    return period < 0 ? this.views.year : this.views.period[period];
  }
}
