/**
 * What the mini-program takes from the repo's shared/ at run time, bundled by `npm run build` into
 * miniprogram/shared/index.js (only miniprogramRoot ships). miniprogram/shared/index.d.ts re-exports this
 * file's types, so `tsc` checks the pages against the real contracts before any build.
 */
import { z } from 'zod';

// WeChat's JS engine forbids `new Function`: zod must not even probe for it (its JIT is an optimisation only).
z.config({ jitless: true });

export { CONTRACTS, replyOf } from '../../shared/contracts';
export type { Contract, RequestOf, ResponseOf, Reply, Failure, ErrorCode } from '../../shared/contracts';
export { parseWith } from '../../shared/validation';
export type { FieldProblem, Parsed } from '../../shared/validation';
