// The hall screen (projector, display role): the conference title, what is on now and who speaks, the
// countdown the chair's control view runs, and how many delegates are present. Large type, high contrast,
// readable from 15 m. It refetches when the events stream says something changed; the clock ticks locally
// from the server's time.
import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { timerState } from '../../../../shared/rules/timer';
import { ConnectionBanner } from '../../live/ConnectionBanner';
import { deskQuery } from '../../live/desk-call';
import { useLiveChanges } from '../../live/events';
import './hall.css';

export function HallApp({ conferenceId }: { conferenceId: number }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: Infinity, refetchOnWindowFocus: false } } }));
  return (
    <QueryClientProvider client={client}>
      <HallScreen conferenceId={conferenceId} />
    </QueryClientProvider>
  );
}

function HallScreen({ conferenceId }: { conferenceId: number }) {
  const queryClient = useQueryClient();
  // The offset between the server's clock and this screen's, taken when the view arrives.
  const view = useQuery({
    queryKey: ['hall:get', conferenceId],
    queryFn: async () => {
      const v = await deskQuery('hall:get', { conferenceId });
      return { ...v, offset: new Date(v.serverNow).getTime() - Date.now() };
    },
  });
  const [now, setNow] = useState(() => Date.now());
  const root = useRef<HTMLDivElement>(null);
  useLiveChanges(conferenceId, () => void queryClient.invalidateQueries({ queryKey: ['hall:get'] }));
  // The countdown's display clock (no server calls).
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, []);
  const data = view.data;
  const offset = data?.offset ?? 0;
  const running = data?.phase === 'running';
  const timer = timerState(data?.allottedMin ?? 0, running && data?.startedAt ? new Date(data.startedAt).getTime() : null, now + offset);
  const fullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen?.().catch(() => undefined);
  };

  return (
    <div ref={root} className={`hall timer-${running ? timer.phase : 'idle'}`}>
      <header className="hall-header">
        <h1 className="hall-title">{data?.title ?? (view.error ? 'Không tải được hội nghị' : 'Đang tải…')}</h1>
        <button type="button" className="hall-fullscreen" onClick={fullScreen}>
          Toàn màn hình
        </button>
      </header>
      <ConnectionBanner />
      <main className="hall-main">
        <p className="hall-phase">{data?.phase === 'before' ? 'Hội nghị sắp bắt đầu' : data?.phase === 'finished' ? 'Đã hết chương trình' : 'Đang diễn ra'}</p>
        {running && <h2 className="hall-current">{data.currentLabel}</h2>}
        {running && data.currentWho && <p className="hall-who">{data.currentWho}</p>}
        {running && (
          <div className="hall-countdown" role="timer" aria-label={timer.spoken} data-phase={timer.phase} data-testid="hall-countdown">
            {timer.display}
          </div>
        )}
        {data?.nextLabel && data.phase !== 'finished' && <p className="hall-next">Tiếp theo: {data.nextLabel}</p>}
      </main>
      <footer className="hall-footer" aria-live="polite">
        <span className="hall-present" data-testid="hall-present">
          {data?.present ?? '–'}
        </span>
        <span className="hall-present-label"> / {data?.invited ?? '–'} đại biểu có mặt</span>
      </footer>
    </div>
  );
}
