import { services } from './services/services';
import { onBackOnline } from './services/network';
import { sendWaitingDrafts } from './services/report-drafts';

// Mini-program entry. Pages reach the backend through services() (services/services.ts), never
// wx.cloud directly; the transport (wx.cloud, or the local emulator in a development build) is chosen
// there. Care mode is read by each page's careModeBehavior.
//
// Reports a member submitted without a network wait on the phone (services/report-drafts.ts): they go
// when the app comes to the front and whenever the network comes back, whichever page is open.
const sendWaiting = () =>
  void sendWaitingDrafts(services().client).catch((error: unknown) => console.warn('sending waiting reports', error));

App({
  onLaunch() {
    onBackOnline(sendWaiting);
  },
  onShow() {
    sendWaiting();
  },
});
