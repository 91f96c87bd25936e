// Gathers what the minutes, the MC script and the conclusion notice are made of, from the other
// capabilities' services: the programme (planning), invitations in protocol order (attendees), award
// decisions and batches (awards), and this capability's speeches and conclusions.
import type { Invitation } from '../../../shared/domain/attendees';
import type { ProgrammeView, ScheduledItem } from '../../../shared/domain/planning';
import type { Speech } from '../../../shared/domain/speeches';
import type { MinutesAttendee, MinutesData, MinutesSpeech } from '../../../shared/rules/minutes';
import type { ServiceContext } from '../context';
import { listDecisions } from '../awards/store';
import { attendeeHandlers } from '../services/attendees';
import { getCommittee } from '../services/committees';
import { getConference } from '../services/conferences';
import { programmeView } from '../services/planning-store';
import { isScheduled, listSpeeches } from './store';

/** Handlers used here are synchronous; their type also allows promises. */
export function sync<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('expected a synchronous handler');
  return value;
}

export function conclusionsOf(ctx: ServiceContext, conferenceId: number): string {
  const row = ctx.db.prepare('SELECT conclusions FROM conference_control WHERE conference_id = ?').get(conferenceId) as { conclusions: string } | undefined;
  return row?.conclusions ?? '';
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
  const invitations = sync(attendeeHandlers['invitation:list'](ctx, { conferenceId }));
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
    actualStart: recordedStarts[0]?.actualStart ?? '',
    end: recordedEnds[recordedEnds.length - 1]?.actualEnd ?? programme.end,
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
