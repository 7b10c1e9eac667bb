import { Aggregator } from 'mingo/aggregator';
import { Context } from 'mingo/core';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import { Query } from 'mingo/query';
import { update } from 'mingo/updater';
import { compileJsonSchema } from './json-schema';
import { MONGODB_EXPRESSION_OPERATORS, MONGODB_QUERY_OPERATORS } from './mongodb-operators';

/**
 * mingo (MongoDB semantics for JS objects) with the emulator's corrections where it differs from
 * MongoDB (mongodb-operators.ts) and a $jsonSchema validator (json-schema.ts). mingo's default entry
 * point merges its own operators over any given ones, so the context is built from its modules.
 */
const CONTEXT = Context.init({
  accumulator: { ...accumulatorOperators },
  expression: { ...expressionOperators, ...MONGODB_EXPRESSION_OPERATORS },
  pipeline: { ...pipelineOperators },
  projection: { ...projectionOperators },
  query: { ...queryOperators, ...MONGODB_QUERY_OPERATORS },
  window: { ...windowOperators },
});

/** Scripts ($where, $function, $accumulator) are disabled, like in CloudBase. */
export const MINGO_OPTIONS = { scriptEnabled: false, context: CONTEXT, jsonSchemaValidator: compileJsonSchema } as const;

export { Aggregator, Query, update };
