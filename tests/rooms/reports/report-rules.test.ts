import { isSameSubmission, reportIdFor } from '../../../server/reports/idempotency';
import { requireOwnPhotos } from '../../../server/reports/photo-rules';
import type { ReportDoc } from '../../../server/reports/report.doc';
import { refuseOwnRecord, refuseSelfReview } from '../../../server/reports/self-review';
import { reasonOf } from '../support/branch-year-mother';

const photo = (path: string) => `cloud://env-1.656e-env-1-1250000000/${path}`;

describe('reports: the rules that need no request', () => {
  it.each<[string, string[], string]>([
    ['own photos', [photo('reports/o-1/a.jpg'), photo('reports/o-1/b.HEIC')], 'none'],
    ["someone else's folder", [photo('reports/o-2/a.jpg')], 'PHOTO_NOT_OWN'],
    ['a path that climbs out', [photo('reports/o-1/../o-2/a.jpg')], 'PHOTO_NOT_OWN'],
    ['the folder itself', [photo('reports/o-1/')], 'PHOTO_NOT_OWN'],
    ['a text file in the own folder', [photo('reports/o-1/notes.txt')], 'PHOTO_NOT_IMAGE'],
    ['not a fileID', ['https://example.com/a.jpg'], 'PHOTO_NOT_OWN'],
  ])('photos: %s → %s', (_, photos, reason) => {
    expect(reasonOf(() => requireOwnPhotos(photos, 'o-1'))).toBe(reason);
  });

  it('derives a report id from the submitter and key, revealing neither', () => {
    const id = reportIdFor('o-1', 'key-00000001');
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(id).toBe(reportIdFor('o-1', 'key-00000001'));
    expect(id).not.toBe(reportIdFor('o-2', 'key-00000001'));
    expect(id).not.toContain('o-1');
  });

  it('treats only the same content as a retry', () => {
    const report = {
      memberId: 'm1',
      itemCode: 'bonus.honor',
      date: '2026-03-01',
      description: '表彰',
      photos: ['p1'],
      points: null,
      level: 'town',
      quantity: null,
      post: null,
    } as unknown as ReportDoc;
    const same = {
      memberId: 'm1',
      date: '2026-03-01',
      description: '表彰',
      photos: ['p1'],
      fields: { item: 'bonus.honor', level: 'town' },
    };
    expect(isSameSubmission(report, same)).toBe(true);
    expect(isSameSubmission(report, { ...same, description: '表彰！' })).toBe(false);
    expect(isSameSubmission(report, { ...same, photos: ['p1', 'p2'] })).toBe(false);
    expect(isSameSubmission(report, { ...same, fields: { item: 'bonus.honor', level: 'county' } })).toBe(false);
    expect(isSameSubmission(report, { ...same, fields: { item: 'bonus.other', level: 'town' } })).toBe(false);
  });

  it('keeps officers from reviewing or scoring themselves', () => {
    expect(reasonOf(() => refuseSelfReview({ openid: 'o-1' }, 'o-1'))).toBe('SELF_REVIEW');
    expect(reasonOf(() => refuseSelfReview({ openid: 'o-1' }, 'o-2'))).toBe('none');
    expect(reasonOf(() => refuseOwnRecord({ openid: 'o-1' }, 'o-1', 'memberId'))).toBe('SELF_ENTRY');
    expect(reasonOf(() => refuseOwnRecord({ openid: null }, 'o-1', 'memberId'))).toBe('none');
  });
});
