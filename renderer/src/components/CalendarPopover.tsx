// The month calendar behind a date field (react-day-picker's Vietnamese locale, which carries its screen-reader
// labels too), loaded on first use. The caption and the weekday heads are written as Vietnamese calendars
// print them: "Tháng 1 năm 2026", "T2 … T7, CN" (date-fns would give "Tháng Một", "Th 2").
import { useEffect, useRef } from 'react';
import { DayPicker, type Formatters } from 'react-day-picker';
import { vi } from 'react-day-picker/locale';
import 'react-day-picker/style.css';

const toDate = (iso: string): Date | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
};
const toIso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const FORMATTERS: Partial<Formatters> = {
  formatCaption: (month) => `Tháng ${month.getMonth() + 1} năm ${month.getFullYear()}`,
  formatWeekdayName: (day) => (day.getDay() === 0 ? 'CN' : `T${day.getDay() + 1}`),
};

export default function CalendarPopover(props: { id: string; value: string; onPick: (iso: string) => void; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const selected = toDate(props.value);
  const { onClose } = props;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    const onDown = (e: MouseEvent) => ref.current && !ref.current.contains(e.target as Node) && onClose();
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [onClose]);
  return (
    <div className="calendar-popover" id={props.id} ref={ref} role="dialog" aria-label="Lịch chọn ngày">
      <DayPicker
        mode="single"
        locale={vi}
        formatters={FORMATTERS}
        weekStartsOn={1}
        autoFocus
        selected={selected}
        defaultMonth={selected}
        onSelect={(d) => d && props.onPick(toIso(d))}
      />
    </div>
  );
}
