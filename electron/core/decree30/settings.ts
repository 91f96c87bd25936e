// Page and text settings a committee may change (Decree 30/2020 gives ranges; defaults are its usual values).
import type { CommitteeDocumentSettings } from '../../../shared/domain/document-settings';

export interface DocumentSettings {
  marginsMm: { top: number; bottom: number; left: number; right: number };
  bodyFontPt: 13 | 14;
  /** Line spacing multiple, 1.0 (single) to 1.5. */
  lineSpacing: number;
}

export const defaultDocumentSettings: DocumentSettings = {
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  bodyFontPt: 14,
  lineSpacing: 1.0,
};

/** The engine's settings from a committee's stored ones: the only way services obtain settings for a document. */
export function fromCommitteeSettings(s: Omit<CommitteeDocumentSettings, 'committeeId'>): DocumentSettings {
  return {
    marginsMm: { top: s.marginTopMm, bottom: s.marginBottomMm, left: s.marginLeftMm, right: s.marginRightMm },
    bodyFontPt: s.bodyFontPt,
    lineSpacing: s.lineSpacing,
  };
}

export const FONT_FAMILY = 'Times New Roman';

export const A4_MM = { width: 210, height: 297 } as const;

/** Millimetres to twips (1/1440 inch), rounded: flooring makes A4 11905 wide, which Word shows as "custom". */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Points to OOXML half-points (w:sz). */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** OOXML line spacing for `lineRule: auto` is in 240ths of a line. */
export function lineSpacingValue(multiple: number): number {
  return Math.round(Math.min(1.5, Math.max(1.0, multiple)) * 240);
}

export type PageOrientationName = 'portrait' | 'landscape';

/** Width between the margins, in twips: every table is sized against it. */
export function textWidthTwip(settings: DocumentSettings, orientation: PageOrientationName = 'portrait'): number {
  const pageWidthMm = orientation === 'portrait' ? A4_MM.width : A4_MM.height;
  return mmToTwip(pageWidthMm - settings.marginsMm.left - settings.marginsMm.right);
}

/** Height between the top and bottom margins, in twips (what one unsplittable table row can use at most). */
export function textHeightTwip(settings: DocumentSettings, orientation: PageOrientationName = 'portrait'): number {
  const pageHeightMm = orientation === 'portrait' ? A4_MM.height : A4_MM.width;
  return mmToTwip(pageHeightMm - settings.marginsMm.top - settings.marginsMm.bottom);
}
