/** Every action of the notices function (订阅消息：订阅意愿与发送记录). */
export const NOTICES_CONTRACTS = {};
