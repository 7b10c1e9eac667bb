import { renderScreens } from './render-screens';
import { scenariosOf } from './scenarios';

renderScreens(scenariosOf('publications/appeals-mine/appeals-mine'));
