import { format } from 'date-fns';
import type { DemoContext } from '../../demo/demo-context';

/**
 * Programmes and checklists: every demo conference already got its kind's template when it was created.
 * Here the past ones get their tasks done and their actual times recorded, the inspection visit gets its
 * team, and the upcoming summary gets a tailored report item and a task of its own.
 */
export function seedPlanning(ctx: DemoContext, now: Date): void {
  const today = format(now, 'yyyy-MM-dd');
  const all = ctx.call('conference:list', {});
  for (const c of all) {
    const programme = ctx.call('programme:get', { conferenceId: c.id });
    const past = c.startsAt.slice(0, 10) < today;
    // Closed files are read-only: open them for seeding, close them again afterwards.
    if (c.status === 'closed') ctx.call('conference:reopen', { id: c.id });
    if (past) {
      for (const t of ctx.call('prep:list', { conferenceId: c.id })) ctx.call('prep:setStatus', { id: t.id, status: 'done' });
      // Actual times: each item a few minutes later than planned, as it usually goes.
      let drift = 0;
      for (const part of programme.parts)
        for (const item of part.items) {
          const shift = (hhmm: string, extra: number) => {
            const [h, m] = hhmm.split(':').map(Number) as [number, number];
            const total = (h * 60 + m + extra + 1440) % 1440;
            return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
          };
          const start = shift(item.start, drift);
          drift += item.kind === 'tham_luan' ? 4 : 1;
          ctx.call('programme:recordActual', { id: item.id, actualStart: start, actualEnd: shift(item.end, drift) });
        }
    }
    if (c.kind === 'kiem_tra') {
      ctx.call('inspection:save', {
        conferenceId: c.id,
        teamHead: 'Đại tá Lê Văn Bình, Phó Giám đốc Công an tỉnh, Phó Trưởng Ban Chỉ đạo',
        teamMembers:
          'Thượng tá Nguyễn Văn Hòa, Trưởng phòng Xây dựng phong trào bảo vệ ANTQ\nBà Trần Thị Mai, Phó Chánh Văn phòng UBND tỉnh\nTrung tá Phạm Quốc Việt, Phó Trưởng phòng Tham mưu',
        inspectedUnit: 'Ban Chỉ đạo xã Hải Hậu',
        basisDocuments: 'Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư\nKế hoạch kiểm tra của Ban Chỉ đạo tỉnh',
      });
    }
    if (!past && c.kind === 'tong_ket_phat_dong') {
      const year = Number(c.startsAt.slice(0, 4));
      const report = programme.parts[0]?.items.find((i) => i.kind === 'bao_cao');
      if (report)
        ctx.call('programme:updateItem', {
          id: report.id,
          kind: 'bao_cao',
          title: `Báo cáo tổng kết phong trào toàn dân bảo vệ ANTQ năm ${year - 1}, phương hướng, nhiệm vụ năm ${year}`,
          performer: 'Đại tá Lê Văn Bình, Phó Giám đốc Công an tỉnh',
          durationMin: 25,
          notes: '',
        });
      ctx.call('prep:create', {
        conferenceId: c.id,
        title: 'Mời phóng viên Báo, Đài Phát thanh và Truyền hình tỉnh đưa tin',
        owner: 'Văn phòng Ban Chỉ đạo',
        dueMode: 'relative',
        daysBefore: 3,
        dueDateFixed: '',
        status: 'todo',
        notes: '',
      });
      ctx.call('programme:setBreak', { conferenceId: c.id, lunchStart: '11:45', lunchEnd: '13:30' });
    }
    if (c.status === 'closed') ctx.call('conference:setStatus', { id: c.id, status: 'closed' });
  }
}
