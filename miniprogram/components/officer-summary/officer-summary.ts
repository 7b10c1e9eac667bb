/**
 * The branch at a glance for its secretary and recorder (pages/home/officer-home-view.ts builds `view`):
 * how many reports wait for review, and who has reported nothing this period. A tap on the waiting reports
 * asks the page to open the review (event `queue`).
 */
Component({
  properties: {
    view: { type: Object, value: {} },
  },
  methods: {
    onQueueTap() {
      this.triggerEvent('queue');
    },
  },
});
