import { listPublications } from '../../../shared/contracts/publications/list-publications.schema';
import { requireBoardReader } from '../../../server/publications/publication-access';
import { publicationSummary } from '../../../server/publications/publication-views';
import { Handler } from '../../../server/runtime/route';

/** A branch's publications of a year, newest first. Database requests: 2–3 (access, the list). */
export const listPublicationsHandler: Handler<typeof listPublications> = async (request, { access, repos }) => {
  await requireBoardReader(access, request.branchId);
  const publications = await repos.publications.ofBranchYear(request.branchId, request.year);
  return { publications: publications.map(publicationSummary) };
};
