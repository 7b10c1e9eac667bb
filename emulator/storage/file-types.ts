/**
 * File types the emulator stores, by extension, with the content type their temporary URLs are served
 * with. Photos are the product's main upload; PDF, spreadsheets and CSV cover exports. Like COS, the
 * emulator does not look inside a file: a ".png" holding text is stored and served as image/png (the
 * product checks report photos by their first bytes, server/domain/report-photos.ts).
 */
export interface FileType {
  mime: string;
}

export const FILE_TYPES: Record<string, FileType> = {
  jpg: { mime: 'image/jpeg' },
  jpeg: { mime: 'image/jpeg' },
  png: { mime: 'image/png' },
  gif: { mime: 'image/gif' },
  webp: { mime: 'image/webp' },
  heic: { mime: 'image/heic' },
  pdf: { mime: 'application/pdf' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  csv: { mime: 'text/csv; charset=utf-8' },
  txt: { mime: 'text/plain; charset=utf-8' },
};

export const DEFAULT_ALLOWED_EXTENSIONS = Object.keys(FILE_TYPES);

export function extensionOf(cloudPath: string): string {
  const name = cloudPath.slice(cloudPath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function mimeOf(cloudPath: string): string {
  return FILE_TYPES[extensionOf(cloudPath)]?.mime ?? 'application/octet-stream';
}
