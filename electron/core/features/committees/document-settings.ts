// A committee's document settings (margins, body size, line spacing): every Word document it issues uses them.
import { AppError } from '../../../../shared/api/result';
import { DEFAULT_COMMITTEE_DOCUMENT_SETTINGS, type CommitteeDocumentSettings } from '../../../../shared/domain/document-settings';
import type { Db } from '../../db/open';
import { NOT_FOUND } from '../../../../shared/api/messages';
import { one } from '../../db/rows';

export function getDocumentSettings(db: Db, committeeId: number): CommitteeDocumentSettings {
  if (!db.prepare('SELECT 1 FROM committee WHERE id = ?').get(committeeId)) throw new AppError('NOT_FOUND', NOT_FOUND.committee);
  const row = one<CommitteeDocumentSettings>(
    db,
    `SELECT committee_id AS committeeId, margin_top_mm AS marginTopMm, margin_bottom_mm AS marginBottomMm, margin_left_mm AS marginLeftMm,
       margin_right_mm AS marginRightMm, body_font_pt AS bodyFontPt, line_spacing AS lineSpacing FROM committee_document_settings WHERE committee_id = ?`,
    committeeId,
  );
  return row ?? { committeeId, ...DEFAULT_COMMITTEE_DOCUMENT_SETTINGS };
}

export function saveDocumentSettings(db: Db, s: CommitteeDocumentSettings, now: string): CommitteeDocumentSettings {
  if (!db.prepare('SELECT 1 FROM committee WHERE id = ?').get(s.committeeId)) throw new AppError('NOT_FOUND', NOT_FOUND.committee);
  db.prepare(
    `INSERT INTO committee_document_settings (committee_id, margin_top_mm, margin_bottom_mm, margin_left_mm, margin_right_mm, body_font_pt, line_spacing, updated_at)
     VALUES (@committeeId, @marginTopMm, @marginBottomMm, @marginLeftMm, @marginRightMm, @bodyFontPt, @lineSpacing, @now)
     ON CONFLICT(committee_id) DO UPDATE SET margin_top_mm = excluded.margin_top_mm, margin_bottom_mm = excluded.margin_bottom_mm,
       margin_left_mm = excluded.margin_left_mm, margin_right_mm = excluded.margin_right_mm, body_font_pt = excluded.body_font_pt,
       line_spacing = excluded.line_spacing, updated_at = excluded.updated_at`,
  ).run({ ...s, now });
  return getDocumentSettings(db, s.committeeId);
}
