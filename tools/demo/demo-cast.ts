/** The people of the demo: openids are readable on purpose, so anyone can call as them locally. */
export interface DemoPerson {
  openid: string;
  name: string;
  gender: '男' | '女';
  birthDate: string;
  joinDate: string;
  status: '正式' | '预备';
  category: '自管' | '在职' | '流动';
  group?: string;
  /** Left unbound, so `npm run demo` can show binding with an invite code. */
  unbound?: boolean;
}

export const DEMO_ADMIN = { openid: 'demo-admin', name: '刘组织' };
export const DEMO_COMMITTEE = '青石镇党委';
export const VILLAGE = { name: '青石村党支部', preset: '001-xishui-town', groups: ['第一党小组', '第二党小组'] };
export const OFFICE = { name: '镇机关事务中心党支部', preset: '002-changzhou-office' };

const v = (
  n: number,
  name: string,
  gender: '男' | '女',
  birthDate: string,
  joinDate: string,
  extra: Partial<DemoPerson> = {},
): DemoPerson => ({
  openid: `demo-v${String(n).padStart(2, '0')}`,
  name,
  gender,
  birthDate,
  joinDate,
  status: '正式',
  category: '自管',
  group: n % 2 ? '第一党小组' : '第二党小组',
  ...extra,
});
const o = (
  n: number,
  name: string,
  gender: '男' | '女',
  birthDate: string,
  joinDate: string,
  extra: Partial<DemoPerson> = {},
): DemoPerson => ({
  openid: `demo-o${String(n).padStart(2, '0')}`,
  name,
  gender,
  birthDate,
  joinDate,
  status: '正式',
  category: '自管',
  ...extra,
});

/** 青石村 (scheme 001): the secretary is v01, the recorder v02. */
export const VILLAGE_MEMBERS: DemoPerson[] = [
  v(1, '王建国', '男', '1968-04-12', '1992-07-01'),
  v(2, '李秀英', '女', '1975-09-30', '2001-06-20'),
  v(3, '张伟', '男', '1979-01-05', '2003-07-01'),
  v(4, '刘芳', '女', '1983-06-18', '2008-12-01'),
  v(5, '陈明', '男', '1970-11-02', '1996-05-04', { category: '流动' }),
  v(6, '杨丽', '女', '1988-02-29', '2012-07-01'),
  v(7, '赵强', '男', '1961-07-07', '1985-10-01'),
  v(8, '黄敏', '女', '1985-03-15', '2010-07-01', { category: '在职' }),
  v(9, '周杰', '男', '1990-12-01', '2015-06-01'),
  v(10, '吴桂兰', '女', '1952-10-10', '1976-07-01'),
  v(11, '徐丽华', '女', '1968-05-20', '1994-07-01'),
  v(12, '孙浩', '男', '1999-08-08', '2025-07-01', { status: '预备' }),
  v(13, '马德胜', '男', '1957-03-21', '1980-07-01'),
  v(14, '朱玉珍', '女', '1964-08-16', '1990-07-01'),
  v(15, '胡志刚', '男', '1977-12-24', '2002-07-01'),
  v(16, '郭小燕', '女', '1996-04-04', '2026-03-01', { status: '预备' }),
  v(17, '何长林', '男', '1949-09-09', '1972-07-01', { unbound: true }),
  v(18, '高秀兰', '女', '1955-01-30', '1979-07-01', { unbound: true }),
];

/** 镇机关事务中心 (scheme 002): the secretary is o01, the recorder o02. */
export const OFFICE_MEMBERS: DemoPerson[] = [
  o(1, '林书文', '男', '1972-06-06', '1995-07-01'),
  o(2, '罗晓红', '女', '1986-10-18', '2009-07-01'),
  o(3, '梁志远', '男', '1981-02-14', '2004-12-01'),
  o(4, '宋雅琴', '女', '1990-07-22', '2014-07-01'),
  o(5, '郑海涛', '男', '1978-05-05', '2000-07-01'),
  o(6, '谢婷', '女', '1993-11-11', '2018-07-01'),
  o(7, '韩冬', '男', '1984-01-19', '2007-07-01'),
  o(8, '唐静', '女', '1989-09-09', '2013-07-01'),
  o(9, '冯磊', '男', '1995-03-03', '2020-07-01'),
  o(10, '董佳', '女', '1998-12-12', '2025-10-01', { status: '预备' }),
  o(11, '萧军', '男', '1975-04-27', '1999-07-01', { category: '流动' }),
  o(12, '程欣', '女', '1997-06-30', '2022-07-01', { unbound: true }),
];

/** Two volunteer posts per village member (001: 每人认领2个岗位). */
export const VILLAGE_POSTS = [
  ['villageSupervision', 'policyPublicity'],
  ['policyPublicity', 'leftBehindCare'],
  ['securityPatrol', 'sanitation'],
  ['cultureSports', 'sanitation'],
  ['mobileMember', 'policyPublicity'],
  ['povertyPairing', 'leftBehindCare'],
  ['facilityMaintenance', 'securityPatrol'],
  ['policyPublicity', 'cultureSports'],
  ['sanitation', 'disputeMediation'],
  ['familyTradition', 'leftBehindCare'],
  ['leftBehindCare', 'securityPatrol'],
  ['policyPublicity', 'sanitation'],
  ['disputeMediation', 'securityPatrol'],
  ['leftBehindCare', 'familyTradition'],
  ['facilityMaintenance', 'sanitation'],
  ['cultureSports', 'policyPublicity'],
  ['familyTradition', 'leftBehindCare'],
  ['familyTradition', 'sanitation'],
];
