// "Có mặt: 245 / 300", kept current by the events stream: for the control view, beside the clock.
import { callOrThrow } from '../../api/client';
import { useLoader } from '../../hooks';
import { useLiveChanges } from '../../live/events';

export function LiveCount({ conferenceId }: { conferenceId: number }) {
  const counts = useLoader(() => callOrThrow('checkin:counts', { conferenceId }), [conferenceId]);
  useLiveChanges(conferenceId, (e) => {
    if (e === null || e.op.startsWith('checkin:') || e.op.startsWith('invitation:')) counts.reload();
  });
  const total = counts.data?.total;
  if (!total) return null;
  return (
    <span className="live-count" role="status" data-testid="control-present">
      Có mặt: <strong>{total.present}</strong> / {total.invited} đại biểu
    </span>
  );
}
