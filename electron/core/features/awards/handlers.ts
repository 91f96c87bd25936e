// Awards service: catalogue, decisions, recipients, totals, batches, Excel import.
import type { awardOps } from '../../../../shared/api/awards';
import type { HandlersFor } from '../../../../shared/api/define';
import { AppError } from '../../../../shared/api/result';
import type { AuthorityKind, AwardAuthority, AwardDecision, AwardRecipient, AwardTotalsReport, RecipientKind } from '../../../../shared/domain/awards';
import { RECIPIENT_KIND_LABELS } from '../../../../shared/domain/awards';
import { coefficientInForce, rowInForce } from '../../../../shared/rules/award-money';
import { authorityTitle, completeBody, lacksPlaceName } from '../../../../shared/rules/award-authority';
import { collectiveName, headTitle, signerPositionFor, signingOptions, signingProblem, type AwardSignerPrefix } from '../../../../shared/rules/award-signing';
import { committeeSigningName } from '../../../../shared/domain/committee';
import { foldForSearch } from '../../../../shared/text/vietnamese';
import { formatThousands } from '../../../../shared/text/money';
import './audit';
import { batchesView, defaultBatches, saveBatches } from './batches';
import { importPreview, importCommit, importTemplate } from './import';
import {
  addToTotals,
  allowedForms,
  decisionDetail,
  formAllowed,
  emptyTotals,
  getAuthority,
  getDecisionItem,
  getForm,
  kindAllowed,
  KIND_REFUSED,
  listDecisions,
  listRecipients,
  loadCatalog,
  matchKey,
  insertRecipient,
  withAmount,
  type RecipientInput,
} from './repo';
import { isoNow, type ServiceContext } from '../../context';
import type { Db } from '../../db/open';
import { NOT_FOUND } from '../../../../shared/api/messages';
import { many, one, single } from '../../db/rows';

const shortDate = (iso: string) => iso.split('-').reverse().join('/');

/** Base salary and coefficient in force on the decision date, as a snapshot for the decision row. */
export function moneySnapshot(db: Db, formId: number, authorityId: number, decidedOn: string) {
  const catalog = loadCatalog(db);
  const salary = rowInForce(catalog.baseSalaries, decidedOn);
  const coefficient = coefficientInForce(catalog.coefficients, formId, authorityId, decidedOn);
  return {
    baseSalary: salary?.amount ?? 0,
    coefficientBasis: coefficient?.basis ?? null,
    coefficientValue: coefficient?.value ?? 0,
  };
}

type DecisionFields = {
  conferenceId: number | null;
  committeeId: number | null;
  number: string;
  decidedOn: string;
  authorityId: number;
  formId: number;
  place: string;
  signerPrefix?: string | undefined;
  signerPosition: string;
  signerName: string;
  signerRank: string;
  citation: string;
};

/** The authority as it signs: its kind, its head's title and the collective "TM." names. */
function signingAuthority(authority: AwardAuthority, committeeName: string | null) {
  return {
    name: authority.name,
    kind: authority.kind,
    head: headTitle(authority.kind, authority.signerPosition),
    collective: collectiveName(authority.kind, authority.kind === 'ban_chi_dao' && committeeName ? committeeName : authority.issuingBody),
  };
}

/** Refuses a form the authority may not give (Cài đặt → Khen thưởng → Thẩm quyền khen thưởng), naming both. */
function checkFormAllowed(db: Db, authorityId: number, formId: number): void {
  if (formAllowed(db, authorityId, formId)) return;
  const form = getForm(db, formId);
  const authority = getAuthority(db, authorityId);
  const allowed = allowedForms(db, authorityId).map((f) => f.name);
  const message = `${authority.name} không tặng ${form.name}. ${
    allowed.length ? `Cấp này tặng: ${allowed.join('; ')}.` : 'Cấp này chưa được chọn hình thức nào.'
  } Sửa ở Cài đặt → Khen thưởng → Thẩm quyền khen thưởng nếu cần.`;
  throw new AppError('VALIDATION', message, [{ path: 'formId', message }]);
}

function decisionRow(ctx: ServiceContext, input: DecisionFields, before?: AwardDecision) {
  const form = getForm(ctx.db, input.formId);
  const authority = getAuthority(ctx.db, input.authorityId);
  if (!before || before.authorityId !== input.authorityId || before.formId !== input.formId) checkFormAllowed(ctx.db, input.authorityId, input.formId);
  let committeeId = input.committeeId;
  if (input.conferenceId !== null) {
    const conf = one<{ committeeId: number }>(ctx.db, 'SELECT committee_id AS committeeId FROM conference WHERE id = ?', input.conferenceId);
    if (!conf) throw new AppError('NOT_FOUND', NOT_FOUND.conference);
    committeeId ??= conf.committeeId;
  }
  const committee = committeeId !== null ? committeeTexts(ctx.db, committeeId) : null;
  const ownDecision = authority.isCommittee && committee !== null;
  const signing = signingAuthority(authority, ownDecision ? committeeSigningName(committee!) : null);
  // No prefix given: the authority's usual way — the committee's own prefix for its decisions, else the head signs.
  const usual = ownDecision ? (committee!.signerPrefix as AwardSignerPrefix) : '';
  const prefix = input.signerPrefix ?? (signingOptions(signing).some((o) => o.prefix === usual) ? usual : signingOptions(signing)[0]!.prefix);
  const signerPosition =
    input.signerPosition || signerPositionFor(signing.head, prefix, (ownDecision ? committee!.signerPosition : '') || authority.signerPosition);
  const unchanged = before && before.authorityId === input.authorityId && before.signerPrefix === prefix && before.signerPosition === signerPosition;
  const problem = unchanged ? null : signingProblem(signing, prefix, signerPosition);
  if (problem) throw new AppError('VALIDATION', problem, [{ path: input.signerPrefix === undefined ? 'signerPosition' : 'signerPrefix', message: problem }]);

  let place = input.place || authority.place;
  let texts = {
    issuingBody: authority.issuingBody,
    parentBody: authority.parentBody,
    signerTitle: authority.signerTitle,
    signerPrefix: prefix,
    signerPosition,
    signerName: input.signerName || authority.signerName,
    signerRank: input.signerName ? input.signerRank : input.signerRank || authority.signerRank,
  };
  if (committee !== null) {
    place ||= committee.locality;
    if (ownDecision) {
      // The committee's own decision: its header, its full name in the title, its signer.
      texts = {
        issuingBody: committeeSigningName(committee),
        parentBody: committee.parentBody,
        signerTitle: authorityTitle(signing.head, committee.name),
        signerPrefix: prefix,
        signerPosition,
        signerName: input.signerName || committee.signerName || committee.headName,
        signerRank: input.signerRank,
      };
    } else {
      // Catalogue bodies that stop at their level ("CÔNG AN TỈNH") take the committee's place name.
      texts.issuingBody = completeBody(texts.issuingBody, committee.locality);
      texts.signerTitle = completeBody(texts.signerTitle || authorityTitle(authority.signerPosition, texts.issuingBody), committee.locality);
    }
  }
  return {
    ...input,
    ...texts,
    place,
    committeeId,
    formName: form.name,
    authorityName: authority.name,
    ...moneySnapshot(ctx.db, input.formId, input.authorityId, input.decidedOn),
  };
}

/** The kind an authority's issuing body suggests when none is given. */
function guessKind(issuingBody: string): AuthorityKind {
  return /^ỦY BAN NHÂN DÂN/u.test(issuingBody.normalize('NFC').toLocaleUpperCase('vi')) ? 'uy_ban' : 'thu_truong';
}

function committeeTexts(db: Db, id: number) {
  const committee = one<{
    name: string;
    locality: string;
    parentBody: string;
    issuingBody: string;
    signerPrefix: string;
    signerPosition: string;
    signerName: string;
    headName: string;
  }>(
    db,
    `SELECT name, locality, parent_body AS parentBody, issuing_body AS issuingBody, signer_prefix AS signerPrefix, signer_position AS signerPosition,
         signer_name AS signerName, head_name AS headName FROM committee WHERE id = ?`,
    id,
  );
  if (!committee) throw new AppError('NOT_FOUND', 'Không tìm thấy Ban Chỉ đạo này.');
  return committee;
}

function checkNumberFree(db: Db, input: { number: string; decidedOn: string; authorityId: number }, exceptId = 0): void {
  const year = input.decidedOn.slice(0, 4);
  const taken = db
    .prepare('SELECT id FROM award_decision WHERE number = ? AND substr(decided_on, 1, 4) = ? AND authority_id = ? AND id <> ?')
    .get(input.number, year, input.authorityId, exceptId);
  if (taken) throw new AppError('CONFLICT', `Quyết định số ${input.number} năm ${year} của cấp này đã có trong danh sách.`);
}

/** What the secretary enters for a recipient: the stored row without its identity and place. */
type RecipientFields = RecipientInput;

/** Checks a recipient against its decision: form allows the kind, no one twice in the same decision. */
export function checkRecipient(db: Db, decision: AwardDecision, r: RecipientFields, exceptId = 0): string {
  const form = getForm(db, decision.formId);
  if (!kindAllowed(form, r.kind)) throw new AppError('VALIDATION', `${form.name} ${KIND_REFUSED[r.kind]}.`);
  if (r.personId !== null && !db.prepare('SELECT 1 FROM person WHERE id = ?').get(r.personId))
    throw new AppError('NOT_FOUND', 'Người này không còn trong danh bạ.');
  const key = matchKey(r);
  const twin = one<{ name: string }>(db, 'SELECT name FROM award_recipient WHERE decision_id = ? AND match_key = ? AND id <> ?', decision.id, key, exceptId);
  if (twin)
    throw new AppError(
      'CONFLICT',
      `${RECIPIENT_KIND_LABELS[r.kind]} “${r.name}”${r.agency ? ` (${r.agency})` : ''} đã có trong quyết định này. Mỗi tập thể, cá nhân chỉ được ghi một lần.`,
    );
  return key;
}

function getRecipient(db: Db, id: number): AwardRecipient {
  const row = one<{ decisionId: number }>(db, 'SELECT decision_id AS decisionId FROM award_recipient WHERE id = ?', id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy người được khen này (có thể đã bị xoá).');
  const decision = getDecisionItem(db, row.decisionId);
  return listRecipients(db, decision).find((r) => r.id === id)!;
}

function totalsReport(db: Db, filter: { conferenceId?: number | undefined; year?: number | undefined }): AwardTotalsReport {
  const decisions = listDecisions(db, filter);
  const overall = emptyTotals();
  const byForm = new Map<number, AwardTotalsReport['byForm'][number]>();
  const byConference = new Map<number, AwardTotalsReport['byConference'][number]>();
  for (const d of [...decisions].sort((a, b) => a.formRank - b.formRank)) {
    const f = byForm.get(d.formId) ?? { formId: d.formId, formName: d.formName, ...emptyTotals() };
    const c = byConference.get(d.conferenceId ?? 0) ?? {
      conferenceId: d.conferenceId,
      conferenceTitle: d.conferenceTitle ?? 'Chưa gắn với hội nghị',
      ...emptyTotals(),
    };
    for (const t of [overall, f, c]) {
      t.collectives += d.totals.collectives;
      t.individuals += d.totals.individuals;
      t.households += d.totals.households;
      t.count += d.totals.count;
      t.amount += d.totals.amount;
    }
    byForm.set(d.formId, f);
    byConference.set(d.conferenceId ?? 0, c);
  }
  return { overall, byForm: [...byForm.values()], byConference: [...byConference.values()] };
}

export function conferenceDetails(db: Db, conferenceId: number) {
  const decisions = listDecisions(db, { conferenceId }).sort(
    (a, b) => a.authorityRank - b.authorityRank || a.formRank - b.formRank || a.decidedOn.localeCompare(b.decidedOn) || a.id - b.id,
  );
  return decisions.map((d) => ({ decision: d, recipients: listRecipients(db, d), warnings: [] }));
}

export const awardHandlers: HandlersFor<typeof awardOps, ServiceContext> = {
  'award:catalog': (ctx) => loadCatalog(ctx.db),

  'award:saveForm': (ctx, { id, ...f }) => {
    const row = {
      ...f,
      allowsCollective: +f.allowsCollective,
      allowsIndividual: +f.allowsIndividual,
      allowsHousehold: +f.allowsHousehold,
      isLegalForm: +f.isLegalForm,
      active: +f.active,
    };
    if (ctx.db.prepare('SELECT 1 FROM award_form WHERE name = ? AND id <> ?').get(f.name, id ?? 0))
      throw new AppError('CONFLICT', `Hình thức “${f.name}” đã có trong danh mục.`);
    if (id === undefined) {
      const info = ctx.db
        .prepare(
          `INSERT INTO award_form (name, rank, allows_collective, allows_individual, allows_household, is_legal_form, active)
           VALUES (@name, @rank, @allowsCollective, @allowsIndividual, @allowsHousehold, @isLegalForm, @active)`,
        )
        .run(row);
      // Gifts (not a form of the law) may come from any authority; a legal form waits for the secretary to say who gives it.
      if (!f.isLegalForm)
        ctx.db.prepare('INSERT INTO award_authority_form (authority_id, form_id) SELECT id, ? FROM award_authority').run(Number(info.lastInsertRowid));
    } else {
      getForm(ctx.db, id);
      ctx.db
        .prepare(
          `UPDATE award_form SET name = @name, rank = @rank, allows_collective = @allowsCollective, allows_individual = @allowsIndividual,
             allows_household = @allowsHousehold, is_legal_form = @isLegalForm, active = @active WHERE id = @id`,
        )
        .run({ ...row, id });
    }
    return loadCatalog(ctx.db);
  },

  'award:deleteForm': (ctx, { id }) => {
    const form = getForm(ctx.db, id);
    const used = single<{ n: number }>(ctx.db, 'SELECT count(*) AS n FROM award_decision WHERE form_id = ?', id);
    if (used.n > 0)
      throw new AppError('CONFLICT', `Không xoá được “${form.name}”: đã có ${used.n} quyết định dùng hình thức này. Hãy bỏ chọn “Đang dùng” thay vì xoá.`);
    ctx.db.prepare('DELETE FROM award_form WHERE id = ?').run(id);
    return loadCatalog(ctx.db);
  },

  'award:saveAuthority': (ctx, { id, ...a }) => {
    if (ctx.db.prepare('SELECT 1 FROM award_authority WHERE name = ? AND id <> ?').get(a.name, id ?? 0))
      throw new AppError('CONFLICT', `Cấp khen thưởng “${a.name}” đã có trong danh mục.`);
    const kind: AuthorityKind = a.isCommittee ? 'ban_chi_dao' : (a.kind ?? guessKind(a.issuingBody));
    const row = { ...a, kind, active: +a.active, isCommittee: +a.isCommittee };
    if (id === undefined) {
      const info = ctx.db
        .prepare(
          `INSERT INTO award_authority (name, issuing_body, parent_body, signer_position, place, rank, active, signer_title, signer_name, signer_rank, is_committee, kind)
           VALUES (@name, @issuingBody, @parentBody, @signerPosition, @place, @rank, @active, @signerTitle, @signerName, @signerRank, @isCommittee, @kind)`,
        )
        .run(row);
      // A new authority starts with what its kind usually gives; the secretary adjusts it in the table.
      const usual = kind === 'ban_chi_dao' ? ['Giấy khen'] : ['Giấy khen', 'Chiến sĩ thi đua cơ sở'];
      const forms = loadCatalog(ctx.db).forms.filter((f) => !f.isLegalForm || usual.includes(f.name));
      const allow = ctx.db.prepare('INSERT OR IGNORE INTO award_authority_form (authority_id, form_id) VALUES (?, ?)');
      for (const f of forms) allow.run(Number(info.lastInsertRowid), f.id);
    } else {
      getAuthority(ctx.db, id);
      ctx.db
        .prepare(
          `UPDATE award_authority SET name = @name, issuing_body = @issuingBody, parent_body = @parentBody, signer_position = @signerPosition, place = @place,
             rank = @rank, active = @active, signer_title = @signerTitle, signer_name = @signerName, signer_rank = @signerRank, is_committee = @isCommittee,
             kind = @kind WHERE id = @id`,
        )
        .run({ ...row, id });
    }
    return loadCatalog(ctx.db);
  },

  'award:setAuthorityForms': (ctx, { authorityId, formIds }) => {
    getAuthority(ctx.db, authorityId);
    const known = new Set(loadCatalog(ctx.db).forms.map((f) => f.id));
    if (formIds.some((id) => !known.has(id))) throw new AppError('NOT_FOUND', 'Không tìm thấy hình thức khen thưởng này (có thể đã bị xoá).');
    ctx.db.prepare('DELETE FROM award_authority_form WHERE authority_id = ?').run(authorityId);
    const allow = ctx.db.prepare('INSERT OR IGNORE INTO award_authority_form (authority_id, form_id) VALUES (?, ?)');
    for (const formId of formIds) allow.run(authorityId, formId);
    return loadCatalog(ctx.db);
  },

  'award:deleteAuthority': (ctx, { id }) => {
    const authority = getAuthority(ctx.db, id);
    const used = single<{ n: number }>(ctx.db, 'SELECT count(*) AS n FROM award_decision WHERE authority_id = ?', id);
    if (used.n > 0)
      throw new AppError('CONFLICT', `Không xoá được “${authority.name}”: đã có ${used.n} quyết định của cấp này. Hãy bỏ chọn “Đang dùng” thay vì xoá.`);
    ctx.db.prepare('DELETE FROM award_authority WHERE id = ?').run(id);
    return loadCatalog(ctx.db);
  },

  'award:saveAuthorityBasis': (ctx, b) => {
    getAuthority(ctx.db, b.authorityId);
    ctx.db
      .prepare(
        `INSERT INTO award_authority_basis (authority_id, effective_from, legal_bases, advisory_body) VALUES (@authorityId, @effectiveFrom, @legalBases, @advisoryBody)
         ON CONFLICT(authority_id, effective_from) DO UPDATE SET legal_bases = excluded.legal_bases, advisory_body = excluded.advisory_body`,
      )
      .run(b);
    return loadCatalog(ctx.db);
  },

  'award:deleteAuthorityBasis': (ctx, { id }) => {
    if (!ctx.db.prepare('DELETE FROM award_authority_basis WHERE id = ?').run(id).changes) throw new AppError('NOT_FOUND', 'Không tìm thấy dòng căn cứ này.');
    return loadCatalog(ctx.db);
  },

  'award:addCoefficient': (ctx, c) => {
    getForm(ctx.db, c.formId);
    if (c.authorityId !== null) getAuthority(ctx.db, c.authorityId);
    const clash = ctx.db
      .prepare('SELECT 1 FROM award_coefficient WHERE form_id = ? AND coalesce(authority_id, 0) = ? AND effective_from = ?')
      .get(c.formId, c.authorityId ?? 0, c.effectiveFrom);
    if (clash)
      throw new AppError(
        'CONFLICT',
        `Đã có hệ số cho hình thức này áp dụng từ ${shortDate(c.effectiveFrom)}. Mỗi lần thay đổi là một dòng với ngày áp dụng mới.`,
      );
    ctx.db
      .prepare(
        'INSERT INTO award_coefficient (form_id, authority_id, basis, value, effective_from, legal_basis) VALUES (@formId, @authorityId, @basis, @value, @effectiveFrom, @legalBasis)',
      )
      .run(c);
    return loadCatalog(ctx.db);
  },

  'award:deleteCoefficient': (ctx, { id }) => {
    if (!ctx.db.prepare('DELETE FROM award_coefficient WHERE id = ?').run(id).changes) throw new AppError('NOT_FOUND', 'Không tìm thấy dòng hệ số này.');
    return loadCatalog(ctx.db);
  },

  'award:addBaseSalary': (ctx, s) => {
    if (ctx.db.prepare('SELECT 1 FROM base_salary WHERE effective_from = ?').get(s.effectiveFrom))
      throw new AppError('CONFLICT', `Đã có mức lương cơ sở áp dụng từ ${shortDate(s.effectiveFrom)}.`);
    ctx.db.prepare('INSERT INTO base_salary (amount, effective_from, legal_basis) VALUES (@amount, @effectiveFrom, @legalBasis)').run(s);
    return loadCatalog(ctx.db);
  },

  'award:deleteBaseSalary': (ctx, { id }) => {
    if (!ctx.db.prepare('DELETE FROM base_salary WHERE id = ?').run(id).changes) throw new AppError('NOT_FOUND', 'Không tìm thấy mức lương cơ sở này.');
    return loadCatalog(ctx.db);
  },

  'award:listDecisions': (ctx, filter) => listDecisions(ctx.db, filter),
  'award:getDecision': (ctx, { id }) => decisionDetail(ctx.db, id),

  'award:createDecision': (ctx, input) => {
    checkNumberFree(ctx.db, input);
    const row = decisionRow(ctx, input);
    const now = isoNow(ctx);
    const info = ctx.db
      .prepare(
        `INSERT INTO award_decision (conference_id, committee_id, number, decided_on, authority_id, form_id, authority_name, form_name,
           issuing_body, parent_body, place, signer_prefix, signer_position, signer_name, signer_rank, signer_title, citation, base_salary, coefficient_basis,
           coefficient_value, created_at, updated_at)
         VALUES (@conferenceId, @committeeId, @number, @decidedOn, @authorityId, @formId, @authorityName, @formName, @issuingBody,
           @parentBody, @place, @signerPrefix, @signerPosition, @signerName, @signerRank, @signerTitle, @citation, @baseSalary, @coefficientBasis,
           @coefficientValue, @now, @now)`,
      )
      .run({ ...row, now });
    return decisionDetail(ctx.db, Number(info.lastInsertRowid));
  },

  'award:updateDecision': (ctx, { id, ...input }) => {
    const before = getDecisionItem(ctx.db, id);
    checkNumberFree(ctx.db, input, id);
    const row = decisionRow(ctx, input, before);
    // The snapshot is refreshed only when what it depends on changes: editing the citation of an old
    // decision never rewrites its money with today's catalogue.
    const sameBasis = before.formId === input.formId && before.authorityId === input.authorityId && before.decidedOn === input.decidedOn;
    const snapshot = sameBasis
      ? {
          baseSalary: before.baseSalary,
          coefficientBasis: before.coefficientBasis,
          coefficientValue: before.coefficientValue,
          formName: before.formName,
          authorityName: before.authorityName,
        }
      : {};
    // The header printed before stays, unless it was incomplete (a body ending at "TỈNH" from an old catalogue).
    const header =
      sameBasis && before.signerTitle && !lacksPlaceName(before.issuingBody)
        ? { issuingBody: before.issuingBody, parentBody: before.parentBody, signerTitle: before.signerTitle }
        : {};
    if (before.formId !== input.formId) {
      const form = getForm(ctx.db, input.formId);
      const kinds = many<{ kind: RecipientKind }>(ctx.db, 'SELECT DISTINCT kind FROM award_recipient WHERE decision_id = ?', id);
      const refused = kinds.find((k) => !kindAllowed(form, k.kind));
      if (refused)
        throw new AppError(
          'VALIDATION',
          `Không đổi được sang ${form.name}: hình thức này ${KIND_REFUSED[refused.kind]}, mà quyết định đã có ${RECIPIENT_KIND_LABELS[refused.kind].toLowerCase()}.`,
        );
    }
    ctx.db
      .prepare(
        `UPDATE award_decision SET conference_id = @conferenceId, committee_id = @committeeId, number = @number, decided_on = @decidedOn,
           authority_id = @authorityId, form_id = @formId, authority_name = @authorityName, form_name = @formName, issuing_body = @issuingBody,
           parent_body = @parentBody, place = @place, signer_prefix = @signerPrefix, signer_position = @signerPosition, signer_name = @signerName,
           signer_rank = @signerRank, signer_title = @signerTitle,
           citation = @citation, base_salary = @baseSalary, coefficient_basis = @coefficientBasis, coefficient_value = @coefficientValue,
           updated_at = @now WHERE id = @id`,
      )
      .run({ ...row, ...snapshot, ...header, id, now: isoNow(ctx) });
    return decisionDetail(ctx.db, id);
  },

  'award:deleteDecision': (ctx, { id }) => {
    getDecisionItem(ctx.db, id);
    ctx.db.prepare('DELETE FROM award_decision WHERE id = ?').run(id);
    return { id };
  },

  'award:totals': (ctx, filter) => totalsReport(ctx.db, filter),

  'award:conferenceLists': (ctx, { conferenceId }) => {
    if (!ctx.db.prepare('SELECT 1 FROM conference WHERE id = ?').get(conferenceId)) throw new AppError('NOT_FOUND', NOT_FOUND.conference);
    return conferenceDetails(ctx.db, conferenceId);
  },

  'award:addRecipient': (ctx, { decisionId, ...r }) => {
    const decision = getDecisionItem(ctx.db, decisionId);
    const key = checkRecipient(ctx.db, decision, r);
    const id = insertRecipient(ctx.db, decision, r, key, isoNow(ctx));
    return getRecipient(ctx.db, id);
  },

  'award:updateRecipient': (ctx, { id, ...r }) => {
    const existing = getRecipient(ctx.db, id);
    const decision = getDecisionItem(ctx.db, existing.decisionId);
    const key = checkRecipient(ctx.db, decision, r, id);
    ctx.db
      .prepare(
        `UPDATE award_recipient SET kind = @kind, person_id = @personId, name = @name, rank = @rank, position = @position, agency = @agency,
           birth_year = @birthYear, achievement = @achievement, override_amount = @overrideAmount, override_reason = @overrideReason,
           match_key = @matchKey, achievement_key = @achievementKey, updated_at = @now WHERE id = @id`,
      )
      .run({
        ...r,
        overrideReason: r.overrideAmount === null ? '' : r.overrideReason,
        id,
        matchKey: key,
        achievementKey: foldForSearch(r.achievement),
        now: isoNow(ctx),
      });
    return getRecipient(ctx.db, id);
  },

  'award:deleteRecipient': (ctx, { id }) => {
    getRecipient(ctx.db, id);
    ctx.db.prepare('DELETE FROM award_recipient WHERE id = ?').run(id);
    return { id };
  },

  'award:reorderRecipients': (ctx, { decisionId, ids }) => {
    getDecisionItem(ctx.db, decisionId);
    const existing = many<{ id: number }>(ctx.db, 'SELECT id FROM award_recipient WHERE decision_id = ?', decisionId).map((r) => r.id);
    const set = new Set(existing);
    if (ids.length !== existing.length || new Set(ids).size !== ids.length || ids.some((id) => !set.has(id)))
      throw new AppError('CONFLICT', 'Danh sách đã thay đổi ở nơi khác. Hãy tải lại rồi sắp xếp lại.');
    const update = ctx.db.prepare('UPDATE award_recipient SET sort_order = ? WHERE id = ?');
    ids.forEach((id, i) => update.run(i + 1, id));
    return { ok: true as const };
  },

  'award:importTemplate': () => importTemplate(),
  'award:importPreview': (ctx, input) => importPreview(ctx, input),
  'award:importCommit': (ctx, input) => importCommit(ctx, input),

  'award:batches': (ctx, { conferenceId }) => batchesView(ctx.db, conferenceId),
  'award:generateBatches': (ctx, { conferenceId, maxSize }) => {
    batchesView(ctx.db, conferenceId);
    saveBatches(ctx.db, conferenceId, defaultBatches(ctx.db, conferenceId, maxSize));
    return batchesView(ctx.db, conferenceId);
  },
  'award:saveBatches': (ctx, { conferenceId, batches }) => {
    batchesView(ctx.db, conferenceId);
    saveBatches(ctx.db, conferenceId, batches);
    return batchesView(ctx.db, conferenceId);
  },
};

export { withAmount, addToTotals, formatThousands };
