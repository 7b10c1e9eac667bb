import { finalizePublication } from '../../../shared/contracts/publications/finalize-publication.schema';
import { finalizePublication as finalize } from '../../../server/publications/finalize';
import { requirePublication } from '../../../server/publications/publication-access';
import { publicationSummary } from '../../../server/publications/publication-views';
import { Handler } from '../../../server/runtime/route';

/**
 * Makes a publication final (frozen and sealed) once its window is over and every appeal is answered;
 * a final publication is answered as it is. See server/publications/finalize.ts for the requests.
 */
export const finalizePublicationHandler: Handler<typeof finalizePublication> = async (request, { now, access, repos, transaction }) => {
  const publication = await requirePublication(repos, request.publicationId);
  await access.requireBranchRole(publication.branchId, ['secretary', 'committeeAdmin']);
  return publicationSummary(await finalize(repos, transaction, publication, now));
};
