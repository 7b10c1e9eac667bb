import { publicationBoard } from '../../../shared/contracts/publications/publication-board.schema';
import { finalizationBlocker, finalizePublication } from '../../../server/publications/finalize';
import { ownRowMember, requireBoardReader, requirePublication } from '../../../server/publications/publication-access';
import { appealView, boardView, publicationSummary } from '../../../server/publications/publication-views';
import { reportPhotoPrefix } from '../../../server/reports/photo-rules';
import { Handler } from '../../../server/runtime/route';

/**
 * A publication's board with what the caller may do. A publication whose window is over with every appeal
 * answered is made final first (the board then shows the final numbers).
 *
 * Database requests: 5 — the publication ∥ roles ∥ member records (access), its appeals ∥ its sign-offs
 * (when the scheme asks for them); storage: 1 per 50 appeal photos. Finalizing adds its own once.
 */
export const publicationBoardHandler: Handler<typeof publicationBoard> = async (
  request,
  { openid, now, services, access, repos, transaction },
) => {
  const [found] = await Promise.all([requirePublication(repos, request.publicationId), access.roles(), access.members()]);
  const role = await requireBoardReader(access, found.branchId);
  const publication =
    found.status === 'open' && !(await finalizationBlocker(repos, found, now))
      ? await finalizePublication(repos, transaction, found, now)
      : found;

  const officer = role !== 'member';
  const member = await ownRowMember(access, publication);
  const [appeals, confirmations] = await Promise.all([
    officer || member ? repos.appeals.ofPublication(publication._id) : Promise.resolve([]),
    publication.memberConfirms && (officer || member) ? repos.confirmations.ofPublication(publication._id) : Promise.resolve([]),
  ]);
  const shown = officer ? appeals : appeals.filter((a) => a.memberId === member?._id);
  const links = await services.photos.links(shown.flatMap((a) => a.photos));
  const confirmed = new Map(confirmations.map((c) => [c.memberId, c.confirmedAt]));
  return {
    publication: publicationSummary(publication),
    board: boardView(publication.board),
    me: member
      ? {
          memberId: member._id,
          canAppeal: publication.status === 'open' && now.getTime() <= publication.appealsUntil.getTime(),
          appeals: shown.filter((a) => a.memberId === member._id).map((a) => appealView(a, links, now)),
          confirmationRequired: publication.memberConfirms,
          confirmedAt: confirmed.get(member._id)?.toISOString() ?? null,
          photoFolder: reportPhotoPrefix(openid),
        }
      : null,
    officer: officer
      ? {
          appeals: shown.map((a) => appealView(a, links, now)),
          unconfirmed: publication.memberConfirms
            ? publication.board
                .filter((row) => !row.exempt && !confirmed.has(row.memberId))
                .map((row) => ({ memberId: row.memberId, name: row.name }))
            : [],
        }
      : null,
  };
};
