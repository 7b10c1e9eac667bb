/** Every action of the publications function (公示、异议、签字确认、印章核验). */
export const PUBLICATIONS_CONTRACTS = {};
