import { adjustEntry } from './adjust-entry.schema';
import { approveReports } from './approve-reports.schema';
import { approveReport } from './approve-report.schema';
import { listMyReports } from './list-my-reports.schema';
import { reportForm } from './report-form.schema';
import { recordAttendance } from './record-attendance.schema';
import { recordEntry } from './record-entry.schema';
import { recordingForm } from './recording-form.schema';
import { rejectReport } from './reject-report.schema';
import { reviewQueue } from './review-queue.schema';
import { submitReport } from './submit-report.schema';
import { withdrawReport } from './withdraw-report.schema';

/** Every action of the reports function (申报、审核、记分、考勤). */
export const REPORTS_CONTRACTS = {
  submitReport,
  withdrawReport,
  listMyReports,
  reviewQueue,
  approveReport,
  rejectReport,
  adjustEntry,
  recordEntry,
  recordAttendance,
  reportForm,
  approveReports,
  recordingForm,
};
