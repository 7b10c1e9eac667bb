/** The pages of the "publications" subpackage (公示栏 and its management), for navigation. */
export const PUBLICATION_PAGES = {
  list: '/publications/list/list',
  board: (publicationId: string) => `/publications/board/board?publication=${encodeURIComponent(publicationId)}`,
  manage: '/publications/manage/manage',
  appeals: '/publications/appeals/appeals',
  mine: '/publications/appeals-mine/appeals-mine',
} as const;
