import { approvalForm } from './approval-form.schema';
import { boardForm } from './board-form.schema';
import { recordForm } from './record-form.schema';
import { summaryForm } from './summary-form.schema';
import { yearForm } from './year-form.schema';

/** Every action of the exports function (导出：000 号文件的表 A—D 与党委汇总表（.xlsx）). */
export const EXPORTS_CONTRACTS = { recordForm, yearForm, approvalForm, boardForm, summaryForm };
