// Award data access shared by the service, the import, the documents and the demo.
import { AppError } from '../../../../shared/api/result';
import type {
  AwardAuthority,
  AwardAuthorityBasis,
  AwardAuthorityForm,
  AwardCatalog,
  AuthorityKind,
  AwardCoefficient,
  AwardDecision,
  AwardDecisionDetail,
  AwardDecisionListItem,
  AwardForm,
  AwardRecipient,
  AwardTotals,
  BaseSalary,
  DuplicateWarning,
  RecipientKind,
} from '../../../../shared/domain/awards';
import { awardAmount, payableAmount } from '../../../../shared/rules/award-money';
import { foldForSearch } from '../../../../shared/text/vietnamese';
import type { Db } from '../../db/open';
import { many, single } from '../../db/rows';

const bool = (v: unknown) => v === 1 || v === true;

export function loadCatalog(db: Db): AwardCatalog {
  const forms = many<Record<string, unknown>>(db, 'SELECT * FROM award_form ORDER BY rank, name').map((r): AwardForm => ({
    id: r.id as number,
    name: r.name as string,
    rank: r.rank as number,
    allowsCollective: bool(r.allows_collective),
    allowsIndividual: bool(r.allows_individual),
    allowsHousehold: bool(r.allows_household),
    isLegalForm: bool(r.is_legal_form),
    active: bool(r.active),
  }));
  const authorities = many<Record<string, unknown>>(db, 'SELECT * FROM award_authority ORDER BY rank, name').map((r): AwardAuthority => ({
    id: r.id as number,
    kind: r.kind as AuthorityKind,
    name: r.name as string,
    issuingBody: r.issuing_body as string,
    parentBody: r.parent_body as string,
    signerPosition: r.signer_position as string,
    place: r.place as string,
    rank: r.rank as number,
    active: bool(r.active),
    signerTitle: r.signer_title as string,
    signerName: r.signer_name as string,
    signerRank: r.signer_rank as string,
    isCommittee: bool(r.is_committee),
  }));
  const coefficients = many<AwardCoefficient>(
    db,
    `SELECT c.id, c.form_id AS formId, c.authority_id AS authorityId, c.basis, c.value, c.effective_from AS effectiveFrom,
         c.legal_basis AS legalBasis FROM award_coefficient c JOIN award_form f ON f.id = c.form_id
       ORDER BY f.rank, c.authority_id IS NOT NULL, c.effective_from DESC`,
  );
  const baseSalaries = many<BaseSalary>(
    db,
    'SELECT id, amount, effective_from AS effectiveFrom, legal_basis AS legalBasis FROM base_salary ORDER BY effective_from DESC',
  );
  const authorityBases = many<AwardAuthorityBasis>(
    db,
    'SELECT id, authority_id AS authorityId, effective_from AS effectiveFrom, legal_bases AS legalBases, advisory_body AS advisoryBody FROM award_authority_basis ORDER BY authority_id, effective_from DESC',
  );
  const authorityForms = many<AwardAuthorityForm>(
    db,
    'SELECT authority_id AS authorityId, form_id AS formId FROM award_authority_form ORDER BY authority_id, form_id',
  );
  return { forms, authorities, coefficients, baseSalaries, authorityBases, authorityForms };
}

/** Whether the authority may give the form (Cài đặt → Khen thưởng → Thẩm quyền khen thưởng). */
export function formAllowed(db: Db, authorityId: number, formId: number): boolean {
  return !!db.prepare('SELECT 1 FROM award_authority_form WHERE authority_id = ? AND form_id = ?').get(authorityId, formId);
}

/** The forms an authority may give, highest first. */
export function allowedForms(db: Db, authorityId: number): AwardForm[] {
  const ids = new Set(many<{ id: number }>(db, 'SELECT form_id AS id FROM award_authority_form WHERE authority_id = ?', authorityId).map((r) => r.id));
  return loadCatalog(db).forms.filter((f) => ids.has(f.id));
}

export function getForm(db: Db, id: number): AwardForm {
  const form = loadCatalog(db).forms.find((f) => f.id === id);
  if (!form) throw new AppError('NOT_FOUND', 'Không tìm thấy hình thức khen thưởng này (có thể đã bị xoá).');
  return form;
}

export function getAuthority(db: Db, id: number): AwardAuthority {
  const authority = loadCatalog(db).authorities.find((a) => a.id === id);
  if (!authority) throw new AppError('NOT_FOUND', 'Không tìm thấy cấp khen thưởng này (có thể đã bị xoá).');
  return authority;
}

export function kindAllowed(form: AwardForm, kind: RecipientKind): boolean {
  return kind === 'tap_the' ? form.allowsCollective : kind === 'ca_nhan' ? form.allowsIndividual : form.allowsHousehold;
}

export const KIND_REFUSED: Record<RecipientKind, string> = {
  tap_the: 'không dành cho tập thể',
  ca_nhan: 'không dành cho cá nhân',
  ho_gia_dinh: 'không dành cho hộ gia đình',
};

const DECISION_COLUMNS = `d.id, d.conference_id AS conferenceId, d.committee_id AS committeeId, d.number, d.decided_on AS decidedOn,
  d.authority_id AS authorityId, d.form_id AS formId, d.authority_name AS authorityName, d.form_name AS formName,
  d.issuing_body AS issuingBody, d.parent_body AS parentBody, d.place, d.signer_prefix AS signerPrefix,
  d.signer_position AS signerPosition, d.signer_name AS signerName, d.signer_rank AS signerRank, d.signer_title AS signerTitle, d.citation, d.base_salary AS baseSalary,
  d.coefficient_basis AS coefficientBasis, d.coefficient_value AS coefficientValue, d.created_at AS createdAt, d.updated_at AS updatedAt,
  c.title AS conferenceTitle, f.rank AS formRank, a.rank AS authorityRank`;
const DECISION_FROM = `FROM award_decision d JOIN award_form f ON f.id = d.form_id JOIN award_authority a ON a.id = d.authority_id
  LEFT JOIN conference c ON c.id = d.conference_id`;

type DecisionRow = Omit<AwardDecisionListItem, 'totals'>;

export function emptyTotals(): AwardTotals {
  return { collectives: 0, individuals: 0, households: 0, count: 0, amount: 0 };
}

export function addToTotals(t: AwardTotals, kind: RecipientKind, amount: number): void {
  if (kind === 'tap_the') t.collectives++;
  else if (kind === 'ca_nhan') t.individuals++;
  else t.households++;
  t.count++;
  t.amount += amount;
}

/** A recipient as stored: everything but the amounts, which are computed from the decision's snapshot. */
export type RecipientRow = Omit<AwardRecipient, 'computedAmount' | 'amount'>;
/** What the secretary enters for a recipient: the stored row without its identity and place. */
export type RecipientInput = Omit<RecipientRow, 'id' | 'decisionId' | 'sortOrder'>;

const RECIPIENT_COLUMNS = `r.id, r.decision_id AS decisionId, r.kind, r.person_id AS personId, r.name, r.rank, r.position, r.agency,
  r.birth_year AS birthYear, r.achievement, r.sort_order AS sortOrder, r.override_amount AS overrideAmount, r.override_reason AS overrideReason`;

/** Order inside a decision: collectives, individuals, households, each in the secretary's order. */
const RECIPIENT_ORDER = `CASE r.kind WHEN 'tap_the' THEN 0 WHEN 'ca_nhan' THEN 1 ELSE 2 END, r.sort_order, r.id`;

export function withAmount(decision: Pick<AwardDecision, 'coefficientBasis' | 'coefficientValue' | 'baseSalary'>, row: RecipientRow): AwardRecipient {
  const computedAmount = awardAmount({ basis: decision.coefficientBasis, value: decision.coefficientValue, baseSalary: decision.baseSalary }, row.kind);
  return { ...row, computedAmount, amount: payableAmount(computedAmount, row.overrideAmount) };
}

export function listDecisions(db: Db, filter: { conferenceId?: number | undefined; year?: number | undefined; ids?: number[] }): AwardDecisionListItem[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.conferenceId !== undefined) {
    where.push('d.conference_id = @conferenceId');
    params.conferenceId = filter.conferenceId;
  }
  if (filter.year !== undefined) {
    where.push('substr(d.decided_on, 1, 4) = @year');
    params.year = String(filter.year);
  }
  if (filter.ids) where.push(`d.id IN (${filter.ids.map(Number).join(',') || 'NULL'})`);
  const rows = many<DecisionRow>(
    db,
    `SELECT ${DECISION_COLUMNS} ${DECISION_FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY d.decided_on DESC, f.rank, a.rank, d.id`,
    params,
  );
  if (rows.length === 0) return [];
  const totals = new Map<number, AwardTotals>(rows.map((d) => [d.id, emptyTotals()]));
  const byId = new Map(rows.map((d) => [d.id, d]));
  const recipients = many<RecipientRow>(db, `SELECT ${RECIPIENT_COLUMNS} FROM award_recipient r WHERE r.decision_id IN (${rows.map((d) => d.id).join(',')})`);
  for (const r of recipients) addToTotals(totals.get(r.decisionId)!, r.kind, withAmount(byId.get(r.decisionId)!, r).amount);
  return rows.map((d) => ({ ...d, totals: totals.get(d.id)! }));
}

export function getDecisionItem(db: Db, id: number): AwardDecisionListItem {
  const [decision] = listDecisions(db, { ids: [id] });
  if (!decision) throw new AppError('NOT_FOUND', 'Không tìm thấy quyết định khen thưởng này (có thể đã bị xoá).');
  return decision;
}

export function listRecipients(db: Db, decision: AwardDecision): AwardRecipient[] {
  const rows = many<RecipientRow>(db, `SELECT ${RECIPIENT_COLUMNS} FROM award_recipient r WHERE r.decision_id = ? ORDER BY ${RECIPIENT_ORDER}`, decision.id);
  return rows.map((r) => withAmount(decision, r));
}

/** Who a recipient is, for duplicate detection: the directory id, or the folded name and agency. */
export function matchKey(r: { kind: RecipientKind; personId: number | null; name: string; agency: string }): string {
  if (r.kind === 'ca_nhan' && r.personId) return `p:${r.personId}`;
  return `${r.kind === 'ca_nhan' ? 'n' : 'g'}:${foldForSearch(r.name)}|${foldForSearch(r.agency)}`;
}

/** Recipients that appear in another decision with the same achievement (the same merit rewarded twice). */
export function duplicateWarnings(db: Db, decision: AwardDecision, recipients: AwardRecipient[]): DuplicateWarning[] {
  if (recipients.length === 0) return [];
  const mine = many<{ id: number; matchKey: string; achievementKey: string }>(
    db,
    'SELECT id, match_key AS matchKey, achievement_key AS achievementKey FROM award_recipient WHERE decision_id = ?',
    decision.id,
  );
  const citationKey = foldForSearch(decision.citation);
  const others = many<{
    matchKey: string;
    achievementKey: string;
    citation: string;
    number: string;
    decidedOn: string;
    formName: string;
  }>(
    db,
    `SELECT r.match_key AS matchKey, r.achievement_key AS achievementKey, d.citation, d.number, d.decided_on AS decidedOn, d.form_name AS formName
       FROM award_recipient r JOIN award_decision d ON d.id = r.decision_id
       WHERE r.decision_id <> ? AND r.match_key IN (SELECT match_key FROM award_recipient WHERE decision_id = ?)`,
    decision.id,
    decision.id,
  );
  const warnings: DuplicateWarning[] = [];
  const name = new Map(recipients.map((r) => [r.id, r.name]));
  for (const r of mine) {
    const key = r.achievementKey || citationKey;
    if (!key) continue;
    const hit = others.find((o) => o.matchKey === r.matchKey && (o.achievementKey || foldForSearch(o.citation)) === key);
    if (hit)
      warnings.push({
        recipientId: r.id,
        kind: 'same_achievement',
        message: `${name.get(r.id) ?? ''} đã được tặng ${hit.formName} cho cùng thành tích này theo Quyết định số ${hit.number} ngày ${hit.decidedOn.split('-').reverse().join('/')}.`,
      });
  }
  return warnings;
}

export function decisionDetail(db: Db, id: number): AwardDecisionDetail {
  const decision = getDecisionItem(db, id);
  const recipients = listRecipients(db, decision);
  return { decision, recipients, warnings: duplicateWarnings(db, decision, recipients) };
}

export function insertRecipient(db: Db, decision: AwardDecision, r: RecipientInput, key: string, now: string): number {
  const { top } = single<{ top: number }>(db, 'SELECT coalesce(max(sort_order), 0) AS top FROM award_recipient WHERE decision_id = ?', decision.id);
  const info = db
    .prepare(
      `INSERT INTO award_recipient (decision_id, kind, person_id, name, rank, position, agency, birth_year, achievement, sort_order,
         override_amount, override_reason, match_key, achievement_key, created_at, updated_at)
       VALUES (@decisionId, @kind, @personId, @name, @rank, @position, @agency, @birthYear, @achievement, @sortOrder,
         @overrideAmount, @overrideReason, @matchKey, @achievementKey, @now, @now)`,
    )
    .run({
      ...r,
      overrideReason: r.overrideAmount === null ? '' : r.overrideReason,
      decisionId: decision.id,
      sortOrder: top + 1,
      matchKey: key,
      achievementKey: foldForSearch(r.achievement),
      now,
    });
  return Number(info.lastInsertRowid);
}
