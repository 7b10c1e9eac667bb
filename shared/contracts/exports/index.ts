/** Every action of the exports function (导出：000 号文件的表 A—D 与党委汇总表（.xlsx）). */
export const EXPORTS_CONTRACTS = {};
