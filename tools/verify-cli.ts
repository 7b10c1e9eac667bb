import tcb from '@cloudbase/node-sdk';
import { parseArgs } from 'node:util';
import { LOCAL_SECRET_ID, LOCAL_SECRET_KEY } from '../emulator/credentials';
import { databaseSource } from '../server/db/document-source';
import { verifySealChain } from '../server/publications/seal-verification';
import { cloudbaseRepositories } from '../server/repositories';

export interface VerifyResult {
  code: number;
  stdout: string;
  stderr: string;
}

const USAGE =
  'usage: npm run verify -- --branch <branchId> [--env <envId>] [--emulator http://127.0.0.1:8790]\n' +
  '  against CloudBase: the key pair from TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY, the environment from --env or ENV_ID';

/** The SDK app the check reads through: the local emulator (its key pair), or a CloudBase environment. */
function appFor(options: { env?: string; emulator?: string }): ReturnType<typeof tcb.init> {
  if (options.emulator) {
    const base = options.emulator.replace(/\/+$/, '');
    return tcb.init({
      env: options.env ?? 'emulator-local',
      secretId: LOCAL_SECRET_ID,
      secretKey: LOCAL_SECRET_KEY,
      serviceUrl: `${base}/admin`,
      timeout: 30_000,
    });
  }
  const env = options.env ?? process.env.ENV_ID;
  if (!env) throw new Error('no environment: give --env <envId> or set ENV_ID');
  return tcb.init({ env, secretId: process.env.TENCENTCLOUD_SECRETID, secretKey: process.env.TENCENTCLOUD_SECRETKEY, timeout: 30_000 });
}

/**
 * `npm run verify -- --branch <id>`: checks a branch's chain of sealed publications through the SDK, with
 * the same code as the publications function's verifySeals — no published number and no counted ledger
 * line changed after finalization. Exit 0 when the chain holds, 1 when a link is broken (named), 2 on usage.
 */
export async function runVerifyCli(argv: string[]): Promise<VerifyResult> {
  let values: { branch?: string; env?: string; emulator?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { branch: { type: 'string' }, env: { type: 'string' }, emulator: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { code: 2, stdout: '', stderr: `${(error as Error).message}\n${USAGE}\n` };
  }
  if (!values.branch) return { code: 2, stdout: '', stderr: `${USAGE}\n` };
  const db = appFor(values).database();
  const check = await verifySealChain(cloudbaseRepositories(databaseSource(db), db.command), values.branch);
  if (check.ok) return { code: 0, stdout: `verify branch=${values.branch} ok publications=${check.checked}\n`, stderr: '' };
  const broken = check.broken!;
  return {
    code: 1,
    stdout: `verify branch=${values.branch} broken period=${broken.period} problem=${broken.problem}${broken.entryId ? ` entry=${broken.entryId}` : ''} checked=${check.checked}\n${broken.message}\n`,
    stderr: '',
  };
}
