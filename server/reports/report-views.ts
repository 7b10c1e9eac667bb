import type { ReportView } from '../../shared/contracts/reports/report-view.schema';
import type { ReportDoc } from './report.doc';
import type { PhotoStore } from './report-media';
import { reportView } from './report-view';

/** Reports as the contracts show them, each photo with its temporary link (no request when there are no photos). */
export async function reportViews(photos: PhotoStore, reports: readonly ReportDoc[]): Promise<ReportView[]> {
  const links = await photos.links(reports.flatMap((r) => r.photos));
  return reports.map((report) => reportView(report, links));
}

export async function reportViewWithLinks(photos: PhotoStore, report: ReportDoc): Promise<ReportView> {
  const [view] = await reportViews(photos, [report]);
  return view;
}
