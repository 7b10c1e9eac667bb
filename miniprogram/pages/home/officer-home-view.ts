import type { CONTRACTS, ResponseOf } from '../../shared/index';

export type SecretaryHome = ResponseOf<typeof CONTRACTS.home.secretaryHome>;

/** What the secretary's and recorder's home shows. */
export interface OfficerHomeView {
  branchName: string;
  periodLabel: string;
  queueSize: number;
  queueText: string;
  members: number;
  silent: { memberId: string; name: string }[];
  silentTitle: string;
  silentText: string;
}

export function officerHomeEmpty(home: SecretaryHome): { title: string; message: string } | null {
  return home.members === 0
    ? { title: '支部里还没有党员', message: '请先导入支部的党员名册，再把邀请码发给党员；党员绑定后就会出现在这里。' }
    : null;
}

export function officerHomeView(home: SecretaryHome, branchName: string): OfficerHomeView {
  const silent = home.membersWithoutReportsThisPeriod;
  return {
    branchName,
    periodLabel: home.period.label,
    queueSize: home.queueSize,
    queueText: home.queueSize > 0 ? '党员在等审核结果，请及时处理' : '申报都审核完了',
    members: home.members,
    silent,
    silentTitle: `${home.period.label}还没有申报的党员`,
    silentText:
      silent.length === 0
        ? `${home.members} 名党员本期都已申报或记了分。`
        : `${home.members} 名党员中，${silent.length} 人本期还没有申报，也没有登记积分，可以提醒他们。`,
  };
}
