import type { Scheme } from '../../scheme/schema';

/** By band index: 1 where the band's code is listed. */
export function gradeMask(scheme: Scheme, codes: readonly string[] | undefined): Uint8Array | null {
  if (!codes) return null;
  return Uint8Array.from(scheme.grading?.bands ?? [], (band) => (codes.includes(band.code) ? 1 : 0));
}
