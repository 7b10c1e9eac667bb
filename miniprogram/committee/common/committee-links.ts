import { PAGES } from '../../common/pages';

const query = (fields: Record<string, string | number>) =>
  Object.entries(fields)
    .filter(([, value]) => value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');

/** A branch's admin pages as a committee admin opens them (the admin subpackage reads ?branch=&name=). */
export const branchAdminUrl = (branchId: string, name: string) => `${PAGES.admin}?${query({ branch: branchId, name })}`;

/** The scheme page for a branch and year, with the scheme it has now (none: first choice). */
export function schemeUrl(fields: {
  branch: string;
  name: string;
  year: number;
  scheme: string;
  version: number;
  committee?: string;
}): string {
  return `${PAGES.committeeScheme}?${query({ ...fields, committee: fields.committee ?? '' })}`;
}
