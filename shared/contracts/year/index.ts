/** Every action of the year function (民主评议、年度等次的拟定与审定). */
export const YEAR_CONTRACTS = {};
