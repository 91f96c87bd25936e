// Date, time and whole-number fields that read and show values the Vietnamese way (dd/mm/yyyy, 24-hour clock,
// "1.780") whatever the language of Windows or the browser: native <input type="date|time"> follows the
// operating system and turned "15/01/2026" into 1 December under an English Windows.
import { lazy, Suspense, useId, useState, type InputHTMLAttributes } from 'react';
import { formatIsoDate } from '../../../shared/text/dates';
import { formatThousands } from '../../../shared/text/money';
import { parseTypedDate, parseTypedInteger, parseTypedTime } from '../../../shared/text/typed-input';

const CalendarPopover = lazy(() => import('./CalendarPopover'));

type BaseProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'defaultValue'>;

/**
 * What the field shows: the text being typed (kept while it does not parse, so a refused "30/02/2026" stays
 * on screen beside its message), otherwise the value as `show` writes it. When the value changes from outside
 * (a reset, a reload, a calendar pick) the typed text gives way to it. State only, adjusted during render: no
 * ref is written while rendering.
 */
function useTypedText(value: string, show: (v: string) => string) {
  const [state, setState] = useState<{ typed: string | null; seen: string }>({ typed: null, seen: value });
  let typed = state.typed;
  if (state.seen !== value) {
    typed = null;
    setState({ typed: null, seen: value });
  }
  return {
    text: typed ?? show(value),
    /** The person typed `text`, which gives the value `next` (passed on to the form). */
    type: (text: string, next: string) => setState({ typed: text, seen: next }),
    /** Show the value again (the text parsed, or was replaced). */
    settle: (next: string = value) => setState({ typed: null, seen: next }),
  };
}

/** The message beside a field whose text does not parse, joined to the input's aria-describedby. */
function useTypedHint(describedBy: string | undefined, message: string | null) {
  const hintId = useId();
  return {
    describedBy: [describedBy, message ? hintId : ''].filter(Boolean).join(' ') || undefined,
    hint: message ? (
      <span className="typed-hint" id={hintId} role="alert">
        {message}
      </span>
    ) : null,
  };
}

/** Drawn, not an emoji: Windows 7/8 and some Linux fonts show an emoji as an empty box. */
function CalendarIcon() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </svg>
  );
}

const showDate = (v: string) => formatIsoDate(v);

export function DateInput(props: BaseProps & { value: string; onValue: (iso: string) => void }) {
  const { value, onValue, onBlur, ...rest } = props;
  const { text, type, settle } = useTypedText(value, showDate);
  const [open, setOpen] = useState(false);
  // The message shows once the person left the field (not while they are still typing "15/0…").
  const [left, setLeft] = useState(false);
  const popoverId = useId();
  const bad = text.trim() !== '' && parseTypedDate(text) === null;
  const { describedBy, hint } = useTypedHint(rest['aria-describedby'], left && bad ? 'Ngày không hợp lệ. Nhập ngày/tháng/năm, VD: 15/01/2026' : null);
  return (
    <span className="typed-date">
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={rest.placeholder ?? 'VD: 15/01/2026'}
        value={text}
        aria-invalid={rest['aria-invalid'] || (left && bad) || undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          const typed = e.target.value;
          const next = parseTypedDate(typed) ?? typed.trim();
          setLeft(false);
          type(typed, next);
          onValue(next);
        }}
        onBlur={(e) => {
          setLeft(true);
          if (parseTypedDate(text)) settle();
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
        <CalendarIcon />
      </button>
      {hint}
      {open && (
        <Suspense fallback={null}>
          <CalendarPopover
            id={popoverId}
            value={parseTypedDate(text) ?? value}
            onPick={(iso) => {
              settle(iso);
              setLeft(false);
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
  const { value, onValue, onBlur, ...rest } = props;
  const { text, type, settle } = useTypedText(value, showTime);
  const [left, setLeft] = useState(false);
  const bad = text.trim() !== '' && parseTypedTime(text) === null;
  const { describedBy, hint } = useTypedHint(rest['aria-describedby'], left && bad ? 'Giờ không hợp lệ. Nhập giờ:phút, VD: 14:30' : null);
  return (
    <span className="typed-time-field">
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className={`typed-time ${rest.className ?? ''}`}
        placeholder={rest.placeholder ?? 'VD: 14:30'}
        value={text}
        aria-invalid={rest['aria-invalid'] || (left && bad) || undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          const typed = e.target.value;
          const next = parseTypedTime(typed) ?? typed.trim();
          setLeft(false);
          type(typed, next);
          onValue(next);
        }}
        onBlur={(e) => {
          setLeft(true);
          const t = parseTypedTime(text);
          if (t) settle(t);
          onBlur?.(e);
        }}
      />
      {hint}
    </span>
  );
}

const showInteger = (v: string) => (v === '' || !Number.isFinite(Number(v)) ? '' : formatThousands(Number(v)));

/** A whole number shown with "." between thousands; passes on the number, or NaN while the text is not one. */
export function IntegerInput(props: BaseProps & { value: number | null; onValue: (n: number | null) => void }) {
  const { value, onValue, onBlur, ...rest } = props;
  const { text, type, settle } = useTypedText(value === null ? '' : String(value), showInteger);
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={text}
      onChange={(e) => {
        const typed = e.target.value;
        const n = typed.trim() === '' ? null : (parseTypedInteger(typed) ?? Number.NaN);
        type(typed, n === null ? '' : String(n));
        onValue(n);
      }}
      onBlur={(e) => {
        if (parseTypedInteger(text) !== null) settle();
        onBlur?.(e);
      }}
    />
  );
}
