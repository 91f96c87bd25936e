// Storage of speeches, their attached texts, the live control state and the minutes' sections.
import { format } from 'date-fns';
import { AppError } from '../../../../shared/api/result';
import { SCHEDULED_SPEECH_STATUSES, type Speech, type SpeechKind, type SpeechStatus } from '../../../../shared/domain/speeches';
import { personPhrase } from '../../../../shared/rules/naming';
import type { ServiceContext } from '../../context';
import type { Db } from '../../db/open';
import { columns, many, one } from '../../db/rows';
import { updateProgrammeItem } from '../planning';

type Row = Omit<Speech, 'file'> & { fileName: string | null; mimeType: string | null; sizeBytes: number | null };
const COLUMNS = columns<Row>({
  id: 's.id',
  conferenceId: 's.conference_id',
  position: 's.position',
  kind: 's.kind',
  invitationId: 's.invitation_id',
  speakerName: 's.speaker_name',
  speakerRank: 's.speaker_rank',
  speakerPosition: 's.speaker_position',
  unitName: 's.unit_name',
  title: 's.title',
  allottedMin: 's.allotted_min',
  status: 's.status',
  programmeItemId: 's.programme_item_id',
  notes: 's.notes',
  actualStart: 's.actual_start',
  actualEnd: 's.actual_end',
  updatedAt: 's.updated_at',
  fileName: 'f.file_name',
  mimeType: 'f.mime_type',
  sizeBytes: 'f.size_bytes',
});
const FROM = 'speech s LEFT JOIN speech_file f ON f.speech_id = s.id';

const toSpeech = ({ fileName, mimeType, sizeBytes, ...r }: Row): Speech => ({
  ...r,
  file: fileName ? { fileName, mimeType: mimeType ?? '', sizeBytes: sizeBytes ?? 0 } : null,
});

export function getSpeech(db: Db, id: number): Speech {
  const row = one<Row>(db, `SELECT ${COLUMNS} FROM ${FROM} WHERE s.id = ?`, id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy bài phát biểu này (có thể đã bị xoá).');
  return toSpeech(row);
}

export function listSpeeches(db: Db, conferenceId: number): Speech[] {
  return many<Row>(db, `SELECT ${COLUMNS} FROM ${FROM} WHERE s.conference_id = ? ORDER BY s.position, s.id`, conferenceId).map(toSpeech);
}

export function renumberSpeeches(db: Db, ids: number[]): void {
  const update = db.prepare('UPDATE speech SET position = ? WHERE id = ?');
  ids.forEach((id, i) => update.run(i, id));
}

export const isScheduled = (status: SpeechStatus) => SCHEDULED_SPEECH_STATUSES.includes(status);

/** How the programme names a speaker: "Đại tá Lê Văn Bình, Phó Giám đốc Công an tỉnh" or "Đại diện Công an xã Hải Hậu". */
export function programmeSpeakerLabel(s: Pick<Speech, 'speakerName' | 'speakerRank' | 'speakerPosition' | 'unitName'>): string {
  if (!s.speakerName) return s.unitName ? `Đại diện ${s.unitName}` : '';
  return personPhrase(
    { fullName: s.speakerName, rank: s.speakerRank, position: s.speakerPosition, agencyName: s.unitName },
    { honorific: '', sentenceStart: true },
  );
}

/**
 * The programme follows the approved talks: a programme item with approved (or given) speeches gets their
 * total allotted minutes as its duration and their speakers, in order, as its performer. Goes through the
 * planning service, so the clock times are recomputed by the one schedule rule.
 */
export function syncProgrammeItem(ctx: ServiceContext, itemId: number | null): void {
  if (itemId === null) return;
  const item = one<{ id: number; kind: string; title: string; performer: string; durationMin: number; notes: string }>(
    ctx.db,
    'SELECT id, kind, title, performer, duration_min AS durationMin, notes FROM programme_item WHERE id = ?',
    itemId,
  );
  if (!item) return;
  const speeches = many<Row>(ctx.db, `SELECT ${COLUMNS} FROM ${FROM} WHERE s.programme_item_id = ? ORDER BY s.position, s.id`, itemId)
    .map(toSpeech)
    .filter((s) => isScheduled(s.status));
  if (speeches.length === 0) return;
  const durationMin = Math.min(
    600,
    speeches.reduce((n, s) => n + s.allottedMin, 0),
  );
  let performer = speeches.map(programmeSpeakerLabel).filter(Boolean).join('; ');
  if (performer.length > 300) performer = `${performer.slice(0, 299)}…`;
  if (durationMin === item.durationMin && performer === item.performer) return;
  updateProgrammeItem(ctx, {
    id: item.id,
    kind: item.kind as never,
    title: item.title,
    performer: performer || item.performer,
    durationMin,
    notes: item.notes,
  });
}

export const clockOf = (ctx: ServiceContext) => format(ctx.now(), 'HH:mm');

export type { SpeechKind };
