// Mini-program entry. Pages reach the backend through services() (services/services.ts), never
// wx.cloud directly; the transport (wx.cloud, or the local emulator in a development build) is chosen
// there. Care mode is read by each page's careModeBehavior.
App({});
