import { answerAppeal } from '../../shared/contracts/publications/answer-appeal.schema';
import { appealQueue } from '../../shared/contracts/publications/appeal-queue.schema';
import { confirmPeriod } from '../../shared/contracts/publications/confirm-period.schema';
import { draftPublication } from '../../shared/contracts/publications/draft-publication.schema';
import { fileAppeal } from '../../shared/contracts/publications/file-appeal.schema';
import { finalizePublication } from '../../shared/contracts/publications/finalize-publication.schema';
import { myAppeals } from '../../shared/contracts/publications/my-appeals.schema';
import { listPublications } from '../../shared/contracts/publications/list-publications.schema';
import { publicationBoard } from '../../shared/contracts/publications/publication-board.schema';
import { publishPeriod } from '../../shared/contracts/publications/publish-period.schema';
import { setBoardSettings } from '../../shared/contracts/publications/set-board-settings.schema';
import { verifySeals } from '../../shared/contracts/publications/verify-seals.schema';
import { route, RouteMap } from '../../server/runtime/route';
import { answerAppealHandler } from './actions/answer-appeal.handler';
import { appealQueueHandler } from './actions/appeal-queue.handler';
import { confirmPeriodHandler } from './actions/confirm-period.handler';
import { draftPublicationHandler } from './actions/draft-publication.handler';
import { fileAppealHandler } from './actions/file-appeal.handler';
import { finalizePublicationHandler } from './actions/finalize-publication.handler';
import { listPublicationsHandler } from './actions/list-publications.handler';
import { myAppealsHandler } from './actions/my-appeals.handler';
import { publicationBoardHandler } from './actions/publication-board.handler';
import { publishPeriodHandler } from './actions/publish-period.handler';
import { setBoardSettingsHandler } from './actions/set-board-settings.handler';
import { verifySealsHandler } from './actions/verify-seals.handler';

/** The publications function's actions: one contract + one handler each. */
export const publicationsRoutes = {
  draftPublication: route(draftPublication, draftPublicationHandler),
  publishPeriod: route(publishPeriod, publishPeriodHandler),
  listPublications: route(listPublications, listPublicationsHandler),
  publicationBoard: route(publicationBoard, publicationBoardHandler),
  finalizePublication: route(finalizePublication, finalizePublicationHandler),
  fileAppeal: route(fileAppeal, fileAppealHandler),
  answerAppeal: route(answerAppeal, answerAppealHandler),
  appealQueue: route(appealQueue, appealQueueHandler),
  confirmPeriod: route(confirmPeriod, confirmPeriodHandler),
  verifySeals: route(verifySeals, verifySealsHandler),
  setBoardSettings: route(setBoardSettings, setBoardSettingsHandler),
  myAppeals: route(myAppeals, myAppealsHandler),
} satisfies RouteMap;
