import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CloudFunctionLoader, CloudFunctionMain, CloudFunctionSource } from './cloud-function';

const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,60}$/;

/** Functions by name: an in-process map (tests, `npm start`) and/or a loader. */
export class FunctionRegistry {
  private readonly registered = new Map<string, CloudFunctionMain>();
  private readonly loader: CloudFunctionLoader | undefined;

  constructor(source?: CloudFunctionSource) {
    if (typeof source === 'function') this.loader = source;
    else for (const [name, main] of Object.entries(source ?? {})) this.register(name, main);
  }

  register(name: string, main: CloudFunctionMain): void {
    if (!FUNCTION_NAME.test(name)) throw new Error(`invalid function name ${JSON.stringify(name)}`);
    this.registered.set(name, main);
  }

  async resolve(name: string): Promise<CloudFunctionMain | undefined> {
    if (!FUNCTION_NAME.test(name)) return undefined;
    const registered = this.registered.get(name);
    if (registered) return registered;
    return this.loader ? await this.loader(name) : undefined;
  }
}

/**
 * Loads `<dir>/<name>/index.ts` (or .js) and uses its `main` export, like a deployed function folder.
 * Loaded modules are cached by Node's module system.
 */
export function functionsFromDirectory(dir: string): CloudFunctionLoader {
  const root = path.resolve(dir);
  const load = createRequire(path.join(root, 'index.js'));
  return (name) => {
    if (!FUNCTION_NAME.test(name)) return undefined;
    const file = ['index.ts', 'index.js'].map((entry) => path.join(root, name, entry)).find((candidate) => existsSync(candidate));
    if (!file) return undefined;
    const module = load(file) as { main?: unknown; default?: { main?: unknown } };
    const main = module.main ?? module.default?.main;
    if (typeof main !== 'function') throw new Error(`${file} does not export main(event, context)`);
    return main as CloudFunctionMain;
  };
}
