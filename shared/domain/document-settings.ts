// Page and text settings of a committee's documents, within the ranges Decree 30/2020 allows.

export interface CommitteeDocumentSettings {
  committeeId: number;
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
  bodyFontPt: 13 | 14;
  /** 1.0 (single) to 1.5. */
  lineSpacing: number;
}

/** The decree's usual values (DOCUMENT-FORMAT.md, in bold there). */
export const DEFAULT_COMMITTEE_DOCUMENT_SETTINGS: Omit<CommitteeDocumentSettings, 'committeeId'> = {
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
  bodyFontPt: 14,
  lineSpacing: 1.0,
};
