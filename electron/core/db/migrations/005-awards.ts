import type { Migration } from './types';

// Awards: the catalogue as data with effective dates (forms, authorities, coefficients, base salary),
// decisions with snapshots of what was in force on their date, recipients, and ceremony batches.
// Defaults are inserted here so a new data file is usable at once; the committee edits them in Cài đặt.
export const migration005: Migration = {
  version: 5,
  name: 'awards',
  up(db) {
    db.exec(`
      CREATE TABLE award_form (
        id                INTEGER PRIMARY KEY,
        name              TEXT NOT NULL UNIQUE,
        rank              INTEGER NOT NULL DEFAULT 100,
        allows_collective INTEGER NOT NULL DEFAULT 1 CHECK (allows_collective IN (0,1)),
        allows_individual INTEGER NOT NULL DEFAULT 1 CHECK (allows_individual IN (0,1)),
        allows_household  INTEGER NOT NULL DEFAULT 0 CHECK (allows_household IN (0,1)),
        is_legal_form     INTEGER NOT NULL DEFAULT 1 CHECK (is_legal_form IN (0,1)),
        active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1))
      );

      CREATE TABLE award_authority (
        id              INTEGER PRIMARY KEY,
        name            TEXT NOT NULL UNIQUE,
        issuing_body    TEXT NOT NULL,
        parent_body     TEXT NOT NULL DEFAULT '',
        signer_position TEXT NOT NULL DEFAULT '',
        place           TEXT NOT NULL DEFAULT '',
        rank            INTEGER NOT NULL DEFAULT 100,
        active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1))
      );

      CREATE TABLE award_coefficient (
        id             INTEGER PRIMARY KEY,
        form_id        INTEGER NOT NULL REFERENCES award_form(id) ON DELETE CASCADE,
        authority_id   INTEGER REFERENCES award_authority(id) ON DELETE CASCADE,
        basis          TEXT NOT NULL CHECK (basis IN ('ca_nhan','tap_the','co_dinh')),
        value          INTEGER NOT NULL CHECK (value > 0),
        effective_from TEXT NOT NULL,
        legal_basis    TEXT NOT NULL DEFAULT ''
      );
      CREATE UNIQUE INDEX award_coefficient_unique ON award_coefficient(form_id, coalesce(authority_id, 0), effective_from);

      CREATE TABLE base_salary (
        id             INTEGER PRIMARY KEY,
        amount         INTEGER NOT NULL CHECK (amount > 0),
        effective_from TEXT NOT NULL UNIQUE,
        legal_basis    TEXT NOT NULL DEFAULT ''
      );

      CREATE TABLE award_decision (
        id                INTEGER PRIMARY KEY,
        conference_id     INTEGER REFERENCES conference(id) ON DELETE SET NULL,
        committee_id      INTEGER REFERENCES committee(id) ON DELETE SET NULL,
        number            TEXT NOT NULL,
        decided_on        TEXT NOT NULL,
        authority_id      INTEGER NOT NULL REFERENCES award_authority(id) ON DELETE RESTRICT,
        form_id           INTEGER NOT NULL REFERENCES award_form(id) ON DELETE RESTRICT,
        authority_name    TEXT NOT NULL,
        form_name         TEXT NOT NULL,
        issuing_body      TEXT NOT NULL DEFAULT '',
        parent_body       TEXT NOT NULL DEFAULT '',
        place             TEXT NOT NULL DEFAULT '',
        signer_prefix     TEXT NOT NULL DEFAULT '',
        signer_position   TEXT NOT NULL DEFAULT '',
        signer_name       TEXT NOT NULL DEFAULT '',
        citation          TEXT NOT NULL DEFAULT '',
        base_salary       INTEGER NOT NULL DEFAULT 0,
        coefficient_basis TEXT CHECK (coefficient_basis IN ('ca_nhan','tap_the','co_dinh')),
        coefficient_value INTEGER NOT NULL DEFAULT 0,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        UNIQUE (number, decided_on, authority_id)
      );
      CREATE INDEX award_decision_by_conference ON award_decision(conference_id);
      CREATE INDEX award_decision_by_date ON award_decision(decided_on);

      CREATE TABLE award_recipient (
        id              INTEGER PRIMARY KEY,
        decision_id     INTEGER NOT NULL REFERENCES award_decision(id) ON DELETE CASCADE,
        kind            TEXT NOT NULL CHECK (kind IN ('tap_the','ca_nhan','ho_gia_dinh')),
        person_id       INTEGER REFERENCES person(id) ON DELETE SET NULL,
        name            TEXT NOT NULL,
        rank            TEXT NOT NULL DEFAULT '',
        position        TEXT NOT NULL DEFAULT '',
        agency          TEXT NOT NULL DEFAULT '',
        birth_year      INTEGER,
        achievement     TEXT NOT NULL DEFAULT '',
        sort_order      INTEGER NOT NULL DEFAULT 0,
        override_amount INTEGER CHECK (override_amount IS NULL OR override_amount >= 0),
        override_reason TEXT NOT NULL DEFAULT '',
        match_key       TEXT NOT NULL DEFAULT '',
        achievement_key TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      );
      CREATE INDEX award_recipient_by_decision ON award_recipient(decision_id, sort_order);
      CREATE INDEX award_recipient_by_match ON award_recipient(match_key);
      CREATE INDEX award_recipient_by_person ON award_recipient(person_id);

      CREATE TABLE award_batch (
        id                  INTEGER PRIMARY KEY,
        conference_id       INTEGER NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        seq                 INTEGER NOT NULL,
        title               TEXT NOT NULL DEFAULT '',
        presenter_name      TEXT NOT NULL DEFAULT '',
        presenter_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
        max_size            INTEGER NOT NULL DEFAULT 10 CHECK (max_size BETWEEN 1 AND 100)
      );
      CREATE INDEX award_batch_by_conference ON award_batch(conference_id, seq);

      CREATE TABLE award_batch_item (
        batch_id     INTEGER NOT NULL REFERENCES award_batch(id) ON DELETE CASCADE,
        recipient_id INTEGER NOT NULL UNIQUE REFERENCES award_recipient(id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        PRIMARY KEY (batch_id, position)
      );
    `);

    // Defaults (Luật Thi đua, khen thưởng 2022; Nghị định 98/2023 and 152/2025; lương cơ sở by decree).
    const form = db.prepare(
      'INSERT INTO award_form (name, rank, allows_collective, allows_individual, allows_household, is_legal_form) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const forms = {
      coThiDua: form.run('Cờ thi đua', 10, 1, 0, 0, 1).lastInsertRowid,
      chienSiTinh: form.run('Chiến sĩ thi đua cấp tỉnh', 20, 0, 1, 0, 1).lastInsertRowid,
      bangKhen: form.run('Bằng khen', 30, 1, 1, 1, 1).lastInsertRowid,
      chienSiCoSo: form.run('Chiến sĩ thi đua cơ sở', 40, 0, 1, 0, 1).lastInsertRowid,
      tapTheLaoDong: form.run('Tập thể lao động xuất sắc', 45, 1, 0, 0, 1).lastInsertRowid,
      giayKhen: form.run('Giấy khen', 50, 1, 1, 1, 1).lastInsertRowid,
      qua: form.run('Quà, phần thưởng', 90, 1, 1, 1, 0).lastInsertRowid,
    };
    // Place '' = the committee's locality (Cài đặt → Ban Chỉ đạo); the ministry signs in Hà Nội.
    const authority = db.prepare('INSERT INTO award_authority (name, issuing_body, parent_body, signer_position, place, rank) VALUES (?, ?, ?, ?, ?, ?)');
    authority.run('Bộ trưởng Bộ Công an', 'BỘ CÔNG AN', '', 'BỘ TRƯỞNG', 'Hà Nội', 10);
    authority.run('Chủ tịch UBND tỉnh', 'ỦY BAN NHÂN DÂN TỈNH', '', 'CHỦ TỊCH', '', 20);
    authority.run('Giám đốc Công an tỉnh', 'CÔNG AN TỈNH', 'BỘ CÔNG AN', 'GIÁM ĐỐC', '', 30);
    authority.run('Chủ tịch UBND xã', 'ỦY BAN NHÂN DÂN XÃ', '', 'CHỦ TỊCH', '', 40);
    authority.run('Trưởng Ban Chỉ đạo', 'BAN CHỈ ĐẠO', '', 'TRƯỞNG BAN', '', 50);

    const coefficient = db.prepare('INSERT INTO award_coefficient (form_id, basis, value, effective_from, legal_basis) VALUES (?, ?, ?, ?, ?)');
    const law = 'Nghị định số 98/2023/NĐ-CP (giá trị mặc định, hãy đối chiếu văn bản hiện hành)';
    const since = '2023-12-31';
    coefficient.run(forms.coThiDua, 'tap_the', 8000, since, law);
    coefficient.run(forms.chienSiTinh, 'ca_nhan', 3000, since, law);
    coefficient.run(forms.bangKhen, 'ca_nhan', 1500, since, law);
    coefficient.run(forms.chienSiCoSo, 'ca_nhan', 1000, since, law);
    coefficient.run(forms.tapTheLaoDong, 'tap_the', 1500, since, law);
    coefficient.run(forms.giayKhen, 'ca_nhan', 300, since, law);
    coefficient.run(forms.qua, 'co_dinh', 500_000, since, 'Mức quà mặc định từ kinh phí của Ban Chỉ đạo');

    const salary = db.prepare('INSERT INTO base_salary (amount, effective_from, legal_basis) VALUES (?, ?, ?)');
    salary.run(1_490_000, '2019-07-01', 'Nghị định số 38/2019/NĐ-CP');
    salary.run(1_800_000, '2023-07-01', 'Nghị định số 24/2023/NĐ-CP');
    salary.run(2_340_000, '2024-07-01', 'Nghị định số 73/2024/NĐ-CP');
  },
};
