/** Every action of the reports function (申报、审核、记分、考勤). */
export const REPORTS_CONTRACTS = {};
