import type { Migration } from './types';
import { many } from '../rows';

// Award rules checked where typed (issue 15):
// - award_authority.kind: how the authority decides and signs — uy_ban (a People's Committee, collective:
//   "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"), ban_chi_dao (the steering committee, collective) or thu_truong
//   (the head of an agency: "GIÁM ĐỐC" / "KT. GIÁM ĐỐC");
// - award_authority_form: which authority may give which form, as data the secretary edits in Cài đặt.
//   Defaults after Luật Thi đua, khen thưởng 2022 (Điều 79–80) and Nghị định 98/2023 / 152/2025: the minister and
//   the provincial chairman give Bằng khen, Cờ thi đua and the collective titles; heads of provincial agencies
//   (Giám đốc Công an tỉnh, Giám đốc Sở), the commune chairman and the committee's head give Giấy khen; gifts
//   (not a form of the law) may come from anyone. Authorities the secretary added get the defaults of their kind.
// Self-contained on purpose (a released migration must not change with the code).
export const migration013: Migration = {
  version: 13,
  name: 'award rules',
  up(db) {
    db.exec(`
      ALTER TABLE award_authority ADD COLUMN kind TEXT NOT NULL DEFAULT 'thu_truong' CHECK (kind IN ('uy_ban','ban_chi_dao','thu_truong'));

      CREATE TABLE award_authority_form (
        authority_id INTEGER NOT NULL REFERENCES award_authority(id) ON DELETE CASCADE,
        form_id      INTEGER NOT NULL REFERENCES award_form(id) ON DELETE CASCADE,
        PRIMARY KEY (authority_id, form_id)
      );
      CREATE INDEX award_authority_form_by_form ON award_authority_form(form_id);
    `);
    const authorities = many<{
      id: number;
      name: string;
      body: string;
      isCommittee: number;
    }>(db, 'SELECT id, name, issuing_body AS body, is_committee AS isCommittee FROM award_authority');
    const forms = many<{ id: number; name: string; legal: number }>(db, 'SELECT id, name, is_legal_form AS legal FROM award_form');
    const formIds = (names: string[]) => forms.filter((f) => !f.legal || names.includes(f.name)).map((f) => f.id);
    const setKind = db.prepare('UPDATE award_authority SET kind = ? WHERE id = ?');
    const allow = db.prepare('INSERT OR IGNORE INTO award_authority_form (authority_id, form_id) VALUES (?, ?)');
    const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');
    for (const a of authorities) {
      const body = upper(a.body);
      const name = upper(a.name);
      const kind = a.isCommittee ? 'ban_chi_dao' : /^ỦY BAN NHÂN DÂN/u.test(body) || /UBND/u.test(name) ? 'uy_ban' : 'thu_truong';
      setKind.run(kind, a.id);
      const central = /^BỘ /u.test(body) || /BỘ TRƯỞNG/u.test(name);
      const commune = /(^|\s)(XÃ|PHƯỜNG|ĐẶC KHU)(\s|$)/u.test(body) || /(^|\s)(XÃ|PHƯỜNG)(\s|$)/u.test(name);
      const high = central || (kind === 'uy_ban' && !commune && !/HUYỆN|QUẬN|THỊ XÃ/u.test(body));
      const allowed = high
        ? ['Cờ thi đua', 'Bằng khen', 'Tập thể lao động xuất sắc', ...(central ? [] : ['Chiến sĩ thi đua cấp tỉnh'])]
        : kind === 'ban_chi_dao'
          ? ['Giấy khen']
          : ['Giấy khen', 'Chiến sĩ thi đua cơ sở'];
      for (const formId of formIds(allowed)) allow.run(a.id, formId);
    }
  },
};
