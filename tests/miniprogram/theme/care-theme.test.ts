import { careByDefault, careScale, careTheme, CARE_SCALE_MAX, CARE_SCALE_MIN } from '../../../miniprogram/theme/care-theme';

describe('care mode follows the phone’s font size', () => {
  it.each([
    [15, false],
    [17, false],
    [18, false],
    [19, true],
    [24, true],
  ])('WeChat font %i px: care mode on by default = %s', (px, on) => {
    expect(careByDefault(px)).toBe(on);
  });

  it.each([
    [17, 1.3],
    [20, 1.53],
    [24, 1.6],
    [12, 1.3],
  ])('font %i px scales care mode by %f (within %s)', (px, scale) => {
    expect(careScale(px)).toBe(scale);
    expect(careScale(px)).toBeGreaterThanOrEqual(CARE_SCALE_MIN);
    expect(careScale(px)).toBeLessThanOrEqual(CARE_SCALE_MAX);
  });

  it('sets --scale on the page root: 1 when off, the care scale when on', () => {
    expect(careTheme(false, 24)).toEqual({ care: false, scale: 1, style: '--scale:1;' });
    expect(careTheme(true, 17)).toEqual({ care: true, scale: 1.3, style: '--scale:1.3;' });
  });
});
