import { renderScreens } from './render-screens';
import { scenariosOf } from './scenarios';

renderScreens(scenariosOf('publications/board/board'));
