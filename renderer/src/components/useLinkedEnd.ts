import { useState } from 'react';
import { clockAfter, clockMinutesBetween } from '../../../shared/rules/schedule';

/**
 * Start and end time fields where the end follows the start (08:00–11:30 typed as a 14:30 start becomes
 * 14:30–18:00) until the person types an end themselves; an end they typed is never changed.
 */
export function useLinkedEnd(times: { startTime: string; endTime: string }, setTimes: (next: { startTime?: string; endTime: string }) => void, follow = true) {
  const [endTyped, setEndTyped] = useState(!follow);
  // The duration is kept from the last consistent pair, so a half-typed start ("14:3") does not lose it.
  // Undefined until the start is first changed: the form's data may arrive after the first render.
  const [duration, setDuration] = useState<number | null | undefined>(undefined);
  return {
    onStart(startTime: string) {
      const kept = duration === undefined ? clockMinutesBetween(times.startTime, times.endTime) : duration;
      if (duration === undefined) setDuration(kept);
      const end = !endTyped && kept !== null ? clockAfter(startTime, kept) : null;
      setTimes(end ? { startTime, endTime: end } : { startTime, endTime: times.endTime });
    },
    onEnd(endTime: string) {
      setEndTyped(true);
      setDuration(clockMinutesBetween(times.startTime, endTime));
      setTimes({ endTime });
    },
  };
}
