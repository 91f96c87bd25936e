import { describe, expect, it } from 'vitest';
import {
  attachmentLine,
  awardListIsWide,
  awardListSections,
  awardListSubtitle,
  collectiveLine,
  longDate,
  recipientDisplayName,
} from '../../shared/rules/award-list';

describe('award list wording', () => {
  const decision = { number: '123/QĐ-UBND', decidedOn: '2024-01-10', authorityName: 'Chủ tịch UBND tỉnh Nam Định', formName: 'Bằng khen' };

  it('writes the attachment line with the administrative date form', () => {
    expect(attachmentLine(decision)).toBe('(Kèm theo Quyết định số 123/QĐ-UBND ngày 10 tháng 01 năm 2024 của Chủ tịch UBND tỉnh Nam Định)');
    expect(longDate('2024-08-05')).toBe('ngày 05 tháng 8 năm 2024');
  });

  it('names the subjects that are on the list, in order', () => {
    expect(awardListSubtitle(decision, ['ca_nhan', 'tap_the'])).toBe('Tập thể, cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh Nam Định');
    expect(awardListSubtitle(decision, ['tap_the'])).toBe('Tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh Nam Định');
    expect(awardListSubtitle({ ...decision, formName: 'Quà, phần thưởng' }, ['ho_gia_dinh'])).toBe(
      'Hộ gia đình được tặng quà, phần thưởng của Chủ tịch UBND tỉnh Nam Định',
    );
  });

  it('numbers only the sections that have someone, collectives first', () => {
    const r = (kind: 'tap_the' | 'ca_nhan' | 'ho_gia_dinh') => ({ kind });
    expect(awardListSections([r('ca_nhan'), r('tap_the'), r('ca_nhan')]).map((s) => s.heading)).toEqual(['I. TẬP THỂ (1)', 'II. CÁ NHÂN (2)']);
    expect(awardListSections([r('ca_nhan')]).map((s) => s.heading)).toEqual(['I. CÁ NHÂN (1)']);
    expect(awardListSections([r('ho_gia_dinh'), r('tap_the')]).map((s) => s.heading)).toEqual(['I. TẬP THỂ (1)', 'II. HỘ GIA ĐÌNH (1)']);
  });

  it('prints names the way lists do', () => {
    expect(recipientDisplayName({ kind: 'ca_nhan', rank: 'Đại úy', name: 'Lê Minh Đức' })).toBe('Đại úy Lê Minh Đức');
    expect(recipientDisplayName({ kind: 'tap_the', rank: '', name: 'Phòng Tham mưu' })).toBe('Phòng Tham mưu');
    expect(collectiveLine({ name: 'Phòng Tham mưu', agency: 'Công an tỉnh Nam Định' })).toBe('Phòng Tham mưu, Công an tỉnh Nam Định');
    expect(collectiveLine({ name: 'Công an xã Hải Minh, Công an tỉnh Nam Định', agency: 'Công an tỉnh Nam Định' })).toBe(
      'Công an xã Hải Minh, Công an tỉnh Nam Định',
    );
  });

  it('turns the page when the optional columns make the table wide', () => {
    expect(awardListIsWide({ birthYear: false, achievement: false, amount: false })).toBe(false);
    expect(awardListIsWide({ birthYear: true, achievement: false, amount: false })).toBe(false);
    expect(awardListIsWide({ birthYear: false, achievement: false, amount: true })).toBe(false);
    expect(awardListIsWide({ birthYear: true, achievement: false, amount: true })).toBe(true);
    expect(awardListIsWide({ birthYear: false, achievement: true, amount: false })).toBe(true);
  });
});
