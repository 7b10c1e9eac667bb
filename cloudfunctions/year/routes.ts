import { committeeForm } from '../../shared/contracts/year/committee-form.schema';
import { decideGrades } from '../../shared/contracts/year/decide-grades.schema';
import { myYear } from '../../shared/contracts/year/my-year.schema';
import { proposeGrades } from '../../shared/contracts/year/propose-grades.schema';
import { saveReviews } from '../../shared/contracts/year/save-reviews.schema';
import { yearTable } from '../../shared/contracts/year/year-table.schema';
import { route, RouteMap } from '../../server/runtime/route';
import { committeeFormHandler } from './actions/committee-form.handler';
import { decideGradesHandler } from './actions/decide-grades.handler';
import { myYearHandler } from './actions/my-year.handler';
import { proposeGradesHandler } from './actions/propose-grades.handler';
import { saveReviewsHandler } from './actions/save-reviews.handler';
import { yearTableHandler } from './actions/year-table.handler';

/** The year function's actions: one contract + one handler each. */
export const yearRoutes = {
  saveReviews: route(saveReviews, saveReviewsHandler),
  yearTable: route(yearTable, yearTableHandler),
  proposeGrades: route(proposeGrades, proposeGradesHandler),
  decideGrades: route(decideGrades, decideGradesHandler),
  committeeForm: route(committeeForm, committeeFormHandler),
  myYear: route(myYear, myYearHandler),
} satisfies RouteMap;
