import { errors } from '../errors';

export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** A small, binary-safe multipart/form-data parser (form-data, wx.uploadFile). */
export function parseMultipart(body: Buffer, contentTypeHeader: string): MultipartPart[] {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentTypeHeader);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw errors.invalidParam('multipart body without boundary');
  const delimiter = Buffer.from(`--${boundary.trim()}`);
  const parts: MultipartPart[] = [];
  let position = body.indexOf(delimiter);
  if (position < 0) throw errors.invalidParam('malformed multipart body: no boundary found');
  for (;;) {
    position += delimiter.length;
    if (body.subarray(position, position + 2).toString() === '--') return parts;
    if (body.subarray(position, position + 2).toString() !== '\r\n') throw errors.invalidParam('malformed multipart body');
    position += 2;
    const headerEnd = body.indexOf('\r\n\r\n', position);
    if (headerEnd < 0) throw errors.invalidParam('malformed multipart body: part without headers');
    const headers = body.subarray(position, headerEnd).toString('utf8');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) throw errors.invalidParam('malformed multipart body: unterminated part');
    parts.push(toPart(headers, body.subarray(headerEnd + 4, next)));
    if (parts.length > 1000) throw errors.invalidParam('too many multipart parts');
    position = next + 2;
  }
}

function toPart(headerText: string, data: Buffer): MultipartPart {
  let name: string | undefined;
  let filename: string | undefined;
  let contentType: string | undefined;
  for (const line of headerText.split('\r\n')) {
    const separator = line.indexOf(':');
    if (separator < 0) continue;
    const key = line.slice(0, separator).trim().toLowerCase();
    const value = line.slice(separator + 1).trim();
    if (key === 'content-disposition') {
      name = /\bname="([^"]*)"/i.exec(value)?.[1];
      filename = /\bfilename="([^"]*)"/i.exec(value)?.[1];
    } else if (key === 'content-type') {
      contentType = value;
    }
  }
  if (name === undefined) throw errors.invalidParam('multipart part without a name');
  return { name, filename, contentType, data };
}

/** Fields as the SDK signed them: binary parts (with a type or a file name) as Buffers, others as text. */
export function multipartFields(parts: MultipartPart[]): Record<string, string | Buffer> {
  const fields: Record<string, string | Buffer> = {};
  for (const part of parts) {
    fields[part.name] = part.contentType !== undefined || part.filename !== undefined ? part.data : part.data.toString('utf8');
  }
  return fields;
}
