import { errors } from '../errors';

/**
 * Just enough protobuf for wx-server-sdk's cloud.openapi wire format (src/protobuf/openapi.js):
 *   CommApiData { int32 apiType = 1; OpenApiData openapiData = 2; string appid = 6; ... }
 *   OpenApiData { repeated KeyValuePair pairs = 1; }
 *   KeyValuePair { string key = 1; bytes value = 2; string contenttype = 3; string filename = 4; }
 *   CommOpenApiResp { bytes respData = 1; string contentType = 2; int32 errorCode = 3; ... }
 */
export interface OpenApiPair {
  key: string;
  value: Buffer;
  contentType?: string;
  filename?: string;
}

export interface OpenApiRequest {
  apiType: number;
  pairs: OpenApiPair[];
  appid?: string;
}

interface Field {
  number: number;
  wireType: number;
  value: number | Buffer;
}

function* fields(buffer: Buffer): Generator<Field> {
  let position = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (position >= buffer.length) throw errors.invalidParam('truncated protobuf varint');
      const byte = buffer[position++] as number;
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7;
      if (shift > 63) throw errors.invalidParam('protobuf varint too long');
    }
  };
  while (position < buffer.length) {
    const tag = varint();
    const number = Math.floor(tag / 8);
    const wireType = tag % 8;
    if (wireType === 0) yield { number, wireType, value: varint() };
    else if (wireType === 2) {
      const length = varint();
      if (position + length > buffer.length) throw errors.invalidParam('truncated protobuf field');
      yield { number, wireType, value: buffer.subarray(position, position + length) };
      position += length;
    } else if (wireType === 1) position += 8;
    else if (wireType === 5) position += 4;
    else throw errors.invalidParam(`unsupported protobuf wire type ${wireType}`);
    if (position > buffer.length) throw errors.invalidParam('truncated protobuf message');
  }
}

export function decodeOpenApiRequest(buffer: Buffer): OpenApiRequest {
  const request: OpenApiRequest = { apiType: 0, pairs: [] };
  for (const field of fields(buffer)) {
    if (field.number === 1 && typeof field.value === 'number') request.apiType = field.value;
    else if (field.number === 6 && Buffer.isBuffer(field.value)) request.appid = field.value.toString('utf8');
    else if (field.number === 2 && Buffer.isBuffer(field.value)) {
      for (const pairField of fields(field.value)) {
        if (pairField.number === 1 && Buffer.isBuffer(pairField.value)) request.pairs.push(decodePair(pairField.value));
      }
    }
  }
  return request;
}

function decodePair(buffer: Buffer): OpenApiPair {
  const pair: OpenApiPair = { key: '', value: Buffer.alloc(0) };
  for (const field of fields(buffer)) {
    if (!Buffer.isBuffer(field.value)) continue;
    if (field.number === 1) pair.key = field.value.toString('utf8');
    else if (field.number === 2) pair.value = Buffer.from(field.value);
    else if (field.number === 3) pair.contentType = field.value.toString('utf8');
    else if (field.number === 4) pair.filename = field.value.toString('utf8');
  }
  return pair;
}

export function encodeOpenApiResponse(response: { respData: Buffer; contentType: string; errorCode?: number }): Buffer {
  const parts: Buffer[] = [lengthDelimited(1, response.respData), lengthDelimited(2, Buffer.from(response.contentType, 'utf8'))];
  if (response.errorCode) parts.push(Buffer.concat([encodeVarint(3 * 8), encodeVarint(response.errorCode >>> 0)]));
  return Buffer.concat(parts);
}

function lengthDelimited(number: number, data: Buffer): Buffer {
  return Buffer.concat([encodeVarint(number * 8 + 2), encodeVarint(data.length), data]);
}

function encodeVarint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}
