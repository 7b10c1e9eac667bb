/** Stars out of five, drawn as ★ and ☆ with the number beside them ("3 星") for those who cannot count small glyphs. */
export const MAX_STARS = 5;

export function starGlyphs(stars: number): { filled: string; empty: string } {
  const count = Math.max(0, Math.min(MAX_STARS, Math.round(stars)));
  return { filled: '★'.repeat(count), empty: '☆'.repeat(MAX_STARS - count) };
}

Component({
  properties: {
    stars: { type: Number, value: 0 },
  },
  data: { filled: '', empty: '' },
  observers: {
    stars(stars: number) {
      this.setData(starGlyphs(stars));
    },
  },
});
