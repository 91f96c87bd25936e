import type { conferenceOps } from '../../../../shared/api/conferences';
import type { HandlersFor } from '../../../../shared/api/define';
import { AppError } from '../../../../shared/api/result';
import type { Conference, ConferenceListItem } from '../../../../shared/domain/conference';
import { foldForSearch } from '../../../../shared/text/vietnamese';
import { isoNow, type ServiceContext } from '../../context';
import type { Db } from '../../db/open';
import { columns, many, one } from '../../db/rows';
import { getCommittee } from '../committees';
import { assertConferenceEditable, fillFromTemplate, followConferenceStart } from './repo';
import { NOT_FOUND } from '../../../../shared/api/messages';

const COLUMNS = columns<Conference>({
  id: 'c.id',
  committeeId: 'c.committee_id',
  kind: 'c.kind',
  title: 'c.title',
  startsAt: 'c.starts_at',
  endsAt: 'c.ends_at',
  venue: 'c.venue',
  status: 'c.status',
  notes: 'c.notes',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
});

export function getConference(db: Db, id: number): Conference {
  const row = one<Conference>(db, `SELECT ${COLUMNS} FROM conference c WHERE c.id = ?`, id);
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND.conference);
  return row;
}

/** Folded text the list search looks in: title, venue, notes. */
function searchText(input: { title: string; venue: string; notes: string }): string {
  return foldForSearch(`${input.title} ${input.venue} ${input.notes}`);
}

/** LIKE pattern for one folded search word, with LIKE's own wildcards escaped. */
export function likeWord(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

type NewConference = Omit<Conference, 'id' | 'createdAt' | 'updatedAt'>;

/** Inserts the conference row only (no programme): used by create and by "Tạo từ hội nghị năm trước". */
export function insertConference(ctx: ServiceContext, input: NewConference): Conference {
  getCommittee(ctx.db, input.committeeId);
  const now = isoNow(ctx);
  const info = ctx.db
    .prepare(
      `INSERT INTO conference (committee_id, kind, title, starts_at, ends_at, venue, status, notes, search_text, created_at, updated_at)
       VALUES (@committeeId, @kind, @title, @startsAt, @endsAt, @venue, @status, @notes, @searchText, @now, @now)`,
    )
    .run({ ...input, searchText: searchText(input), now });
  return getConference(ctx.db, Number(info.lastInsertRowid));
}

export const conferenceHandlers: HandlersFor<typeof conferenceOps, ServiceContext> = {
  'conference:list': (ctx, filter) => {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.committeeId !== undefined) {
      where.push('c.committee_id = @committeeId');
      params.committeeId = filter.committeeId;
    }
    if (filter.year !== undefined) {
      where.push('substr(c.starts_at, 1, 4) = @year');
      params.year = String(filter.year);
    }
    if (filter.kind !== undefined) {
      where.push('c.kind = @kind');
      params.kind = filter.kind;
    }
    foldForSearch(filter.query ?? '')
      .split(' ')
      .filter(Boolean)
      .slice(0, 10)
      .forEach((word, i) => {
        where.push(`c.search_text LIKE @w${i} ESCAPE '\\'`);
        params[`w${i}`] = likeWord(word);
      });
    const sql = `SELECT ${COLUMNS}, m.name AS committeeName FROM conference c JOIN committee m ON m.id = c.committee_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.starts_at DESC, c.id DESC`;
    return many<ConferenceListItem>(ctx.db, sql, params);
  },

  'conference:get': (ctx, { id }) => getConference(ctx.db, id),

  /** A new conference starts with its kind's programme and checklist (templates are the committee's data). */
  'conference:create': (ctx, input) => {
    // A conference entered as already closed (old records) gets its programme first: closed data is read-only.
    const conference = insertConference(ctx, input.status === 'closed' ? { ...input, status: 'held' } : input);
    fillFromTemplate(ctx.db, conference.id, conference.kind, isoNow(ctx));
    if (input.status !== 'closed') return conference;
    ctx.db.prepare("UPDATE conference SET status = 'closed' WHERE id = ?").run(conference.id);
    return getConference(ctx.db, conference.id);
  },

  'conference:update': (ctx, { id, ...input }) => {
    assertConferenceEditable(ctx.db, id);
    followConferenceStart(ctx.db, id, getConference(ctx.db, id).startsAt, input.startsAt);
    getCommittee(ctx.db, input.committeeId);
    ctx.db
      .prepare(
        `UPDATE conference SET committee_id = @committeeId, kind = @kind, title = @title, starts_at = @startsAt,
           ends_at = @endsAt, venue = @venue, status = @status, notes = @notes, search_text = @searchText, updated_at = @now
         WHERE id = @id`,
      )
      .run({ ...input, id, searchText: searchText(input), now: isoNow(ctx) });
    return getConference(ctx.db, id);
  },

  'conference:delete': (ctx, { id }) => {
    assertConferenceEditable(ctx.db, id);
    ctx.db.prepare('DELETE FROM conference WHERE id = ?').run(id);
    return { id };
  },
};
