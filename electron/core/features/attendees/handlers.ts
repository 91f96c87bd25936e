// Handlers of the attendees contract: directory, invitations, protocol order, check-in and seating.
import type { attendeeOps } from '../../../../shared/api/attendees';
import type { HandlersFor } from '../../../../shared/api/define';
import { AppError } from '../../../../shared/api/result';
import {
  countsAsConfirmed,
  hasArrived,
  attends,
  isInvitee,
  type GroupCounts,
  type Invitation,
  type Person,
  type PersonDetail,
  type ProtocolView,
  type SeatingConvention,
  type SeatingView,
} from '../../../../shared/domain/attendees';
import { DELEGATE_GROUPS, levelPrecedence, type AgencyLevel } from '../../../../shared/domain/people';
import type { ConferenceKind } from '../../../../shared/domain/conference';
import { suggestAgencyLevel } from '../../../../shared/rules/agency-level';
import { personPhrase, positionWithAgency } from '../../../../shared/rules/naming';
import type { PositionStanding } from '../../../../shared/rules/position-standing';
import {
  buildIntroduction,
  computeProtocolOrder,
  GROUP_BLOCKS_BY_GROUP,
  type IntroducedDelegate,
  type ProtocolDelegate,
} from '../../../../shared/rules/protocol';
import { centreOutIndices, presidiumSeatOrder } from '../../../../shared/rules/seating';
import { foldForSearch } from '../../../../shared/text/vietnamese';
import { isoNow, type ServiceContext } from '../../context';
import type { Db } from '../../db/open';
import { getCommittee } from '../committees';
import { assertConferenceEditable, COPY_STEPS, getConference } from '../planning';
import { importCommit, importPreview } from './import';
import { invitationIdByCode } from './invitation-code';
import { parseInvitationCode } from '../../../../shared/domain/desks';
import {
  AGENCY_COLUMNS,
  createAgency,
  createPerson,
  findOrCreateAgency,
  ftsQuery,
  getAgency,
  getPerson,
  indexPerson,
  PERSON_COLUMNS,
  PERSON_FROM,
  searchPeople,
  refreshOpenInvitations,
  invitePerson,
  setAgencyClass,
  stmt,
  toAgency,
  unindexPerson,
  updatePerson,
} from './people-repo';
import { committeeStandings, conferenceStandings, resetStandings, saveStandings, standingsView } from './standings';
import { NOT_FOUND } from '../../../../shared/api/messages';
import { many, one, single } from '../../db/rows';

const NAME_COLLATOR = new Intl.Collator('vi', { numeric: true });

// ---------------------------------------------------------------------------------------------
// Invitations.

const INVITATION_COLUMNS = `i.id, i.conference_id AS conferenceId, i.person_id AS personId, i.agency_id AS agencyId,
  i.representative, i.full_name AS fullName, i.gender, i.rank, i.position, i.position_rank AS positionRank,
  i.agency_name AS agencyName, i.level, i.bloc, i.birth_year AS birthYear, i.appointed_at AS appointedAt,
  i.delegate_group AS delegateGroup, i.role, i.is_guest AS isGuest, i.status, i.substitute_for_id AS substituteForId,
  (SELECT s.id FROM invitation s WHERE s.substitute_for_id = i.id LIMIT 1) AS substituteId,
  i.walk_in AS walkIn, i.attendance, i.checked_in_at AS checkedInAt, i.absence_reason AS absenceReason, i.notes,
  i.search_text AS searchText, ca.id AS classAgencyId, coalesce(ca.level_confirmed, 1) AS levelConfirmed,
  coalesce(ca.level_reason, '') AS levelReason`;

/** The agency whose level and bloc a line uses: the invited agency, else the person's agency. */
const INVITATION_FROM = `invitation i LEFT JOIN person ip ON ip.id = i.person_id LEFT JOIN agency ca ON ca.id = coalesce(i.agency_id, ip.agency_id)`;

type InvitationRow = Omit<Invitation, 'representative' | 'isGuest' | 'walkIn' | 'protocolPlace' | 'levelConfirmed' | 'levelSuggestion'> & {
  representative: number;
  isGuest: number;
  walkIn: number;
  levelConfirmed: number;
  levelReason: string;
};

/**
 * The level an unconfirmed agency's name suggests, as of the date the list describes (the conference's
 * day): the reason stored when it was suggested if the name says nothing more.
 */
function suggestionFor(r: InvitationRow, asOf: string | undefined, cache: Map<string, Invitation['levelSuggestion']>): Invitation['levelSuggestion'] {
  if (r.levelConfirmed === 1) return null;
  const key = `${r.agencyName}|${asOf ?? ''}`;
  let s = cache.get(key);
  if (s === undefined) {
    s = suggestAgencyLevel(r.agencyName, { asOf }) ?? { level: r.level, reason: r.levelReason || 'Tên đơn vị không cho biết cấp', confidence: 'low' };
    cache.set(key, s);
  }
  return s;
}

const toInvitation = (r: InvitationRow, place: number | null = null, asOf?: string, cache = new Map<string, Invitation['levelSuggestion']>()): Invitation => {
  const { levelReason: _reason, ...rest } = r;
  return {
    ...rest,
    representative: r.representative === 1,
    isGuest: r.isGuest === 1,
    walkIn: r.walkIn === 1,
    levelConfirmed: r.levelConfirmed === 1,
    levelSuggestion: suggestionFor(r, asOf, cache),
    protocolPlace: place,
  };
};

function invitationRows(db: Db, conferenceId: number): InvitationRow[] {
  return stmt<InvitationRow>(db, `SELECT ${INVITATION_COLUMNS} FROM ${INVITATION_FROM} WHERE i.conference_id = ? ORDER BY i.id`).all(conferenceId);
}

/** The conference's facts the protocol needs: its kind, its committee's level, the day, the standings table. */
function protocolContext(db: Db, conferenceId: number): { kind: ConferenceKind; level: AgencyLevel; asOf: string; standings: readonly PositionStanding[] } {
  const row = stmt<{ kind: ConferenceKind; level: AgencyLevel; asOf: string; committeeId: number }>(
    db,
    'SELECT c.kind, m.level, substr(c.starts_at, 1, 10) AS asOf, c.committee_id AS committeeId FROM conference c JOIN committee m ON m.id = c.committee_id WHERE c.id = ?',
  ).get(conferenceId);
  if (!row) return { kind: 'tong_ket' as ConferenceKind, level: 'tinh', asOf: '', standings: conferenceStandings(db, conferenceId) };
  return { kind: row.kind, level: row.level, asOf: row.asOf, standings: committeeStandings(db, row.committeeId) };
}

/** A conference's invitations in protocol order (those outside the order last). */
export function listInvitations(db: Db, conferenceId: number): Invitation[] {
  const conference = getConference(db, conferenceId);
  const rows = invitationRows(db, conferenceId);
  const order = protocolOrder(db, conferenceId, rows);
  const place = new Map(order.map((id, i) => [id, i + 1]));
  const cache = new Map<string, Invitation['levelSuggestion']>();
  return rows
    .map((r) => toInvitation(r, place.get(r.id) ?? null, conference.startsAt.slice(0, 10), cache))
    .sort((a, b) => (a.protocolPlace ?? 1e9) - (b.protocolPlace ?? 1e9) || a.id - b.id);
}

/** One invitation's row, without its protocol place (cheap). */
function invitationRow(db: Db, id: number): InvitationRow {
  const row = stmt<InvitationRow>(db, `SELECT ${INVITATION_COLUMNS} FROM ${INVITATION_FROM} WHERE i.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND.invitation);
  return row;
}

export function getInvitation(db: Db, id: number): Invitation {
  const row = one<InvitationRow>(db, `SELECT ${INVITATION_COLUMNS} FROM ${INVITATION_FROM} WHERE i.id = ?`, id);
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND.invitation);
  const place = protocolOrder(db, row.conferenceId).indexOf(row.id);
  return toInvitation(row, place >= 0 ? place + 1 : null, protocolContext(db, row.conferenceId).asOf);
}

// ---------------------------------------------------------------------------------------------
// Protocol order.

/**
 * Who is in the order: not declined, not marked absent, not an invitee who sent a substitute (the
 * substitute takes the place their OWN position gives: see computeProtocolOrder). The group orders blocks
 * of the list, the role marks the chair and the conference's own secretariat (thư ký).
 */
function protocolDelegates(rows: readonly InvitationRow[]): ProtocolDelegate[] {
  return rows.filter(attends).map((r) => ({
    id: String(r.id),
    fullName: r.fullName,
    isGuest: r.isGuest === 1,
    level: r.level,
    bloc: r.bloc,
    position: r.position,
    positionRank: r.positionRank ?? undefined,
    rank: r.rank || undefined,
    appointedAt: r.appointedAt || undefined,
    birthYear: r.birthYear ?? undefined,
    delegateGroup: r.delegateGroup,
    role: r.role,
    secretariat: r.role === 'thu_ky',
  }));
}

function savedOverride(db: Db, conferenceId: number): string[] | undefined {
  const row = stmt<{ order_json: string }>(db, 'SELECT order_json FROM protocol_override WHERE conference_id = ?').get(conferenceId);
  return row ? (JSON.parse(row.order_json) as number[]).map(String) : undefined;
}

/** Whether the conference orders its list in blocks of delegate groups ("Xếp theo khối nhóm đại biểu"). */
function groupBlocksOn(db: Db, conferenceId: number): boolean {
  const row = stmt<{ on_: number }>(db, 'SELECT protocol_group_blocks AS on_ FROM conference WHERE id = ?').get(conferenceId);
  return row?.on_ === 1;
}

/**
 * Invitation ids in protocol order (rules with the committee's standings table and the conference's choice of
 * group blocks, then the secretary's saved override). The ONE place the order is computed: lists,
 * introduction, MC script, seating, sign-in sheet, name cards, the hall screen and documents all come here.
 */
export function protocolOrder(db: Db, conferenceId: number, rows = invitationRows(db, conferenceId)): number[] {
  const standings = conferenceStandings(db, conferenceId);
  const options = groupBlocksOn(db, conferenceId) ? { standings, groupBlocks: GROUP_BLOCKS_BY_GROUP } : { standings };
  return computeProtocolOrder(protocolDelegates(rows), savedOverride(db, conferenceId), options).map(Number);
}

/** "Tạo từ hội nghị năm trước" keeps the secretary's choice of group blocks with the copied list. */
COPY_STEPS.push(({ db, sourceId, targetId }) => {
  db.prepare('UPDATE conference SET protocol_group_blocks = (SELECT protocol_group_blocks FROM conference WHERE id = ?) WHERE id = ?').run(sourceId, targetId);
});

/** A line of the list as the MC's introduction needs it (buildIntroduction). */
export function introducedDelegate(d: Invitation): IntroducedDelegate {
  return {
    fullName: d.fullName,
    rank: d.rank,
    position: d.position,
    agencyName: d.agencyName,
    level: d.level,
    bloc: d.bloc,
    isGuest: d.isGuest,
    delegateGroup: d.delegateGroup,
    role: d.role,
    representative: d.representative,
    secretariat: d.role === 'thu_ky',
    positionRank: d.positionRank,
  };
}

/** The introduction of delegates already in protocol order, as the conference's kind and level want it. */
export function conferenceIntroduction(db: Db, conferenceId: number, ordered: readonly Invitation[]): string[] {
  if (ordered.length === 0) return [];
  const c = protocolContext(db, conferenceId);
  return buildIntroduction(ordered.map(introducedDelegate), { conferenceKind: c.kind, conferenceLevel: c.level, standings: c.standings });
}

export function protocolView(db: Db, conferenceId: number): ProtocolView {
  const rows = invitationRows(db, conferenceId);
  const order = protocolOrder(db, conferenceId, rows);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const { asOf } = protocolContext(db, conferenceId);
  const cache = new Map<string, Invitation['levelSuggestion']>();
  const ordered = order.map((id, i) => toInvitation(byId.get(id)!, i + 1, asOf, cache));
  const unconfirmed = rows.filter((r) => r.levelConfirmed !== 1);
  return {
    ordered,
    overridden: savedOverride(db, conferenceId) !== undefined,
    groupBlocks: groupBlocksOn(db, conferenceId),
    introduction: conferenceIntroduction(db, conferenceId, ordered).join('\n'),
    levelsToConfirm: { agencies: new Set(unconfirmed.map((r) => r.classAgencyId)).size, invitations: unconfirmed.length },
  };
}

// ---------------------------------------------------------------------------------------------
// Seating.

const DEFAULT_CONVENTION: SeatingConvention = { side: 'left-first', viewpoint: 'hall' };

export function seatingConvention(db: Db): SeatingConvention {
  const row = one<{ value: string }>(db, "SELECT value FROM setting WHERE key = 'seating.convention'");
  if (!row) return DEFAULT_CONVENTION;
  try {
    const v = JSON.parse(row.value) as SeatingConvention;
    return { side: v.side === 'right-first' ? 'right-first' : 'left-first', viewpoint: v.viewpoint === 'presidium' ? 'presidium' : 'hall' };
  } catch {
    return DEFAULT_CONVENTION;
  }
}

interface PlanRow {
  presidium_seats: number;
  front_rows: string;
  manual_json: string | null;
}

function planRow(db: Db, conferenceId: number): { presidiumSeats: number; frontRows: number[]; manual: (number | null)[][] | null } {
  const row = one<PlanRow>(db, 'SELECT presidium_seats, front_rows, manual_json FROM seating_plan WHERE conference_id = ?', conferenceId);
  if (!row) return { presidiumSeats: 7, frontRows: [], manual: null };
  return {
    presidiumSeats: row.presidium_seats,
    frontRows: JSON.parse(row.front_rows) as number[],
    manual: row.manual_json ? (JSON.parse(row.manual_json) as (number | null)[][]) : null,
  };
}

/** Seats by precedence number (index 0 = seat 1), per row, from the protocol order. */
function computedSeats(order: number[], sizes: number[]): (number | null)[][] {
  let next = 0;
  return sizes.map((size) => {
    const seats = Array.from({ length: size }, (_, i) => order[next + i] ?? null);
    next += size;
    return seats;
  });
}

export function seatingView(db: Db, conferenceId: number): SeatingView {
  const plan = planRow(db, conferenceId);
  const convention = seatingConvention(db);
  const rows = invitationRows(db, conferenceId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Seat 1 the chair, seat 2 a guest from a level above the committee's, then the co-chairs, then protocol order.
  const order = presidiumSeatOrder(
    protocolOrder(db, conferenceId, rows).filter((id) => byId.get(id)?.attendance !== 'vang'),
    (id) => {
      const r = byId.get(id);
      return r && { role: r.role, level: r.level, isGuest: r.isGuest === 1 };
    },
    protocolContext(db, conferenceId).level,
  );
  const sizes = [plan.presidiumSeats, ...plan.frontRows].filter((n, i) => i > 0 || n > 0);
  const hasPresidium = plan.presidiumSeats > 0;
  const manualFits =
    plan.manual !== null &&
    plan.manual.length === sizes.length &&
    plan.manual.every((r, i) => r.length === sizes[i]) &&
    plan.manual.flat().every((id) => id === null || byId.has(id));
  const seats = manualFits ? plan.manual! : computedSeats(order, sizes);
  const seated = new Set(seats.flat().filter((x): x is number => x !== null));
  // Side seen from the hall on which seat 2 sits.
  const firstFromHall = (convention.side === 'left-first') === (convention.viewpoint === 'hall') ? 'left' : 'right';
  return {
    presidiumSeats: plan.presidiumSeats,
    frontRows: plan.frontRows,
    convention,
    manual: manualFits,
    unseated: order.filter((id) => !seated.has(id)).length,
    rows: seats.map((bySeat, index) => {
      const positions = centreOutIndices(bySeat.length, firstFromHall);
      const slots = new Array<SeatingView['rows'][number]['seats'][number]>(bySeat.length);
      bySeat.forEach((id, i) => {
        const r = id === null ? undefined : byId.get(id);
        slots[positions[i]!] = {
          seat: i + 1,
          invitationId: id,
          label: r
            ? personPhrase(
                { fullName: r.fullName, rank: r.rank, representative: r.representative === 1, agencyName: r.agencyName },
                { honorific: '', nameOnly: true, sentenceStart: true },
              )
            : '',
          position: r && r.representative !== 1 ? positionWithAgency(r.position, r.agencyName) : '',
        };
      });
      return { kind: index === 0 && hasPresidium ? ('presidium' as const) : ('front' as const), index, seats: slots };
    }),
  };
}

/**
 * The presidium in seat order (seat 1, 2, 3 …), for the MC to invite to their places. With a seating plan
 * saved by the secretary: its presidium row. Without one: only who sits there by right (the chair, the
 * guests from a level above the committee's, the co-chairs), in presidiumSeatOrder's order, never the
 * default seat count filled with whoever comes next in protocol order.
 */
export function presidiumInSeatOrder(db: Db, conferenceId: number): Invitation[] {
  const byId = new Map(listInvitations(db, conferenceId).map((i) => [i.id, i]));
  const planned = stmt(db, 'SELECT 1 FROM seating_plan WHERE conference_id = ?').get(conferenceId) !== undefined;
  let ids: number[];
  if (planned) {
    const row = seatingView(db, conferenceId).rows.find((r) => r.kind === 'presidium');
    ids = row
      ? [...row.seats]
          .sort((a, b) => a.seat - b.seat)
          .map((s) => s.invitationId)
          .filter((id): id is number => id !== null)
      : [];
  } else {
    const committee = levelPrecedence(protocolContext(db, conferenceId).level);
    const order = [...byId.values()].filter((i) => i.protocolPlace !== null && i.attendance !== 'vang').sort((a, b) => a.protocolPlace! - b.protocolPlace!);
    const byRight = order.filter((i) => i.role === 'chu_tri' || i.role === 'dong_chu_tri' || (i.isGuest && levelPrecedence(i.level) < committee));
    ids = presidiumSeatOrder(
      byRight.map((i) => i.id),
      (id) => {
        const i = byId.get(id)!;
        return { role: i.role, level: i.level, isGuest: i.isGuest };
      },
      protocolContext(db, conferenceId).level,
    );
  }
  return ids.map((id) => byId.get(id)).filter((i): i is Invitation => i !== undefined);
}

function savePlan(db: Db, conferenceId: number, plan: { presidiumSeats: number; frontRows: number[]; manual: (number | null)[][] | null }, now: string): void {
  db.prepare(
    `INSERT INTO seating_plan (conference_id, presidium_seats, front_rows, manual_json, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(conference_id) DO UPDATE SET presidium_seats = excluded.presidium_seats, front_rows = excluded.front_rows,
       manual_json = excluded.manual_json, updated_at = excluded.updated_at`,
  ).run(conferenceId, plan.presidiumSeats, JSON.stringify(plan.frontRows), plan.manual ? JSON.stringify(plan.manual) : null, now);
}

// ---------------------------------------------------------------------------------------------
// Check-in.

function groupCounts(rows: readonly InvitationRow[]): { groups: GroupCounts[]; total: GroupCounts } {
  const blank = (group: GroupCounts['group'], label: string): GroupCounts => ({ group, label, invited: 0, confirmed: 0, present: 0, absent: 0 });
  const groups = new Map(DELEGATE_GROUPS.map((g) => [g.code, blank(g.code, g.label)]));
  const total = blank('khac', 'Tổng cộng');
  for (const r of rows) {
    const g = groups.get(r.delegateGroup) ?? groups.get('khac')!;
    for (const c of [g, total]) {
      if (isInvitee(r)) {
        c.invited++;
        if (countsAsConfirmed(r)) c.confirmed++;
      }
      // Everyone in the hall is present, walk-ins and substitutes included.
      if (hasArrived(r.attendance)) c.present++;
      if (r.attendance === 'vang') c.absent++;
    }
  }
  return { groups: [...groups.values()].filter((g) => g.invited + g.present + g.absent > 0), total };
}

/** Present, invited… for the whole conference and per delegate group. */
export function checkinCounts(db: Db, conferenceId: number): { groups: GroupCounts[]; total: GroupCounts } {
  return groupCounts(invitationRows(db, conferenceId));
}

// ---------------------------------------------------------------------------------------------
// Level and bloc of lines: facts of their agencies.

/**
 * Sets the level and/or bloc of invitation lines: on their agency (confirmed, in its history, copied into
 * every open conference), and on the lines themselves (so a conference already held is corrected too). A
 * line without an agency keeps the level on the line only. Returns the number of agencies changed.
 */
function setLineClass(db: Db, lines: readonly Invitation[], patch: { level?: AgencyLevel; bloc?: Invitation['bloc'] }, now: string): number {
  const agencies = new Set<number>();
  const setLine = stmt(db, 'UPDATE invitation SET level = coalesce(?, level), bloc = coalesce(?, bloc), updated_at = ? WHERE id = ?');
  for (const line of lines) {
    if (line.classAgencyId !== null && !agencies.has(line.classAgencyId)) {
      agencies.add(line.classAgencyId);
      setAgencyClass(db, line.classAgencyId, patch, 'sua', now);
    }
    setLine.run(patch.level ?? null, patch.bloc ?? null, now, line.id);
  }
  return agencies.size;
}

// ---------------------------------------------------------------------------------------------

export const attendeeHandlers: HandlersFor<typeof attendeeOps, ServiceContext> = {
  'agency:list': (ctx, { query }) => {
    const words = foldForSearch(query ?? '')
      .split(' ')
      .filter(Boolean);
    const rows = many<Parameters<typeof toAgency>[0] & { s: string }>(
      ctx.db,
      `SELECT ${AGENCY_COLUMNS}, (SELECT count(*) FROM person p WHERE p.agency_id = a.id) AS peopleCount, a.search_text AS s FROM agency a`,
    );
    const collator = new Intl.Collator('vi', { numeric: true });
    return rows
      .filter((r) => words.every((w) => r.s.includes(w)))
      .sort((a, b) => levelPrecedence(a.level) - levelPrecedence(b.level) || collator.compare(a.name, b.name))
      .map(({ s: _s, ...a }) => toAgency(a));
  },
  'agency:create': (ctx, input) => {
    if (input.parentId !== null) getAgency(ctx.db, input.parentId);
    return createAgency(ctx.db, input, isoNow(ctx));
  },
  'agency:update': (ctx, { id, ...input }) => {
    getAgency(ctx.db, id);
    if (input.parentId === id) throw new AppError('VALIDATION', 'Một cơ quan không thể là cấp trên của chính nó.');
    if (input.parentId !== null) getAgency(ctx.db, input.parentId);
    ctx.db
      .prepare('UPDATE agency SET name = ?, short_name = ?, parent_id = ?, name_key = ?, search_text = ?, updated_at = ? WHERE id = ?')
      .run(input.name, input.shortName, input.parentId, foldForSearch(input.name), foldForSearch(`${input.name} ${input.shortName}`), isoNow(ctx), id);
    // The level and bloc picked in the form are the secretary's: confirmed, kept in the agency's history.
    setAgencyClass(ctx.db, id, { level: input.level, bloc: input.bloc }, 'sua', isoNow(ctx));
    for (const { id: personId } of many<{ id: number }>(ctx.db, 'SELECT id FROM person WHERE agency_id = ?', id)) {
      indexPerson(ctx.db, personId);
      refreshOpenInvitations(ctx.db, personId, isoNow(ctx));
    }
    return getAgency(ctx.db, id);
  },
  'agency:delete': (ctx, { id }) => {
    const agency = getAgency(ctx.db, id);
    const { n } = single<{ n: number }>(ctx.db, 'SELECT count(*) AS n FROM person WHERE agency_id = ?', id);
    if (n > 0) throw new AppError('CONFLICT', `Không xoá được “${agency.name}”: còn ${n} đại biểu thuộc đơn vị này. Hãy chuyển họ sang đơn vị khác trước.`);
    ctx.db.prepare('DELETE FROM agency WHERE id = ?').run(id);
    return { id };
  },

  'person:list': (ctx, { query, agencyId, offset, limit }) => {
    const where: string[] = [];
    const params: unknown[] = [];
    const match = ftsQuery(query ?? '');
    if (match) {
      where.push('p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)');
      params.push(match);
    }
    if (agencyId !== undefined) {
      where.push('p.agency_id = ?');
      params.push(agencyId);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const { total } = single<{ total: number }>(ctx.db, `SELECT count(*) AS total FROM person p ${w}`, ...params);
    const items = many<Person>(
      ctx.db,
      `SELECT ${PERSON_COLUMNS} FROM ${PERSON_FROM} ${w} ORDER BY p.sort_key, p.id LIMIT ? OFFSET ?`,
      ...params,
      limit,
      offset,
    );
    return { items, total };
  },
  'person:search': (ctx, { query, limit }) => searchPeople(ctx.db, query, limit),
  'person:get': (ctx, { id }): PersonDetail => {
    const person = getPerson(ctx.db, id);
    const history = many<PersonDetail['history'][number]>(
      ctx.db,
      'SELECT id, rank, position, agency_name AS agencyName, since, recorded_at AS recordedAt FROM person_position WHERE person_id = ? ORDER BY recorded_at DESC, id DESC',
      id,
    );
    const invitations = many<PersonDetail['invitations'][number]>(
      ctx.db,
      `SELECT c.id AS conferenceId, c.title AS conferenceTitle, c.starts_at AS startsAt, i.position, i.rank, i.agency_name AS agencyName, i.status
         FROM invitation i JOIN conference c ON c.id = i.conference_id WHERE i.person_id = ? ORDER BY c.starts_at DESC`,
      id,
    );
    return { ...person, history, invitations };
  },
  'person:create': (ctx, { since, ...input }) => createPerson(ctx.db, input, isoNow(ctx), since),
  'person:update': (ctx, { id, since, ...input }) => updatePerson(ctx.db, id, input, isoNow(ctx), since),
  'person:delete': (ctx, { id }) => {
    const person = getPerson(ctx.db, id);
    const { n } = single<{ n: number }>(ctx.db, 'SELECT count(*) AS n FROM invitation WHERE person_id = ?', id);
    if (n > 0)
      throw new AppError(
        'CONFLICT',
        `Không xoá được “${person.fullName}”: đã có trong danh sách mời của ${n} hội nghị. Nếu đây là bản ghi trùng, hãy dùng “Gộp bản ghi trùng”.`,
      );
    unindexPerson(ctx.db, id);
    ctx.db.prepare('DELETE FROM person WHERE id = ?').run(id);
    return { id };
  },
  'person:merge': (ctx, { keepId, mergeId }) => {
    if (keepId === mergeId) throw new AppError('VALIDATION', 'Hãy chọn hai bản ghi khác nhau để gộp.');
    const keep = getPerson(ctx.db, keepId);
    const merge = getPerson(ctx.db, mergeId);
    const db = ctx.db;
    // Invitations move to the kept record; where both were invited, the kept one stays and takes over
    // the other's attendance if it has none.
    for (const inv of many<{ id: number; conferenceId: number; attendance: string; at: string }>(
      db,
      'SELECT id, conference_id AS conferenceId, attendance, checked_in_at AS at FROM invitation WHERE person_id = ?',
      mergeId,
    )) {
      const other = one<{ id: number; attendance: string }>(
        db,
        'SELECT id, attendance FROM invitation WHERE person_id = ? AND conference_id = ?',
        keepId,
        inv.conferenceId,
      );
      if (!other) {
        db.prepare('UPDATE invitation SET person_id = ? WHERE id = ?').run(keepId, inv.id);
      } else {
        if (!other.attendance && inv.attendance)
          db.prepare('UPDATE invitation SET attendance = ?, checked_in_at = ? WHERE id = ?').run(inv.attendance, inv.at, other.id);
        db.prepare('UPDATE invitation SET substitute_for_id = ? WHERE substitute_for_id = ?').run(other.id, inv.id);
        db.prepare('DELETE FROM invitation WHERE id = ?').run(inv.id);
      }
    }
    db.prepare('UPDATE person_position SET person_id = ? WHERE person_id = ?').run(keepId, mergeId);
    const fill = <T>(a: T, b: T) => (a === '' || a === null ? b : a);
    db.prepare(
      `UPDATE person SET gender = ?, birth_year = ?, rank = ?, position = ?, agency_id = ?, phone = ?, email = ?, notes = ?, updated_at = ? WHERE id = ?`,
    ).run(
      fill(keep.gender, merge.gender),
      fill(keep.birthYear, merge.birthYear),
      fill(keep.rank, merge.rank),
      fill(keep.position, merge.position),
      fill(keep.agencyId, merge.agencyId),
      fill(keep.phone, merge.phone),
      fill(keep.email, merge.email),
      [keep.notes, merge.notes].filter(Boolean).join('\n'),
      isoNow(ctx),
      keepId,
    );
    unindexPerson(db, mergeId);
    db.prepare('DELETE FROM person WHERE id = ?').run(mergeId);
    indexPerson(db, keepId);
    return getPerson(db, keepId);
  },

  'import:preview': (ctx, input) => importPreview(ctx, input),
  'import:commit': (ctx, input) => importCommit(ctx, input),

  'invitation:list': (ctx, { conferenceId }) => listInvitations(ctx.db, conferenceId),
  'invitation:add': (ctx, { conferenceId, personIds, delegateGroup, role, isGuest }) => {
    getConference(ctx.db, conferenceId);
    let added = 0;
    for (const personId of new Set(personIds)) {
      getPerson(ctx.db, personId);
      if (invitePerson(ctx.db, conferenceId, personId, { delegateGroup, role, isGuest }, isoNow(ctx)) !== null) added++;
    }
    return { added, skipped: personIds.length - added };
  },
  'invitation:addAgency': (ctx, { conferenceId, agencyId, delegateGroup, isGuest }) => {
    getConference(ctx.db, conferenceId);
    const agency = getAgency(ctx.db, agencyId);
    const now = isoNow(ctx);
    const info = ctx.db
      .prepare(
        `INSERT INTO invitation (conference_id, agency_id, representative, full_name, agency_name, level, bloc, delegate_group, is_guest, search_text, created_at, updated_at)
         VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        conferenceId,
        agencyId,
        `Đại diện ${agency.name}`,
        agency.name,
        agency.level,
        agency.bloc,
        delegateGroup,
        isGuest ? 1 : 0,
        foldForSearch(`dai dien ${agency.name} ${agency.shortName}`),
        now,
        now,
      );
    return getInvitation(ctx.db, Number(info.lastInsertRowid));
  },
  'invitation:update': (ctx, { id, ...patch }) => {
    const inv = getInvitation(ctx.db, id);
    if (patch.status && patch.status === 'cu_nguoi_thay' && inv.substituteId === null)
      throw new AppError('VALIDATION', 'Để ghi “cử người dự thay”, hãy chọn người dự thay (nút “Người dự thay”).');
    if (patch.status && patch.status !== 'cu_nguoi_thay' && inv.substituteId !== null)
      ctx.db.prepare('DELETE FROM invitation WHERE id = ?').run(inv.substituteId);
    ctx.db
      .prepare(
        `UPDATE invitation SET delegate_group = coalesce(@delegateGroup, delegate_group), role = coalesce(@role, role),
           is_guest = coalesce(@isGuest, is_guest), status = coalesce(@status, status), notes = coalesce(@notes, notes), updated_at = @now
         WHERE id = @id`,
      )
      .run({
        id,
        delegateGroup: patch.delegateGroup ?? null,
        role: patch.role ?? null,
        isGuest: patch.isGuest === undefined ? null : patch.isGuest ? 1 : 0,
        status: patch.status ?? null,
        notes: patch.notes ?? null,
        now: isoNow(ctx),
      });
    if (patch.level !== undefined || patch.bloc !== undefined) setLineClass(ctx.db, [inv], { level: patch.level, bloc: patch.bloc }, isoNow(ctx));
    return getInvitation(ctx.db, id);
  },
  'invitation:bulkUpdate': (ctx, { ids, patch }) => {
    const now = isoNow(ctx);
    const lines = [...new Set(ids)].map((id) => getInvitation(ctx.db, id));
    const set = stmt(
      ctx.db,
      `UPDATE invitation SET delegate_group = coalesce(@delegateGroup, delegate_group), role = coalesce(@role, role),
         is_guest = coalesce(@isGuest, is_guest), updated_at = @now WHERE id = @id`,
    );
    if (patch.delegateGroup !== undefined || patch.role !== undefined || patch.isGuest !== undefined)
      for (const line of lines)
        set.run({
          id: line.id,
          delegateGroup: patch.delegateGroup ?? null,
          role: patch.role ?? null,
          isGuest: patch.isGuest === undefined ? null : patch.isGuest ? 1 : 0,
          now,
        });
    const agencies = patch.level !== undefined || patch.bloc !== undefined ? setLineClass(ctx.db, lines, { level: patch.level, bloc: patch.bloc }, now) : 0;
    return { updated: lines.length, agencies };
  },
  'agency:confirmLevel': (ctx, { ids, level, bloc }) => {
    const now = isoNow(ctx);
    let confirmed = 0;
    for (const id of new Set(ids)) {
      const before = getAgency(ctx.db, id);
      setAgencyClass(ctx.db, id, { level, bloc }, level === undefined && bloc === undefined ? 'xac_nhan' : 'sua', now);
      if (!before.levelConfirmed || (level !== undefined && level !== before.level) || (bloc !== undefined && bloc !== before.bloc)) confirmed++;
    }
    return { confirmed };
  },
  'invitation:setStatus': (ctx, { ids, status }) => {
    if (status === 'cu_nguoi_thay') throw new AppError('VALIDATION', 'Người dự thay phải chọn cho từng giấy mời.');
    let updated = 0;
    const find = stmt(ctx.db, 'SELECT id FROM invitation WHERE id = ?');
    const dropSubstitute = stmt(ctx.db, 'DELETE FROM invitation WHERE substitute_for_id = ?');
    const set = stmt(ctx.db, 'UPDATE invitation SET status = ?, updated_at = ? WHERE id = ?');
    for (const id of new Set(ids)) {
      if (!find.get(id)) throw new AppError('NOT_FOUND', NOT_FOUND.invitation);
      // Whoever was sending a substitute no longer is: the substitute's line goes.
      dropSubstitute.run(id);
      updated += set.run(status, isoNow(ctx), id).changes;
    }
    return { updated };
  },
  'invitation:substitute': (ctx, { id, personId, person }) => {
    const inv = getInvitation(ctx.db, id);
    if (inv.substituteForId !== null) throw new AppError('VALIDATION', 'Người này đã là người dự thay; hãy chọn người dự thay cho giấy mời gốc.');
    const now = isoNow(ctx);
    const subPersonId = personId ?? createPerson(ctx.db, person!, now).id;
    getPerson(ctx.db, subPersonId);
    if (subPersonId === inv.personId) throw new AppError('VALIDATION', 'Người dự thay phải là người khác với người được mời.');
    if (inv.substituteId !== null) ctx.db.prepare('DELETE FROM invitation WHERE id = ?').run(inv.substituteId);
    const already = one<{ id: number }>(ctx.db, 'SELECT id FROM invitation WHERE conference_id = ? AND person_id = ?', inv.conferenceId, subPersonId);
    if (already) throw new AppError('CONFLICT', 'Người dự thay này đã có trong danh sách mời của hội nghị.');
    invitePerson(
      ctx.db,
      inv.conferenceId,
      subPersonId,
      { delegateGroup: inv.delegateGroup, role: inv.role === 'chu_tri' ? 'dai_bieu' : inv.role, isGuest: inv.isGuest, status: 'xac_nhan', substituteForId: id },
      now,
    );
    ctx.db.prepare("UPDATE invitation SET status = 'cu_nguoi_thay', updated_at = ? WHERE id = ?").run(now, id);
    return getInvitation(ctx.db, id);
  },
  'invitation:remove': (ctx, { id }) => {
    getInvitation(ctx.db, id);
    ctx.db.prepare('DELETE FROM invitation WHERE id = ?').run(id);
    return { id };
  },
  'invitation:removeMany': (ctx, { ids }) => {
    const lines = [...new Set(ids)].map((id) => invitationRow(ctx.db, id));
    const conferenceId = lines[0]!.conferenceId;
    if (lines.some((l) => l.conferenceId !== conferenceId)) throw new AppError('VALIDATION', 'Các dòng đã chọn không cùng một hội nghị.');
    const remove = stmt(ctx.db, 'DELETE FROM invitation WHERE id = ?');
    let removed = 0;
    // A substitute goes with the line they replace (ON DELETE CASCADE): count only what is still there.
    for (const line of lines) removed += remove.run(line.id).changes;
    return { removed, conferenceId };
  },

  'protocol:get': (ctx, { conferenceId }) => {
    getConference(ctx.db, conferenceId);
    return protocolView(ctx.db, conferenceId);
  },
  'protocol:setOrder': (ctx, { conferenceId, order }) => {
    getConference(ctx.db, conferenceId);
    const ids = new Set(many<{ id: number }>(ctx.db, 'SELECT id FROM invitation WHERE conference_id = ?', conferenceId).map((r) => r.id));
    const foreign = order.find((id) => !ids.has(id));
    if (foreign !== undefined) throw new AppError('VALIDATION', 'Thứ tự có đại biểu không thuộc hội nghị này.');
    ctx.db
      .prepare(
        'INSERT INTO protocol_override (conference_id, order_json, updated_at) VALUES (?, ?, ?) ON CONFLICT(conference_id) DO UPDATE SET order_json = excluded.order_json, updated_at = excluded.updated_at',
      )
      .run(conferenceId, JSON.stringify(order), isoNow(ctx));
    return protocolView(ctx.db, conferenceId);
  },
  'protocol:reset': (ctx, { conferenceId }) => {
    getConference(ctx.db, conferenceId);
    ctx.db.prepare('DELETE FROM protocol_override WHERE conference_id = ?').run(conferenceId);
    return protocolView(ctx.db, conferenceId);
  },
  'protocol:setGroupBlocks': (ctx, { conferenceId, on }) => {
    // The conference row itself is not guarded by the closed-conference triggers: refuse here.
    assertConferenceEditable(ctx.db, conferenceId);
    // Only written when it changes, so a repeated click leaves no empty step in the history.
    if (groupBlocksOn(ctx.db, conferenceId) !== on)
      ctx.db.prepare('UPDATE conference SET protocol_group_blocks = ? WHERE id = ?').run(on ? 1 : 0, conferenceId);
    return protocolView(ctx.db, conferenceId);
  },
  'protocol:standings': (ctx, { committeeId }) => {
    getCommittee(ctx.db, committeeId);
    return standingsView(ctx.db, committeeId);
  },
  'protocol:setStandings': (ctx, { committeeId, rows }) => {
    getCommittee(ctx.db, committeeId);
    saveStandings(ctx.db, committeeId, rows, isoNow(ctx));
    return standingsView(ctx.db, committeeId);
  },
  'protocol:resetStandings': (ctx, { committeeId }) => {
    getCommittee(ctx.db, committeeId);
    resetStandings(ctx.db, committeeId);
    return standingsView(ctx.db, committeeId);
  },

  'checkin:search': (ctx, { conferenceId, query, limit }) => {
    // A scanned invitation code finds exactly its invitation (in this conference) or nothing.
    const code = parseInvitationCode(query);
    if (code !== null) {
      const id = invitationIdByCode(ctx.db, conferenceId, code);
      return id === null ? [] : [toInvitation(invitationRow(ctx.db, id))];
    }
    const words = foldForSearch(query)
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .slice(0, 8);
    // SQL narrows by substring; every word must then START a word of the delegate's text.
    const rows = stmt<InvitationRow>(
      ctx.db,
      `SELECT ${INVITATION_COLUMNS} FROM ${INVITATION_FROM} WHERE i.conference_id = ? AND i.search_text LIKE ? ESCAPE '\\'`,
    )
      .all(conferenceId, `%${words.map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`)).join('%')}%`)
      .filter((r) => !(r.status === 'cu_nguoi_thay' && r.substituteId !== null));
    const hits = rows.filter((r) => {
      const hay = r.searchText.split(/[^a-z0-9]+/);
      return words.every((w) => hay.some((h) => h.startsWith(w)));
    });
    const joined = words.join(' ');
    const nameFirst = (r: InvitationRow) => (foldForSearch(r.fullName).startsWith(joined) ? 0 : 1);
    return hits
      .sort((a, b) => nameFirst(a) - nameFirst(b) || NAME_COLLATOR.compare(a.fullName, b.fullName))
      .slice(0, limit)
      .map((r) => toInvitation(r));
  },
  'checkin:mark': (ctx, { id, attendance, reason, once }) => {
    // Desks (once) get the invitation without its protocol place: computing the order costs more than the mark.
    const inv = toInvitation(invitationRow(ctx.db, id));
    // A second check-in never moves the first one: the same mark again (or any mark from a desk) changes
    // nothing and answers `already` with the first time; present ↔ late corrects the kind, time kept.
    const already = hasArrived(inv.attendance) && hasArrived(attendance);
    if (already && (once || attendance === inv.attendance)) return { ...(once ? inv : getInvitation(ctx.db, id)), already: true };
    if (inv.status === 'cu_nguoi_thay' && inv.substituteId !== null && attendance !== '' && attendance !== 'vang')
      throw new AppError('CONFLICT', `${inv.fullName} đã cử người dự thay; hãy điểm danh người dự thay.`);
    const at = already ? inv.checkedInAt : attendance === '' ? '' : isoNow(ctx);
    ctx.db
      .prepare('UPDATE invitation SET attendance = ?, checked_in_at = ?, absence_reason = ?, updated_at = ? WHERE id = ?')
      .run(attendance, at, attendance === 'vang' ? reason : '', isoNow(ctx), id);
    return { ...(once ? toInvitation(invitationRow(ctx.db, id)) : getInvitation(ctx.db, id)), already };
  },
  'checkin:walkIn': (ctx, { conferenceId, fullName, rank, position, agencyName, delegateGroup }) => {
    getConference(ctx.db, conferenceId);
    const now = isoNow(ctx);
    const agency = findOrCreateAgency(ctx.db, agencyName, now)?.agency ?? null;
    const person = createPerson(ctx.db, { fullName, rank, position, agencyId: agency?.id ?? null }, now);
    const id = invitePerson(ctx.db, conferenceId, person.id, { delegateGroup, role: 'dai_bieu', isGuest: false, status: 'xac_nhan', walkIn: true }, now)!;
    ctx.db.prepare("UPDATE invitation SET attendance = 'co_mat', checked_in_at = ? WHERE id = ?").run(now, id);
    return getInvitation(ctx.db, id);
  },
  'checkin:counts': (ctx, { conferenceId }) => {
    getConference(ctx.db, conferenceId);
    return groupCounts(invitationRows(ctx.db, conferenceId));
  },

  'seating:get': (ctx, { conferenceId }) => {
    getConference(ctx.db, conferenceId);
    return seatingView(ctx.db, conferenceId);
  },
  'seating:configure': (ctx, { conferenceId, presidiumSeats, frontRows }) => {
    getConference(ctx.db, conferenceId);
    if (presidiumSeats === 0 && frontRows.length === 0) throw new AppError('VALIDATION', 'Hãy có ít nhất đoàn chủ tịch hoặc một hàng ghế.');
    savePlan(ctx.db, conferenceId, { presidiumSeats, frontRows, manual: null }, isoNow(ctx));
    return seatingView(ctx.db, conferenceId);
  },
  'seating:swap': (ctx, { conferenceId, a, b }) => {
    getConference(ctx.db, conferenceId);
    const view = seatingView(ctx.db, conferenceId);
    const seats = view.rows.map((r) => {
      const bySeat: (number | null)[] = new Array(r.seats.length).fill(null);
      for (const s of r.seats) bySeat[s.seat - 1] = s.invitationId;
      return bySeat;
    });
    const ok = (s: { row: number; seat: number }) => s.row < seats.length && s.seat <= seats[s.row]!.length;
    if (!ok(a) || !ok(b)) throw new AppError('VALIDATION', 'Ghế không có trong sơ đồ.');
    const tmp = seats[a.row]![a.seat - 1]!;
    seats[a.row]![a.seat - 1] = seats[b.row]![b.seat - 1]!;
    seats[b.row]![b.seat - 1] = tmp;
    const plan = planRow(ctx.db, conferenceId);
    savePlan(ctx.db, conferenceId, { ...plan, manual: seats }, isoNow(ctx));
    return seatingView(ctx.db, conferenceId);
  },
  'seating:reset': (ctx, { conferenceId }) => {
    getConference(ctx.db, conferenceId);
    savePlan(ctx.db, conferenceId, { ...planRow(ctx.db, conferenceId), manual: null }, isoNow(ctx));
    return seatingView(ctx.db, conferenceId);
  },
  'seating:setConvention': (ctx, { conferenceId, side, viewpoint }) => {
    getConference(ctx.db, conferenceId);
    ctx.db
      .prepare("INSERT INTO setting (key, value) VALUES ('seating.convention', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .run(JSON.stringify({ side, viewpoint }));
    return seatingView(ctx.db, conferenceId);
  },
};
