/** A small bar chart of the year's periods (at most six), each bar with its points written above it. */
Component({
  properties: {
    bars: { type: Array, value: [] },
  },
});
