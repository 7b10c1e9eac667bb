import { pick, simulate, type Rendered } from './render';

/** Types into a tdesign t-input the way the phone reports it: an `input` event on its native input. */
export async function typeInto(root: Rendered, value: string, ...pathToInput: string[]): Promise<void> {
  pick(root, ...pathToInput, '.t-input__control').dispatchEvent('input', { detail: { value, cursor: value.length, keyCode: 0 } });
  await simulate.sleep(0);
}
