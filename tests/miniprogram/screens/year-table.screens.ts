import { renderScreens } from './render-screens';
import { scenariosOf } from './scenarios';

renderScreens(scenariosOf('year/table/table'));
