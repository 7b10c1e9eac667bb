/**
 * What a report photo must be: an image the phone made — JPEG, PNG, GIF, WebP or HEIC — told by its
 * first bytes, never by its name (storage keeps whatever bytes it is given under any name).
 */
export type ImageType = 'jpeg' | 'png' | 'gif' | 'webp' | 'heic';

/** How many leading bytes the checks read: the signatures plus an ISO-BMFF ftyp box with its brands. */
export const PHOTO_HEAD_BYTES = 64;

/** The extensions a report photo may carry (lower case): the served content type follows the name. */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic'] as const;

export function photoExtensionOf(cloudPath: string): string {
  const name = cloudPath.slice(cloudPath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** HEIF brands of HEVC-coded still images (ISO/IEC 23008-12): what iPhones and Android phones write as .heic. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx']);
/** Generic HEIF brands: a HEIC photo only when a HEVC brand is among the compatible ones. */
const HEIF_BRANDS = new Set(['mif1', 'msf1']);

/**
 * An ISO-BMFF file starts with an `ftyp` box: size (4 bytes), "ftyp", major brand, minor version,
 * compatible brands up to the box size. HEIC when the major brand is a HEVC image brand, or a generic
 * HEIF brand with a HEVC image brand among the compatible ones (an MP4 video, "isom"/"mp42", or an
 * AVIF, "avif", is not HEIC).
 */
function isHeic(bytes: Uint8Array): boolean {
  if (bytes.length < 12 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const major = ascii(bytes, 8, 12);
  if (HEIC_BRANDS.has(major)) return true;
  if (!HEIF_BRANDS.has(major)) return false;
  const boxSize = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const end = Math.min(boxSize, bytes.length);
  for (let at = 16; at + 4 <= end; at += 4) if (HEIC_BRANDS.has(ascii(bytes, at, at + 4))) return true;
  return false;
}

/** The image type the leading bytes announce, or null when they are not one of the accepted images. */
export function imageTypeOf(head: Uint8Array): ImageType | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => head[i] === byte)) return 'png';
  if (head.length >= 6 && (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a')) return 'gif';
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (isHeic(head)) return 'heic';
  return null;
}
