import { committeeForm } from './committee-form.schema';
import { decideGrades } from './decide-grades.schema';
import { myYear } from './my-year.schema';
import { proposeGrades } from './propose-grades.schema';
import { saveReviews } from './save-reviews.schema';
import { yearTable } from './year-table.schema';

/** Every action of the year function (民主评议、年度等次的拟定与审定). */
export const YEAR_CONTRACTS = { saveReviews, yearTable, proposeGrades, decideGrades, committeeForm, myYear };
