import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Tone = 'success' | 'error' | 'info';
interface NoticeItem {
  id: number;
  tone: Tone;
  text: string;
}

const NoticeContext = createContext<(tone: Tone, text: string) => void>(() => {});

/** Short messages after an action ("Đã lưu"), announced to screen readers. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<NoticeItem[]>([]);
  const notify = useCallback((tone: Tone, text: string) => {
    const id = Date.now() + Math.random();
    // One message at a time: a new one replaces the last, so messages never pile up over the screen.
    setItems([{ id, tone, text }]);
    setTimeout(() => setItems((list) => list.filter((n) => n.id !== id)), tone === 'error' ? 9000 : 4000);
  }, []);
  return (
    <NoticeContext.Provider value={notify}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {items.map((n) => (
          <div key={n.id} className={`notice notice-${n.tone}`}>
            {n.text}
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export const useNotify = () => useContext(NoticeContext);
