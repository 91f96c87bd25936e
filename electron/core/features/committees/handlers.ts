import type { committeeOps } from '../../../../shared/api/committees';
import type { HandlersFor } from '../../../../shared/api/define';
import { AppError } from '../../../../shared/api/result';
import type { Committee } from '../../../../shared/domain/committee';
import { compareVietnamese } from '../../../../shared/text/vietnamese';
import { isoNow, type ServiceContext } from '../../context';
import type { Db } from '../../db/open';
import { NOT_FOUND } from '../../../../shared/api/messages';
import { many, one, single } from '../../db/rows';

const SELECT = `SELECT id, name, parent_body AS parentBody, issuing_body AS issuingBody, locality, level,
  doc_code AS docCode, head_name AS headName, head_position AS headPosition, signer_name AS signerName,
  signer_prefix AS signerPrefix, signer_position AS signerPosition, secretary_name AS secretaryName,
  contact_name AS contactName, contact_phone AS contactPhone, notice_signer_prefix AS noticeSignerPrefix,
  notice_signer_for AS noticeSignerFor, notice_signer_position AS noticeSignerPosition, notice_signer_name AS noticeSignerName,
  created_at AS createdAt, updated_at AS updatedAt FROM committee`;

export function getCommittee(db: Db, id: number): Committee {
  const row = one<Committee>(db, `${SELECT} WHERE id = ?`, id);
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND.committee);
  return row;
}

export const committeeHandlers: HandlersFor<typeof committeeOps, ServiceContext> = {
  'committee:list': (ctx) => {
    const rows = many<Committee>(ctx.db, SELECT);
    return rows.sort((a, b) => compareVietnamese(a.name, b.name));
  },

  'committee:get': (ctx, { id }) => getCommittee(ctx.db, id),

  'committee:create': (ctx, input) => {
    const now = isoNow(ctx);
    const info = ctx.db
      .prepare(
        `INSERT INTO committee (name, parent_body, issuing_body, locality, level, doc_code, head_name, head_position,
           signer_name, signer_prefix, signer_position, secretary_name, contact_name, contact_phone, notice_signer_prefix,
           notice_signer_for, notice_signer_position, notice_signer_name, created_at, updated_at)
         VALUES (@name, @parentBody, @issuingBody, @locality, @level, @docCode, @headName, @headPosition,
           @signerName, @signerPrefix, @signerPosition, @secretaryName, @contactName, @contactPhone, @noticeSignerPrefix,
           @noticeSignerFor, @noticeSignerPosition, @noticeSignerName, @now, @now)`,
      )
      .run({ ...input, now });
    return getCommittee(ctx.db, Number(info.lastInsertRowid));
  },

  'committee:update': (ctx, { id, ...input }) => {
    getCommittee(ctx.db, id);
    ctx.db
      .prepare(
        `UPDATE committee SET name = @name, parent_body = @parentBody, issuing_body = @issuingBody, locality = @locality,
           level = @level, doc_code = @docCode, head_name = @headName, head_position = @headPosition,
           signer_name = @signerName, signer_prefix = @signerPrefix, signer_position = @signerPosition,
           secretary_name = @secretaryName, contact_name = @contactName, contact_phone = @contactPhone,
           notice_signer_prefix = @noticeSignerPrefix, notice_signer_for = @noticeSignerFor,
           notice_signer_position = @noticeSignerPosition, notice_signer_name = @noticeSignerName, updated_at = @now
         WHERE id = @id`,
      )
      .run({ ...input, id, now: isoNow(ctx) });
    return getCommittee(ctx.db, id);
  },

  'committee:delete': (ctx, { id }) => {
    const committee = getCommittee(ctx.db, id);
    const { n } = single<{ n: number }>(ctx.db, 'SELECT count(*) AS n FROM conference WHERE committee_id = ?', id);
    if (n > 0) throw new AppError('CONFLICT', `${committee.name} còn ${n} hội nghị. Hãy xoá các hội nghị đó trước khi xoá Ban Chỉ đạo.`);
    ctx.db.prepare('DELETE FROM committee WHERE id = ?').run(id);
    return { id };
  },
};
