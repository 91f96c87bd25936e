// Date, time and whole-number fields that read and show values the Vietnamese way (dd/mm/yyyy, 24-hour clock,
// "1.780") whatever the language of Windows or the browser: native <input type="date|time"> follows the
// operating system and turned "15/01/2026" into 1 December under an English Windows.
import { lazy, Suspense, useEffect, useId, useRef, useState, type InputHTMLAttributes } from 'react';
import { parseTypedDate, parseTypedInteger, parseTypedTime, showTypedDate, showTypedInteger } from '../../../shared/text/typed-input';

const CalendarPopover = lazy(() => import('./CalendarPopover'));

type BaseProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'defaultValue'>;

/**
 * Keeps what the person typed while they type; passes on the parsed value when it parses, and the raw text
 * otherwise (so a save is refused by the server's rules and the field shows why, instead of silently keeping
 * an older value the screen no longer shows).
 */
function useTypedText(value: string, show: (v: string) => string) {
  const [text, setText] = useState(() => show(value));
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setText(show(value));
  }, [value, show]);
  return { text, setText, editing };
}

export function DateInput(props: BaseProps & { value: string; onValue: (iso: string) => void }) {
  const { value, onValue, onBlur, onFocus, ...rest } = props;
  const { text, setText, editing } = useTypedText(value, showTypedDate);
  const [open, setOpen] = useState(false);
  const [bad, setBad] = useState(false);
  const popoverId = useId();
  const accept = (typed: string) => {
    setText(typed);
    const iso = parseTypedDate(typed);
    setBad(typed.trim() !== '' && iso === null);
    onValue(iso ?? typed.trim());
  };
  return (
    <span className="typed-date">
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={rest.placeholder ?? 'VD: 15/01/2026'}
        value={text}
        aria-invalid={rest['aria-invalid'] ?? (bad || undefined)}
        onFocus={(e) => {
          editing.current = true;
          onFocus?.(e);
        }}
        onChange={(e) => accept(e.target.value)}
        onBlur={(e) => {
          editing.current = false;
          const iso = parseTypedDate(text);
          if (iso) setText(showTypedDate(iso));
          onBlur?.(e);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && e.altKey) setOpen(true);
        }}
      />
      <button
        type="button"
        className="icon-button"
        aria-label="Chọn ngày trên lịch"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        disabled={rest.disabled}
        onClick={() => setOpen((o) => !o)}
      >
        📅
      </button>
      {bad && <span className="typed-hint" role="status">Nhập ngày/tháng/năm, VD: 15/01/2026</span>}
      {open && (
        <Suspense fallback={null}>
          <CalendarPopover
            id={popoverId}
            value={parseTypedDate(text) ?? value}
            onPick={(iso) => {
              editing.current = false;
              setText(showTypedDate(iso));
              setBad(false);
              onValue(iso);
              setOpen(false);
            }}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </span>
  );
}

const showTime = (v: string) => v;

export function TimeInput(props: BaseProps & { value: string; onValue: (hhmm: string) => void }) {
  const { value, onValue, onBlur, onFocus, ...rest } = props;
  const { text, setText, editing } = useTypedText(value, showTime);
  const [bad, setBad] = useState(false);
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      className={`typed-time ${rest.className ?? ''}`}
      placeholder={rest.placeholder ?? 'VD: 14:30'}
      value={text}
      aria-invalid={rest['aria-invalid'] ?? (bad || undefined)}
      onFocus={(e) => {
        editing.current = true;
        onFocus?.(e);
      }}
      onChange={(e) => {
        setText(e.target.value);
        const t = parseTypedTime(e.target.value);
        setBad(e.target.value.trim() !== '' && t === null);
        onValue(t ?? e.target.value.trim());
      }}
      onBlur={(e) => {
        editing.current = false;
        const t = parseTypedTime(text);
        if (t) setText(t);
        onBlur?.(e);
      }}
    />
  );
}

const showInteger = (v: string) => (v === '' ? '' : showTypedInteger(Number(v)));

/** A whole number shown with "." between thousands; passes on the number, or NaN while the text is not one. */
export function IntegerInput(props: BaseProps & { value: number | null; onValue: (n: number | null) => void }) {
  const { value, onValue, onBlur, onFocus, ...rest } = props;
  const { text, setText, editing } = useTypedText(value === null ? '' : String(value), showInteger);
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={text}
      onFocus={(e) => {
        editing.current = true;
        onFocus?.(e);
      }}
      onChange={(e) => {
        setText(e.target.value);
        onValue(e.target.value.trim() === '' ? null : (parseTypedInteger(e.target.value) ?? Number.NaN));
      }}
      onBlur={(e) => {
        editing.current = false;
        const n = parseTypedInteger(text);
        if (n !== null) setText(showTypedInteger(n));
        onBlur?.(e);
      }}
    />
  );
}
