// Gathers what the minutes, the MC script and the conclusion notice are made of, from the other
// capabilities' services: the programme (planning), invitations in protocol order (attendees), award
// decisions and batches (awards), and this capability's speeches and conclusions.
import { hasArrived, isComing, positionAtAgency, type Invitation } from '../../../../shared/domain/attendees';
import { levelPrecedence, type AgencyLevel } from '../../../../shared/domain/people';
import type { ConclusionNoticeData } from '../../../../shared/rules/conclusion-notice';
import type { McScriptData } from '../../../../shared/rules/mc-script';
import { positionWithAgency, type NamedPerson } from '../../../../shared/rules/naming';
import { batchesView } from '../awards';
import type { ProgrammeView, ScheduledItem } from '../../../../shared/domain/planning';
import type { Speech } from '../../../../shared/domain/speeches';
import { minutesGaps, type MinutesAttendee, type MinutesData, type MinutesSpeech } from '../../../../shared/rules/minutes';
import type { ServiceContext } from '../../context';
import { listDecisions } from '../awards';
import { conferenceIntroduction, listInvitations, presidiumInSeatOrder } from '../attendees';
import { getCommittee } from '../committees';
import { getConference } from '../planning';
import { programmeView } from '../planning';
import { isScheduled, listSpeeches } from './repo';
import { one } from '../../db/rows';

const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export function conclusionsOf(ctx: ServiceContext, conferenceId: number): string {
  const row = one<{ conclusions: string }>(ctx.db, 'SELECT conclusions FROM conference_control WHERE conference_id = ?', conferenceId);
  return row?.conclusions ?? '';
}

/** What is missing; conclusions count as written when the secretary typed them into the minutes' own section. */
export function minutesGapsOf(data: MinutesData, sections: ReadonlyArray<{ key: string; text: string }>): string[] {
  const section = sections.find((s) => s.key === 'conclusions')?.text ?? '';
  const typed = section
    .split('\n')
    .slice(1)
    .some((l) => l.trim() && !/^[….\s]+$/u.test(l));
  return minutesGaps(data, data.conclusions.trim() !== '' || typed);
}

export const toMinutesSpeech = (s: Speech): MinutesSpeech => ({
  kind: s.kind,
  speakerName: s.speakerName,
  speakerRank: s.speakerRank,
  speakerPosition: s.speakerPosition,
  unitName: s.unitName,
  title: s.title,
  notes: s.notes,
  hasFile: s.file !== null,
});

export interface ConferenceRecord {
  conference: ReturnType<typeof getConference>;
  committee: ReturnType<typeof getCommittee>;
  programme: ProgrammeView;
  items: ScheduledItem[];
  invitations: Invitation[];
  speeches: Speech[];
  data: MinutesData;
}

export function gatherConference(ctx: ServiceContext, conferenceId: number): ConferenceRecord {
  const conference = getConference(ctx.db, conferenceId);
  const committee = getCommittee(ctx.db, conference.committeeId);
  const programme = programmeView(ctx.db, conferenceId);
  const items = programme.parts.flatMap((p) => p.items);
  const invitations = listInvitations(ctx.db, conferenceId);
  const byId = new Map(invitations.map((i) => [i.id, i]));
  const speeches = listSpeeches(ctx.db, conferenceId);
  const scheduled = speeches.filter((s) => isScheduled(s.status));
  const itemIds = new Set(items.map((i) => i.id));

  const attendees: MinutesAttendee[] = invitations.map((i) => {
    const original = i.substituteForId !== null ? byId.get(i.substituteForId) : undefined;
    return {
      fullName: i.fullName,
      rank: i.rank,
      position: i.position,
      agencyName: i.agencyName,
      delegateGroup: i.delegateGroup,
      role: i.role,
      status: i.status,
      attendance: i.attendance,
      absenceReason: i.absenceReason,
      representative: i.representative,
      substituteFor: original ? { fullName: original.fullName, rank: original.rank, position: original.position } : null,
      walkIn: i.walkIn,
    };
  });

  const recordedStarts = items.filter((i) => i.actualStart);
  const recordedEnds = items.filter((i) => i.actualEnd);
  const awards = listDecisions(ctx.db, { conferenceId }).map((d) => ({
    number: d.number,
    decidedOn: d.decidedOn,
    authorityName: d.authorityName,
    formName: d.formName,
    collectives: d.totals.collectives,
    individuals: d.totals.individuals,
    households: d.totals.households,
  }));

  const data: MinutesData = {
    title: conference.title,
    startsAt: conference.startsAt,
    venue: conference.venue,
    // Only the times recorded on the day (control view in a real run, or typed in the programme).
    actualStart: recordedStarts[0]?.actualStart ?? '',
    end: recordedEnds[recordedEnds.length - 1]?.actualEnd ?? '',
    today: localDay(ctx.now()),
    committeeSecretary: committee.secretaryName,
    attendees,
    items: items.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      performer: item.performer,
      actualStart: item.actualStart,
      speeches: scheduled.filter((s) => s.programmeItemId === item.id).map(toMinutesSpeech),
    })),
    otherSpeeches: scheduled.filter((s) => s.programmeItemId === null || !itemIds.has(s.programmeItemId)).map(toMinutesSpeech),
    awards,
    conclusions: conclusionsOf(ctx, conferenceId),
  };
  return { conference, committee, programme, items, invitations, speeches, data };
}

// ---------------------------------------------------------------------------------------------
// MC script and conclusion notice.

/** Delegates in protocol order as the MC introduces them: once check-in has started, only who is there. */
function introductionFor(ctx: ServiceContext, record: ConferenceRecord): { lines: string[]; greeted: McScriptData['greeted'] } {
  const { invitations } = record;
  const checkIn = invitations.some((i) => i.attendance !== '');
  const ordered = invitations
    .filter((i) => i.protocolPlace !== null)
    .filter((i) => !checkIn || i.attendance === 'co_mat' || i.attendance === 'muon')
    .sort((a, b) => a.protocolPlace! - b.protocolPlace!);
  const level = one<{ level: AgencyLevel }>(ctx.db, 'SELECT level FROM committee WHERE id = ?', record.conference.committeeId)?.level ?? 'tinh';
  const greeted = ordered
    .filter((d) => !d.representative && levelPrecedence(d.level) <= levelPrecedence(level))
    .slice(0, 3)
    .map((d) => ({ fullName: d.fullName, rank: d.rank, position: positionWithAgency(d.position, d.agencyName) }));
  return { lines: conferenceIntroduction(ctx.db, record.conference.id, ordered), greeted };
}

/** A delegate as the MC names them: rank, name, position with the agency said once. */
const namedPerson = (i: Invitation): NamedPerson => ({
  fullName: i.fullName,
  rank: i.rank,
  position: i.position,
  agencyName: i.agencyName,
  representative: i.representative,
});

export function mcScriptData(ctx: ServiceContext, conferenceId: number): { record: ConferenceRecord; data: McScriptData } {
  const record = gatherConference(ctx, conferenceId);
  const scheduled = record.speeches.filter((s) => isScheduled(s.status));
  const batchView = batchesView(ctx.db, conferenceId);
  const batches = batchView.batches.length
    ? batchView.batches
    : batchView.unassigned.length
      ? [{ title: '', presenterName: '', items: batchView.unassigned }]
      : [];
  const { lines, greeted } = introductionFor(ctx, record);
  const decidedOn = new Map(listDecisions(ctx.db, { conferenceId }).map((d) => [d.number, d.decidedOn]));
  const byPerson = new Map(record.invitations.filter((i) => i.personId !== null).map((i) => [i.personId!, i]));
  const data: McScriptData = {
    conferenceTitle: record.conference.title,
    conferenceKind: record.conference.kind,
    organiserName: record.committee.name,
    presidium: presidiumInSeatOrder(ctx.db, conferenceId).map(namedPerson),
    introduction: lines,
    greeted,
    items: record.items.map((i) => ({
      kind: i.kind,
      title: i.title,
      performer: i.performer,
      start: i.start,
      durationMin: i.durationMin,
      speeches: scheduled.filter((s) => s.programmeItemId === i.id),
    })),
    batches: batches.map((b) => {
      const decisions = new Map<string, { number: string; formName: string; authorityName: string; date?: string }>();
      for (const r of b.items)
        decisions.set(r.decisionNumber, {
          number: r.decisionNumber,
          formName: r.formName,
          authorityName: r.authorityName,
          date: decidedOn.get(r.decisionNumber),
        });
      const presenter = 'presenterPersonId' in b && b.presenterPersonId !== null ? byPerson.get(b.presenterPersonId) : undefined;
      return {
        title: b.title,
        presenterName: b.presenterName,
        presenter: presenter ? namedPerson(presenter) : undefined,
        decisions: [...decisions.values()],
        recipients: b.items.map((r) => ({ name: r.name, rank: r.rank, position: r.position, agency: r.agency, collective: r.kind !== 'ca_nhan' })),
      };
    }),
  };
  return { record, data };
}

export function conclusionNoticeData(ctx: ServiceContext, conferenceId: number): { record: ConferenceRecord; data: ConclusionNoticeData } {
  const record = gatherConference(ctx, conferenceId);
  const checkIn = record.invitations.some((i) => i.attendance !== '');
  const present = record.invitations.filter((i) => isComing(i) && (!checkIn || hasArrived(i.attendance)));
  const chair = present.find((i) => i.role === 'chu_tri') ?? record.invitations.find((i) => i.role === 'chu_tri');
  const person = (i: Invitation) => ({ fullName: i.fullName, rank: i.rank, position: positionAtAgency(i.position, i.agencyName) });
  const leaders = present.filter((i) => i !== chair && !i.representative && (i.delegateGroup === 'cap_tren' || i.role === 'dong_chu_tri')).slice(0, 6);
  return {
    record,
    data: {
      issuingBodyName: record.committee.name,
      conferenceTitle: record.conference.title,
      startsAt: record.conference.startsAt,
      venue: record.conference.venue,
      chair: chair
        ? person(chair)
        : record.committee.headName
          ? { fullName: record.committee.headName, rank: '', position: record.committee.headPosition }
          : null,
      attendingLeaders: leaders.map(person),
      conclusions: record.data.conclusions,
    },
  };
}
