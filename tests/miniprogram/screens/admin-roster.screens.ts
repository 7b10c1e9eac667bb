import { renderScreens } from './render-screens';
import { scenariosOf } from './scenarios';
import { wxState } from '../support/fake-wx';
import { ROSTER_FILE } from '../fixtures/admin';

/** In these photographs the secretary always picks the demo's roster from the chat. */
beforeAll(() => {
  const wx = (globalThis as unknown as { wx: { chooseMessageFile: (options: unknown) => void } }).wx;
  const choose = wx.chooseMessageFile;
  wx.chooseMessageFile = (options) => {
    if (wxState.pickedFiles.length === 0) wxState.pickedFiles.push([ROSTER_FILE]);
    choose(options);
  };
});

renderScreens(scenariosOf('admin/roster/roster'));
