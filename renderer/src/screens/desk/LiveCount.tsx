// "Có mặt: 245 / 300", kept current by the events stream: for the control view, beside the clock.
import { useOp } from '../../api/query';

export function LiveCount({ conferenceId }: { conferenceId: number }) {
  // Refetched when the events stream says something changed (App.tsx invalidates on every event).
  const counts = useOp('checkin:counts', { conferenceId });
  const total = counts.data?.total;
  if (!total) return null;
  return (
    <span className="live-count" role="status" data-testid="control-present">
      Có mặt: <strong>{total.present}</strong> / {total.invited} đại biểu
    </span>
  );
}
