// A row's less frequent actions behind one "Thao tác" button (a row shows at most three buttons). WAI-ARIA
// menu button: Enter/Space/↓ opens on the first item, ↑/↓ move, Esc closes back to the button, Tab or a
// click elsewhere closes. The menu is placed with fixed coordinates so a table's rounded, clipped corners do
// not cut it off.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface RowMenuItem {
  /** What the item says ("Sửa"). */
  label: string;
  /** Its full accessible name when the label needs the row ("Sửa: Báo cáo tổng kết"). */
  name?: string;
  onSelect: () => void;
  danger?: boolean;
  disabled?: boolean;
}

export function RowMenu({ name, items }: { name: string; items: RowMenuItem[] }) {
  const [at, setAt] = useState<{ top: number; right: number } | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();
  const open = at !== null;

  const focusItem = (index: number) => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? [])];
    if (buttons.length) buttons[(index + buttons.length) % buttons.length]!.focus();
  };
  const show = () => {
    const r = trigger.current?.getBoundingClientRect();
    if (r) setAt({ top: r.bottom + 4, right: window.innerWidth - r.right });
  };
  const close = (refocus: boolean) => {
    setAt(null);
    if (refocus) trigger.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    focusItem(0);
    const away = (e: Event) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !trigger.current?.contains(target)) setAt(null);
    };
    // A scroll or resize (also one the page makes itself after a refresh) moves the menu with its button; it
    // closes only when the button has left the window.
    const moved = () => {
      const r = trigger.current?.getBoundingClientRect();
      if (!r || r.bottom < 0 || r.top > window.innerHeight) setAt(null);
      else setAt({ top: r.bottom + 4, right: window.innerWidth - r.right });
    };
    document.addEventListener('mousedown', away);
    window.addEventListener('scroll', moved, true);
    window.addEventListener('resize', moved);
    return () => {
      document.removeEventListener('mousedown', away);
      window.removeEventListener('scroll', moved, true);
      window.removeEventListener('resize', moved);
    };
  }, [open]);

  const onMenuKey = (e: KeyboardEvent) => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown') focusItem(index + 1);
    else if (e.key === 'ArrowUp') focusItem(index - 1);
    else if (e.key === 'Home') focusItem(0);
    else if (e.key === 'End') focusItem(-1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') return close(false);
    else return;
    e.preventDefault();
  };

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="button button-small row-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={name}
        onClick={() => (open ? close(false) : show())}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            show();
          }
        }}
      >
        Thao tác <span aria-hidden="true">▾</span>
      </button>
      {at && (
        <ul ref={menu} id={id} role="menu" aria-label={name} className="row-menu" style={{ top: at.top, right: at.right }} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={item.danger ? 'row-menu-danger' : undefined}
                aria-label={item.name}
                disabled={item.disabled}
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
