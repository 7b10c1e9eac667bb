/**
 * What a page shows instead of its content while it loads, when it has nothing to show, when a call
 * failed, and when the phone is offline: a title, a message that says what to do next, and one big
 * button for it ("重试", "去绑定"). Renders nothing in the page's ready state.
 */
export type PageState = 'loading' | 'ready' | 'empty' | 'error' | 'offline';

Component({
  properties: {
    state: { type: String, value: 'loading' },
    title: { type: String, value: '' },
    message: { type: String, value: '' },
    actionText: { type: String, value: '' },
  },
  methods: {
    onAction() {
      this.triggerEvent('action');
    },
  },
});
