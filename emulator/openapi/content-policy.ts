/**
 * The emulator's stand-in for WeChat's content security model: text containing a configured word is
 * flagged. Labels are WeChat's (security.msgSecCheck v2): 100 normal, 21000 other.
 */
export type Suggest = 'pass' | 'review' | 'risky';

export interface Verdict {
  suggest: Suggest;
  label: number;
  keyword?: string;
}

export const LABEL_NORMAL = 100;
export const LABEL_OTHER = 21000;

export class ContentPolicy {
  private riskyWords: string[];
  private reviewWords: string[];

  constructor(riskyWords: readonly string[] = [], reviewWords: readonly string[] = []) {
    this.riskyWords = normalise(riskyWords);
    this.reviewWords = normalise(reviewWords);
  }

  configure(riskyWords: readonly string[], reviewWords: readonly string[] = []): void {
    this.riskyWords = normalise(riskyWords);
    this.reviewWords = normalise(reviewWords);
  }

  check(...texts: Array<string | undefined>): Verdict {
    const haystack = texts
      .filter((text): text is string => typeof text === 'string')
      .join('\n')
      .toLowerCase();
    const risky = this.riskyWords.find((word) => haystack.includes(word));
    if (risky) return { suggest: 'risky', label: LABEL_OTHER, keyword: risky };
    const review = this.reviewWords.find((word) => haystack.includes(word));
    if (review) return { suggest: 'review', label: LABEL_OTHER, keyword: review };
    return { suggest: 'pass', label: LABEL_NORMAL };
  }
}

function normalise(words: readonly string[]): string[] {
  return words.map((word) => word.trim().toLowerCase()).filter((word) => word !== '');
}
