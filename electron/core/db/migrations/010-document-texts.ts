import type { Migration } from './types';
import { authorityTitle, completeBody } from '../../../../shared/rules/award-authority';
import { many, one } from '../rows';

// Documents a clerk signs without retyping (issue 14):
// - award authorities carry their decision's text as data: the head's title, a default signer (with rank for
//   police), whether the committee itself issues; and, dated like the rest of the catalogue, the "Căn cứ …"
//   lines and the advisory body ("Xét đề nghị của …") in force from a date;
// - the catalogue's issuing bodies are completed with the committee's locality ("CÔNG AN TỈNH NAM ĐỊNH");
// - decisions snapshot the signer's rank and title;
// - the committee keeps the invitation contact and the conclusion notice's signer (TL. TRƯỞNG BAN / CHÁNH VĂN PHÒNG);
// - a conference keeps the notes line of its invitations;
// - the live control knows whether the conference has started for real (actual times) or is a rehearsal.
// Legal texts below are defaults to check against the documents in force; the committee edits them in Cài đặt.

const LAW_2003 = 'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003 và các Luật sửa đổi, bổ sung;';
const DECREE_91 =
  'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;';
const LAW_2022 = 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;';
const DECREE_98 =
  'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;';
const DECREE_152 = 'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;';
const LOCAL_GOV_2015 =
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;';
const LOCAL_GOV_2025 = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;';
const POLICE_LAW =
  'Căn cứ Luật Công an nhân dân ngày 20 tháng 11 năm 2018; Luật sửa đổi, bổ sung một số điều của Luật Công an nhân dân ngày 22 tháng 6 năm 2023;';
const MINISTRY_2018 =
  'Căn cứ Nghị định số 01/2018/NĐ-CP ngày 06 tháng 8 năm 2018 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công an;';
const MINISTRY_2025 =
  'Căn cứ Nghị định số 02/2025/NĐ-CP ngày 18 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công an;';

/** The emulation law and its decree for each period. */
const PERIODS: Array<{ from: string; emulation: string[] }> = [
  { from: '2018-01-01', emulation: [LAW_2003, DECREE_91] },
  { from: '2024-01-01', emulation: [LAW_2022, DECREE_98] },
  { from: '2025-07-01', emulation: [LAW_2022, DECREE_152] },
];

export const migration010: Migration = {
  version: 10,
  name: 'document texts',
  up(db) {
    db.exec(`
      ALTER TABLE award_authority ADD COLUMN signer_title TEXT NOT NULL DEFAULT '';
      ALTER TABLE award_authority ADD COLUMN signer_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE award_authority ADD COLUMN signer_rank TEXT NOT NULL DEFAULT '';
      ALTER TABLE award_authority ADD COLUMN is_committee INTEGER NOT NULL DEFAULT 0 CHECK (is_committee IN (0,1));

      CREATE TABLE award_authority_basis (
        id             INTEGER PRIMARY KEY,
        authority_id   INTEGER NOT NULL REFERENCES award_authority(id) ON DELETE CASCADE,
        effective_from TEXT NOT NULL,
        legal_bases    TEXT NOT NULL DEFAULT '',
        advisory_body  TEXT NOT NULL DEFAULT '',
        UNIQUE (authority_id, effective_from)
      );

      ALTER TABLE award_decision ADD COLUMN signer_rank TEXT NOT NULL DEFAULT '';
      ALTER TABLE award_decision ADD COLUMN signer_title TEXT NOT NULL DEFAULT '';

      ALTER TABLE committee ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE committee ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
      ALTER TABLE committee ADD COLUMN notice_signer_prefix TEXT NOT NULL DEFAULT 'TL.';
      ALTER TABLE committee ADD COLUMN notice_signer_for TEXT NOT NULL DEFAULT 'TRƯỞNG BAN';
      ALTER TABLE committee ADD COLUMN notice_signer_position TEXT NOT NULL DEFAULT 'CHÁNH VĂN PHÒNG';
      ALTER TABLE committee ADD COLUMN notice_signer_name TEXT NOT NULL DEFAULT '';

      ALTER TABLE conference ADD COLUMN invitation_notes TEXT NOT NULL DEFAULT '';

      ALTER TABLE conference_control ADD COLUMN live INTEGER NOT NULL DEFAULT 0 CHECK (live IN (0,1));
    `);

    // The committee whose locality completes the catalogue: the province-level one first, else the first.
    const committee = one<{ name: string; locality: string; level: string }>(
      db,
      "SELECT name, locality, level FROM committee ORDER BY level <> 'tinh', id LIMIT 1",
    );
    const authorities = many<{
      id: number;
      name: string;
      issuingBody: string;
      signerPosition: string;
    }>(db, 'SELECT id, name, issuing_body AS issuingBody, signer_position AS signerPosition FROM award_authority');
    const update = db.prepare('UPDATE award_authority SET issuing_body = ?, signer_title = ?, is_committee = ? WHERE id = ?');
    const basis = db.prepare('INSERT OR IGNORE INTO award_authority_basis (authority_id, effective_from, legal_bases, advisory_body) VALUES (?, ?, ?, ?)');
    for (const a of authorities) {
      const body = a.issuingBody.trim();
      const isCommittee = body === 'BAN CHỈ ĐẠO' || a.name === 'Trưởng Ban Chỉ đạo';
      // A commune body is completed only from a commune committee, a province body from a province one.
      const fits = committee && (/(^|\s)XÃ$/u.test(body) ? committee.level === 'xa' : committee.level !== 'xa');
      const whole = isCommittee ? body : fits ? completeBody(body, committee.locality) : body;
      const title = isCommittee ? '' : authorityTitle(a.signerPosition, whole);
      update.run(whole, title, isCommittee ? 1 : 0, a.id);

      // Defaults for the authorities the catalogue was created with (005); authorities added later get none.
      const own = (from: string): { lines: string[]; advisory: string } | null => {
        if (body === 'BỘ CÔNG AN')
          return {
            lines: [POLICE_LAW, from >= '2025-02-18' ? MINISTRY_2025 : MINISTRY_2018],
            advisory: 'Thường trực Hội đồng Thi đua - Khen thưởng Bộ Công an',
          };
        if (/^ỦY BAN NHÂN DÂN TỈNH/u.test(body))
          return { lines: [from >= '2025-07-01' ? LOCAL_GOV_2025 : LOCAL_GOV_2015], advisory: 'Giám đốc Công an tỉnh và Giám đốc Sở Nội vụ' };
        if (/^ỦY BAN NHÂN DÂN XÃ/u.test(body)) return { lines: [from >= '2025-07-01' ? LOCAL_GOV_2025 : LOCAL_GOV_2015], advisory: 'Trưởng Công an xã' };
        if (/^CÔNG AN TỈNH/u.test(body)) return { lines: [POLICE_LAW], advisory: 'Thường trực Hội đồng Thi đua - Khen thưởng Công an tỉnh' };
        if (isCommittee)
          return {
            lines: [`Căn cứ Quyết định thành lập và Quy chế hoạt động của ${committee?.name.trim() || 'Ban Chỉ đạo'};`],
            advisory: 'Cơ quan Thường trực Ban Chỉ đạo',
          };
        return null;
      };
      const froms = body === 'BỘ CÔNG AN' ? [...PERIODS.map((p) => p.from), '2025-02-18'].sort() : PERIODS.map((p) => p.from);
      for (const from of froms) {
        const text = own(from);
        if (!text) continue;
        const period = [...PERIODS].reverse().find((p) => p.from <= from)!;
        basis.run(a.id, from, [...text.lines, ...period.emulation].join('\n'), text.advisory);
      }
    }
  },
};
