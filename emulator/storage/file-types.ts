/**
 * File types the emulator stores, by extension, with the magic bytes that must open the content.
 * Photos are the product's main upload; PDF, spreadsheets and CSV cover exports.
 */
export interface FileType {
  mime: string
  matches?: (data: Buffer) => boolean
}

const startsWith = (...bytes: number[]) => (data: Buffer) => bytes.every((byte, index) => data[index] === byte)
const isJpeg = startsWith(0xff, 0xd8, 0xff)
const isPng = startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
const isGif = (data: Buffer) => data.subarray(0, 4).toString('latin1') === 'GIF8'
const isWebp = (data: Buffer) => data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP'
const isIsoMedia = (data: Buffer) => data.subarray(4, 8).toString('latin1') === 'ftyp'
const isPdf = (data: Buffer) => data.subarray(0, 5).toString('latin1') === '%PDF-'
const isZip = startsWith(0x50, 0x4b, 0x03, 0x04)

export const FILE_TYPES: Record<string, FileType> = {
  jpg: { mime: 'image/jpeg', matches: isJpeg },
  jpeg: { mime: 'image/jpeg', matches: isJpeg },
  png: { mime: 'image/png', matches: isPng },
  gif: { mime: 'image/gif', matches: isGif },
  webp: { mime: 'image/webp', matches: isWebp },
  heic: { mime: 'image/heic', matches: isIsoMedia },
  pdf: { mime: 'application/pdf', matches: isPdf },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', matches: isZip },
  csv: { mime: 'text/csv; charset=utf-8' },
  txt: { mime: 'text/plain; charset=utf-8' },
}

export const DEFAULT_ALLOWED_EXTENSIONS = Object.keys(FILE_TYPES)

export function extensionOf(cloudPath: string): string {
  const name = cloudPath.slice(cloudPath.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

export function mimeOf(cloudPath: string): string {
  return FILE_TYPES[extensionOf(cloudPath)]?.mime ?? 'application/octet-stream'
}
