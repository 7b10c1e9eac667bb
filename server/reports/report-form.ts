import type { ReportItem, ReportItemPoints } from '../../shared/contracts/reports/report-form.schema';
import type { Item, Scheme } from '../../shared/scheme';

/** A report item's points as the member reads them; null for items no member reports (vetoes). */
function pointsOf(points: Item['points']): ReportItemPoints | null {
  switch (points.kind) {
    case 'fixed':
      return { kind: 'fixed', value: points.value };
    case 'perOccurrence':
      return { kind: 'perOccurrence', value: points.value, unit: points.unit, maxQuantity: points.maxQuantity };
    case 'levels':
      return { kind: 'levels', levels: points.levels.map((l) => ({ code: l.code, name: l.name, value: l.value })) };
    case 'veto':
      return null;
    default:
      // range, and any other kind the reviewer judges within bounds (a pledge): the reviewer picks the points.
      return 'min' in points && 'max' in points ? { kind: 'range', min: points.min, max: points.max, step: points.step } : null;
  }
}

function reportItem(item: Item, section: string | null, scheme: Scheme, memberPosts: readonly string[]): ReportItem | null {
  const points = pointsOf(item.points);
  if (!points || item.enteredBy !== 'member') return null;
  const catalog = scheme.posts?.catalog ?? [];
  return {
    code: item.code,
    name: item.name,
    section,
    description: item.description ?? null,
    points,
    evidence: { photo: item.evidence.photo, attestation: item.evidence.attestation, hint: item.evidence.hint ?? null },
    posts: item.requiresPost ? memberPosts.map((code) => ({ code, name: catalog.find((p) => p.code === code)?.name ?? code })) : null,
  };
}

/**
 * The items a member may report (entered by members in the scheme), by category in the scheme's order,
 * sections' items after the category's own; categories without any are left out.
 */
export function reportCategories(scheme: Scheme, memberPosts: readonly string[]) {
  return scheme.categories
    .map((category) => ({
      code: category.code,
      name: category.name,
      items: [
        ...category.items.map((item) => reportItem(item, null, scheme, memberPosts)),
        ...category.sections.flatMap((section) => section.items.map((item) => reportItem(item, section.name, scheme, memberPosts))),
      ].filter((item): item is ReportItem => item !== null),
    }))
    .filter((category) => category.items.length > 0);
}
