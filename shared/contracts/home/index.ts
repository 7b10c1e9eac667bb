/** Every action of the home function (党员首页、书记首页、积分明细). */
export const HOME_CONTRACTS = {};
