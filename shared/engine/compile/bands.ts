import { asCenti, Centi, toCenti } from '../../points';
import type { Grading, Stars } from '../../scheme/schema';

export const NO_STARS = -1;
export const NO_GRADE = -1;

const OPEN_BELOW = asCenti(Number.NEGATIVE_INFINITY);

/** Band thresholds in hundredths; −Infinity for the open lowest band. Lists are from the highest down. */
export interface CompiledBands {
  mins: Centi[];
}

/** Star bands: thresholds as for grades, with the stars each gives. */
export interface CompiledStarBands {
  mins: Centi[];
  stars: number[];
}

export function compileGradeBands(grading: Grading | undefined): CompiledBands {
  return { mins: grading ? grading.bands.map((b) => (b.min === undefined ? OPEN_BELOW : toCenti(b.min))) : [] };
}

export function compileStarBands(stars: Stars | undefined): CompiledStarBands {
  return {
    mins: stars ? stars.bands.map((b) => (b.min === undefined ? OPEN_BELOW : toCenti(b.min))) : [],
    stars: stars ? stars.bands.map((b) => b.stars) : [],
  };
}

/** Index of the band a score falls in (bands from the highest). */
export function gradeBandOf(bands: CompiledBands, centi: Centi): number {
  for (let i = 0; i < bands.mins.length; i++) if (centi >= bands.mins[i]) return i;
  return bands.mins.length - 1;
}

/** Stars for a score, or NO_STARS below the lowest band (001: 50分以下无星). */
export function starsOf(bands: CompiledStarBands, centi: Centi): number {
  for (let i = 0; i < bands.mins.length; i++) if (centi >= bands.mins[i]) return bands.stars[i];
  return bands.stars.length > 0 ? 0 : NO_STARS;
}
