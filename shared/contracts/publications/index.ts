import { answerAppeal } from './answer-appeal.schema';
import { appealQueue } from './appeal-queue.schema';
import { confirmPeriod } from './confirm-period.schema';
import { draftPublication } from './draft-publication.schema';
import { fileAppeal } from './file-appeal.schema';
import { finalizePublication } from './finalize-publication.schema';
import { listPublications } from './list-publications.schema';
import { myAppeals } from './my-appeals.schema';
import { publicationBoard } from './publication-board.schema';
import { publishPeriod } from './publish-period.schema';
import { setBoardSettings } from './set-board-settings.schema';
import { verifySeals } from './verify-seals.schema';

/** Every action of the publications function (公示、异议、签字确认、印章核验). */
export const PUBLICATIONS_CONTRACTS = {
  draftPublication,
  publishPeriod,
  listPublications,
  publicationBoard,
  finalizePublication,
  fileAppeal,
  answerAppeal,
  appealQueue,
  confirmPeriod,
  verifySeals,
  setBoardSettings,
  myAppeals,
};
