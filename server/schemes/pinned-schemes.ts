import { allPresets, Scheme } from '../../shared/scheme';
import type { Repositories } from '../repositories';
import { cachedPinnedScheme, pinnedKeyOf, schemeOf } from './branch-year';
import type { BranchYearPin } from './scheme-repository';

/**
 * The schemes many branch-years pinned, by branch-year id, without reading each one's copy: a scheme this
 * instance parsed already, else the preset of the same id and version (a pinned preset is the preset), else
 * one read of one branch-year per remaining scheme (custom schemes, older preset versions), all at once.
 */
export async function schemesOfPins(
  repos: Pick<Repositories, 'branchYears'>,
  pins: readonly BranchYearPin[],
): Promise<Map<string, Scheme>> {
  const byKey = new Map<string, Scheme>();
  const unread = new Map<string, string>();
  for (const pin of pins) {
    const key = pinnedKeyOf(pin);
    if (byKey.has(key) || unread.has(key)) continue;
    const known =
      cachedPinnedScheme(key) ??
      (pin.source === 'preset' ? allPresets().find((p) => p.id === pin.schemeId && p.version === pin.schemeVersion) : undefined);
    if (known) byKey.set(key, known);
    else unread.set(key, pin._id);
  }
  if (unread.size > 0) {
    for (const doc of await repos.branchYears.byIds([...unread.values()])) byKey.set(pinnedKeyOf(doc), schemeOf(doc).scheme);
  }
  const schemes = new Map<string, Scheme>();
  for (const pin of pins) {
    const scheme = byKey.get(pinnedKeyOf(pin));
    if (scheme) schemes.set(pin._id, scheme);
  }
  return schemes;
}
