import { careModeBehavior } from '../../theme/care-mode-behavior';

/**
 * A member's points as the home shows them (pages/home/member-home-view.ts builds `view`): this period,
 * the quarter and the year, stars and the grade preview, kind notices, pending reports, the period's
 * categories and the trend of the months. In care mode the three figures stack instead of sitting side by side.
 */
Component({
  behaviors: [careModeBehavior],
  properties: {
    view: { type: Object, value: {} },
  },
});
