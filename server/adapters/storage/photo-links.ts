import type { ReportView } from '../../../shared/contracts/reports/report-view.schema';
import type { ReportDoc } from '../../reports/report.doc';
import type { Services } from '../../runtime/services';
import { reportView } from '../../reports/report-view';

/** How long a photo link handed out with a report works (a review session; the page asks again after). */
export const PHOTO_LINK_MAX_AGE_SECONDS = 2 * 3600;
/** CloudBase's getTempFileURL takes at most 50 files a call. */
const TEMP_URLS_PER_CALL = 50;

/**
 * Temporary download URLs for photos. Storage rules let only the uploader read a file directly, so
 * reviewers (and the member alike) see photos through these links, which the function hands out after
 * its own authorization. One storage request per 50 photos, in parallel; a missing file maps to null.
 */
export async function photoLinks(services: Pick<Services, 'app'>, fileIds: readonly string[]): Promise<Map<string, string | null>> {
  const unique = [...new Set(fileIds)];
  const links = new Map<string, string | null>();
  const batches: string[][] = [];
  for (let i = 0; i < unique.length; i += TEMP_URLS_PER_CALL) batches.push(unique.slice(i, i + TEMP_URLS_PER_CALL));
  await Promise.all(
    batches.map(async (batch) => {
      const { fileList } = await services.app.getTempFileURL({
        fileList: batch.map((fileID) => ({ fileID, maxAge: PHOTO_LINK_MAX_AGE_SECONDS })),
      });
      for (const fileId of batch) {
        const found = fileList.find((f) => f.fileID === fileId);
        links.set(fileId, found && found.code === 'SUCCESS' && found.tempFileURL ? found.tempFileURL : null);
      }
    }),
  );
  return links;
}

/** Reports as the contracts show them, each photo with its temporary link (no request when there are no photos). */
export async function reportViews(services: Pick<Services, 'app'>, reports: readonly ReportDoc[]): Promise<ReportView[]> {
  const links = await photoLinks(
    services,
    reports.flatMap((r) => r.photos),
  );
  return reports.map((report) => reportView(report, links));
}

export async function reportViewWithLinks(services: Pick<Services, 'app'>, report: ReportDoc): Promise<ReportView> {
  const [view] = await reportViews(services, [report]);
  return view;
}
