import { adjustEntry } from '../../shared/contracts/reports/adjust-entry.schema';
import { approveReport } from '../../shared/contracts/reports/approve-report.schema';
import { approveReports } from '../../shared/contracts/reports/approve-reports.schema';
import { listMyReports } from '../../shared/contracts/reports/list-my-reports.schema';
import { recordAttendance } from '../../shared/contracts/reports/record-attendance.schema';
import { recordEntry } from '../../shared/contracts/reports/record-entry.schema';
import { recordingForm } from '../../shared/contracts/reports/recording-form.schema';
import { rejectReport } from '../../shared/contracts/reports/reject-report.schema';
import { reportForm } from '../../shared/contracts/reports/report-form.schema';
import { reviewQueue } from '../../shared/contracts/reports/review-queue.schema';
import { submitReport } from '../../shared/contracts/reports/submit-report.schema';
import { withdrawReport } from '../../shared/contracts/reports/withdraw-report.schema';
import { route, RouteMap } from '../../server/runtime/route';
import { adjustEntryHandler } from './actions/adjust-entry.handler';
import { approveReportHandler } from './actions/approve-report.handler';
import { approveReportsHandler } from './actions/approve-reports.handler';
import { listMyReportsHandler } from './actions/list-my-reports.handler';
import { recordAttendanceHandler } from './actions/record-attendance.handler';
import { recordEntryHandler } from './actions/record-entry.handler';
import { recordingFormHandler } from './actions/recording-form.handler';
import { rejectReportHandler } from './actions/reject-report.handler';
import { reportFormHandler } from './actions/report-form.handler';
import { reviewQueueHandler } from './actions/review-queue.handler';
import { submitReportHandler } from './actions/submit-report.handler';
import { withdrawReportHandler } from './actions/withdraw-report.handler';

/** The reports function's actions: one contract + one handler each. */
export const reportsRoutes = {
  submitReport: route(submitReport, submitReportHandler),
  withdrawReport: route(withdrawReport, withdrawReportHandler),
  listMyReports: route(listMyReports, listMyReportsHandler),
  reviewQueue: route(reviewQueue, reviewQueueHandler),
  approveReport: route(approveReport, approveReportHandler),
  rejectReport: route(rejectReport, rejectReportHandler),
  adjustEntry: route(adjustEntry, adjustEntryHandler),
  recordEntry: route(recordEntry, recordEntryHandler),
  recordAttendance: route(recordAttendance, recordAttendanceHandler),
  reportForm: route(reportForm, reportFormHandler),
  approveReports: route(approveReports, approveReportsHandler),
  recordingForm: route(recordingForm, recordingFormHandler),
} satisfies RouteMap;
