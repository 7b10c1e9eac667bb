// Mini-program entry. Pages talk to the typed service client (added with the pages issue),
// never to wx.cloud directly.
App({});
