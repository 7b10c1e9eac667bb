import type { Reason } from './index';

/**
 * The reasons a shared check can answer, so that a contract declares them in one go
 * (`reasons: [...OWN_MEMBER, 'REPORT_NOT_FOUND']`). Each group names the check it stands for.
 */
const group = <const T extends readonly Reason[]>(reasons: T) => reasons;

/** Access.requireBranchRole */
export const BRANCH_ROLE = group(['NOT_BRANCH_OFFICER']);
/** Access.requireCommitteeOver */
export const COMMITTEE_ADMIN = group(['NOT_COMMITTEE_ADMIN']);
/** Access.requireOwnMember */
export const OWN_MEMBER = group(['NOT_OWN_MEMBER', 'NOT_BOUND', 'MEMBER_AMBIGUOUS']);
/** requireOrgOfKind: the org exists and is of the kind the field asks for */
export const ORG_OF_KIND = group(['ORG_NOT_FOUND', 'FIELD_INVALID']);
/** requireRoleAuthority: who may give or take a role */
export const ROLE_AUTHORITY = group([...COMMITTEE_ADMIN, ...BRANCH_ROLE, ...ORG_OF_KIND]);
/** The branch's pinned scheme for the year */
export const BRANCH_YEAR = group(['NO_SCHEME_FOR_YEAR']);
/** requireOpenDate: the date's period is open for entries */
export const OPEN_DATE = group(['DATE_IN_FUTURE', 'OUTSIDE_YEAR', 'BEFORE_SCORING_START', 'PERIOD_PUBLISHED', 'PERIOD_OVER']);
/** An item of the pinned scheme and its fields (requireItem, requireValidEntry) */
export const ENTRY_FIELDS = group(['FIELD_INVALID', 'ENTRY_INVALID']);
/** requireOrgOfficerOrAdmin: who may see and manage an org's officers */
export const OFFICER_AUTHORITY = group([...ORG_OF_KIND, ...BRANCH_ROLE, 'ROLES_NOT_VISIBLE']);
/** requireManagedMember: an active member record of a branch the caller serves */
export const MANAGED_MEMBER = group(['MEMBER_NOT_FOUND', ...BRANCH_ROLE, 'MEMBER_INACTIVE']);
/** requireCommitteeAdminOf: the caller administers exactly this committee */
export const COMMITTEE_ADMIN_OF = group([...COMMITTEE_ADMIN, ...ORG_OF_KIND]);
/** requireCatalogueKeeper: the officers of a branch, or the committee admins, who keep an exchange catalogue */
export const CATALOGUE_KEEPER = group(['ORG_NOT_FOUND', 'FIELD_INVALID', ...BRANCH_ROLE, ...COMMITTEE_ADMIN]);
