import { errors } from '../errors';
import { isPlainObject, keyOf } from './bson-values';

/**
 * The $jsonSchema query operator (db.command.jsonSchema) as MongoDB implements it: JSON Schema draft 4
 * keywords plus bsonType, without $ref, $schema, default, definitions, format and id. An invalid
 * schema is DATABASE_REQUEST_FAILED, as MongoDB refuses the query. Numbers are typed as the SDK
 * sends them: an integer within 32 bits is an int, any other number a double.
 */
export function compileJsonSchema(schema: Record<string, unknown>): (doc: unknown) => boolean {
  return compile(schema, '$jsonSchema');
}

type Check = (value: unknown) => boolean;
type Keyword = (argument: unknown, schema: Record<string, unknown>, path: string) => Check | undefined;

const bad = (detail: string) => errors.requestFailed(`$jsonSchema: ${detail}`);

function compile(schema: unknown, path: string): Check {
  if (!isPlainObject(schema)) throw bad(`${path} must be an object`);
  if ('type' in schema && 'bsonType' in schema) throw bad(`${path} cannot specify both 'type' and 'bsonType'`);
  const checks: Check[] = [];
  for (const [name, argument] of Object.entries(schema)) {
    const keyword = Object.prototype.hasOwnProperty.call(KEYWORDS, name) ? KEYWORDS[name] : undefined;
    if (!keyword) throw bad(`unknown keyword ${JSON.stringify(name)} in ${path}`);
    const check = keyword(argument, schema, `${path}.${name}`);
    if (check) checks.push(check);
  }
  return (value) => checks.every((check) => check(value));
}

const BSON_TYPES: Record<string, string> = {
  ObjectID: 'objectId',
  ObjectId: 'objectId',
  Long: 'long',
  Decimal128: 'decimal',
  Binary: 'binData',
  Timestamp: 'timestamp',
  Code: 'javascript',
  MinKey: 'minKey',
  MaxKey: 'maxKey',
  Double: 'double',
  Int32: 'int',
  BSONRegExp: 'regex',
  BSONSymbol: 'symbol',
};
const NUMBER_TYPES = new Set(['int', 'long', 'double', 'decimal']);
const JSON_TYPES: Record<string, (bsonType: string) => boolean> = {
  object: (type) => type === 'object',
  array: (type) => type === 'array',
  number: (type) => NUMBER_TYPES.has(type),
  boolean: (type) => type === 'bool',
  string: (type) => type === 'string',
  null: (type) => type === 'null',
};
const KNOWN_BSON_TYPES = new Set([
  ...Object.values(BSON_TYPES),
  'object',
  'array',
  'string',
  'bool',
  'date',
  'null',
  'number',
  'undefined',
]);

function bsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 'int' : 'double';
    case 'undefined':
      return 'undefined';
  }
  const tag = (value as { _bsontype?: unknown })._bsontype;
  if (typeof tag === 'string' && BSON_TYPES[tag]) return BSON_TYPES[tag] as string;
  return 'object';
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  const tag = bsonTypeOf(value);
  if (tag === 'long' || tag === 'double' || tag === 'int') return Number((value as { valueOf(): unknown }).valueOf());
  return undefined;
}

const names = (argument: unknown, path: string): string[] => {
  const list = typeof argument === 'string' ? [argument] : argument;
  if (!Array.isArray(list) || list.length === 0 || !list.every((item) => typeof item === 'string'))
    throw bad(`${path} must be a string or a non-empty array of strings`);
  return list as string[];
};
const text = (argument: unknown, path: string): undefined => {
  if (typeof argument !== 'string') throw bad(`${path} must be a string`);
  return undefined;
};
const count = (argument: unknown, path: string): number => {
  if (typeof argument !== 'number' || !Number.isInteger(argument) || argument < 0) throw bad(`${path} must be a non-negative integer`);
  return argument;
};
const numeric = (argument: unknown, path: string): number => {
  if (typeof argument !== 'number' || !Number.isFinite(argument)) throw bad(`${path} must be a number`);
  return argument;
};
const schemas = (argument: unknown, path: string): Check[] => {
  if (!Array.isArray(argument) || argument.length === 0) throw bad(`${path} must be a non-empty array of schemas`);
  return argument.map((item, index) => compile(item, `${path}[${index}]`));
};
const schemaMap = (argument: unknown, path: string): Array<[string, Check]> => {
  if (!isPlainObject(argument)) throw bad(`${path} must be an object`);
  return Object.entries(argument).map(([name, schema]) => [name, compile(schema, `${path}.${name}`)]);
};
const pattern = (source: unknown, path: string): RegExp => {
  if (typeof source !== 'string') throw bad(`${path} must be a string`);
  try {
    return new RegExp(source, 'u');
  } catch {
    throw bad(`${path} is not a valid regular expression`);
  }
};
const onObjects =
  (check: (value: Record<string, unknown>) => boolean): Check =>
  (value) =>
    !isPlainObject(value) || check(value);
const onArrays =
  (check: (value: unknown[]) => boolean): Check =>
  (value) =>
    !Array.isArray(value) || check(value);
const onStrings =
  (check: (value: string) => boolean): Check =>
  (value) =>
    typeof value !== 'string' || check(value);
const onNumbers =
  (check: (value: number) => boolean): Check =>
  (value) => {
    const number = numberOf(value);
    return number === undefined || check(number);
  };
const presentKeys = (value: Record<string, unknown>): string[] => Object.keys(value).filter((key) => value[key] !== undefined);

const KEYWORDS: Record<string, Keyword> = {
  title: (argument, _schema, path) => text(argument, path),
  description: (argument, _schema, path) => text(argument, path),
  bsonType: (argument, _schema, path) => {
    const types = names(argument, path);
    for (const type of types) if (!KNOWN_BSON_TYPES.has(type)) throw bad(`${path}: unknown BSON type ${JSON.stringify(type)}`);
    return (value) => {
      const actual = bsonTypeOf(value);
      return types.some((type) => type === actual || (type === 'number' && NUMBER_TYPES.has(actual)));
    };
  },
  type: (argument, _schema, path) => {
    const types = names(argument, path);
    for (const type of types)
      if (!JSON_TYPES[type])
        throw bad(`${path}: JSON type ${JSON.stringify(type)} is not supported (MongoDB has no 'integer': use bsonType)`);
    return (value) => types.some((type) => (JSON_TYPES[type] as (bsonType: string) => boolean)(bsonTypeOf(value)));
  },
  enum: (argument, _schema, path) => {
    if (!Array.isArray(argument) || argument.length === 0) throw bad(`${path} must be a non-empty array`);
    const allowed = new Set(argument.map((item) => keyOf(item)));
    return (value) => allowed.has(keyOf(value));
  },
  required: (argument, _schema, path) => {
    if (!Array.isArray(argument)) throw bad(`${path} must be an array of strings`);
    const required = names(argument, path);
    return onObjects((value) => required.every((name) => value[name] !== undefined));
  },
  properties: (argument, _schema, path) => {
    const properties = schemaMap(argument, path);
    return onObjects((value) => properties.every(([name, check]) => value[name] === undefined || check(value[name])));
  },
  patternProperties: (argument, _schema, path) => {
    const patterns = schemaMap(argument, path).map(([source, check]) => [pattern(source, path), check] as const);
    return onObjects((value) =>
      presentKeys(value).every((key) => patterns.every(([regex, check]) => !regex.test(key) || check(value[key]))),
    );
  },
  additionalProperties: (argument, schema, path) => {
    const declared = new Set(isPlainObject(schema['properties']) ? Object.keys(schema['properties']) : []);
    const patterns = isPlainObject(schema['patternProperties'])
      ? Object.keys(schema['patternProperties']).map((source) => pattern(source, path))
      : [];
    const check: Check = typeof argument === 'boolean' ? () => argument : compile(argument, path);
    return onObjects((value) =>
      presentKeys(value).every((key) => declared.has(key) || patterns.some((regex) => regex.test(key)) || check(value[key])),
    );
  },
  minProperties: (argument, _schema, path) => {
    const minimum = count(argument, path);
    return onObjects((value) => presentKeys(value).length >= minimum);
  },
  maxProperties: (argument, _schema, path) => {
    const maximum = count(argument, path);
    return onObjects((value) => presentKeys(value).length <= maximum);
  },
  dependencies: (argument, _schema, path) => {
    if (!isPlainObject(argument)) throw bad(`${path} must be an object`);
    const rules = Object.entries(argument).map(([name, dependency]): [string, Check] => {
      if (Array.isArray(dependency)) {
        const needed = names(dependency, `${path}.${name}`);
        return [name, (value) => needed.every((other) => (value as Record<string, unknown>)[other] !== undefined)];
      }
      return [name, compile(dependency, `${path}.${name}`)];
    });
    return onObjects((value) => rules.every(([name, check]) => value[name] === undefined || check(value)));
  },
  items: (argument, schema, path) => {
    if (!Array.isArray(argument)) {
      const check = compile(argument, path);
      return onArrays((value) => value.every((item) => check(item)));
    }
    const positional = schemas(argument, path);
    const extra = schema['additionalItems'];
    const rest: Check =
      extra === undefined || extra === true ? () => true : extra === false ? () => false : compile(extra, `${path}.additionalItems`);
    return onArrays((value) => value.every((item, index) => (positional[index] ?? rest)(item)));
  },
  additionalItems: (argument, _schema, path) => {
    if (typeof argument !== 'boolean') compile(argument, path);
    return undefined;
  },
  minItems: (argument, _schema, path) => {
    const minimum = count(argument, path);
    return onArrays((value) => value.length >= minimum);
  },
  maxItems: (argument, _schema, path) => {
    const maximum = count(argument, path);
    return onArrays((value) => value.length <= maximum);
  },
  uniqueItems: (argument, _schema, path) => {
    if (typeof argument !== 'boolean') throw bad(`${path} must be a boolean`);
    return argument ? onArrays((value) => new Set(value.map((item) => keyOf(item))).size === value.length) : undefined;
  },
  minimum: (argument, schema, path) => {
    const minimum = numeric(argument, path);
    return onNumbers((value) => (schema['exclusiveMinimum'] === true ? value > minimum : value >= minimum));
  },
  maximum: (argument, schema, path) => {
    const maximum = numeric(argument, path);
    return onNumbers((value) => (schema['exclusiveMaximum'] === true ? value < maximum : value <= maximum));
  },
  exclusiveMinimum: (argument, schema, path) => {
    if (typeof argument !== 'boolean' || !('minimum' in schema)) throw bad(`${path} must be a boolean and needs 'minimum'`);
    return undefined;
  },
  exclusiveMaximum: (argument, schema, path) => {
    if (typeof argument !== 'boolean' || !('maximum' in schema)) throw bad(`${path} must be a boolean and needs 'maximum'`);
    return undefined;
  },
  multipleOf: (argument, _schema, path) => {
    const divisor = numeric(argument, path);
    if (divisor <= 0) throw bad(`${path} must be positive`);
    return onNumbers((value) => Number.isInteger(value / divisor));
  },
  minLength: (argument, _schema, path) => {
    const minimum = count(argument, path);
    return onStrings((value) => [...value].length >= minimum);
  },
  maxLength: (argument, _schema, path) => {
    const maximum = count(argument, path);
    return onStrings((value) => [...value].length <= maximum);
  },
  pattern: (argument, _schema, path) => {
    const regex = pattern(argument, path);
    return onStrings((value) => regex.test(value));
  },
  allOf: (argument, _schema, path) => {
    const checks = schemas(argument, path);
    return (value) => checks.every((check) => check(value));
  },
  anyOf: (argument, _schema, path) => {
    const checks = schemas(argument, path);
    return (value) => checks.some((check) => check(value));
  },
  oneOf: (argument, _schema, path) => {
    const checks = schemas(argument, path);
    return (value) => checks.filter((check) => check(value)).length === 1;
  },
  not: (argument, _schema, path) => {
    const check = compile(argument, path);
    return (value) => !check(value);
  },
};
