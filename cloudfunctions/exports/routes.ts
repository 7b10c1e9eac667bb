import { approvalForm } from '../../shared/contracts/exports/approval-form.schema';
import { boardForm } from '../../shared/contracts/exports/board-form.schema';
import { recordForm } from '../../shared/contracts/exports/record-form.schema';
import { summaryForm } from '../../shared/contracts/exports/summary-form.schema';
import { yearForm } from '../../shared/contracts/exports/year-form.schema';
import { route, RouteMap } from '../../server/runtime/route';
import { approvalFormHandler } from './actions/approval-form.handler';
import { boardFormHandler } from './actions/board-form.handler';
import { recordFormHandler } from './actions/record-form.handler';
import { summaryFormHandler } from './actions/summary-form.handler';
import { yearFormHandler } from './actions/year-form.handler';

/** The exports function's actions: one contract + one handler each. */
export const exportsRoutes = {
  recordForm: route(recordForm, recordFormHandler),
  yearForm: route(yearForm, yearFormHandler),
  approvalForm: route(approvalForm, approvalFormHandler),
  boardForm: route(boardForm, boardFormHandler),
  summaryForm: route(summaryForm, summaryFormHandler),
} satisfies RouteMap;
