import { currentCareTheme, onCareModeChange } from './care-mode';

const unsubscribers = new WeakMap<object, () => void>();

/**
 * Every page and component that draws text takes this behavior: `care` and `themeStyle` in its data,
 * kept current when care mode is switched anywhere. The page root carries them:
 * `<view class="page {{care ? 'page--care' : ''}}" style="{{themeStyle}}">`.
 */
export const careModeBehavior = Behavior({
  data: { care: false, themeStyle: '--scale:1;' },
  lifetimes: {
    attached() {
      const apply = (theme: { care: boolean; style: string }) => {
        if (theme.care !== this.data.care || theme.style !== this.data.themeStyle)
          this.setData({ care: theme.care, themeStyle: theme.style });
      };
      apply(currentCareTheme());
      unsubscribers.set(this, onCareModeChange(apply));
    },
    detached() {
      unsubscribers.get(this)?.();
      unsubscribers.delete(this);
    },
  },
  pageLifetimes: {
    // Coming back to a page: the phone's font size may have changed meanwhile.
    show() {
      const theme = currentCareTheme();
      if (theme.care !== this.data.care || theme.style !== this.data.themeStyle)
        this.setData({ care: theme.care, themeStyle: theme.style });
    },
  },
});
