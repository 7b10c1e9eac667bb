import { z } from 'zod';

/**
 * What every export answers: the .xlsx in cloud storage (under exports/, which only the functions write
 * and no client may read directly), a temporary link to download it with (wx.downloadFile, then
 * wx.openDocument with fileType 'xlsx'), when that link stops working, and the file's name to show or
 * save it under.
 */
export const ExportFile = z
  .object({
    fileId: z.string(),
    url: z.string(),
    /** ISO time the link stops working (an hour after the export); ask again for a new one. */
    expiresAt: z.string(),
    /** E.g. 表B 年度积分考核表（西坡村党支部 2026年度）.xlsx */
    fileName: z.string(),
  })
  .strict();
export type ExportFile = z.infer<typeof ExportFile>;
