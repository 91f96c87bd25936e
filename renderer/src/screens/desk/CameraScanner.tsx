// Phone camera scanning on the desk page, where the browser has BarcodeDetector (Chrome on Android,
// recent desktop Chrome). Elsewhere the page says so: the USB scanner or typing the name still work.
import { useEffect, useRef, useState } from 'react';

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorCtor = new (options: { formats: string[] }) => BarcodeDetectorLike;

function detectorClass(): BarcodeDetectorCtor | null {
  return ((window as unknown as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector ?? null) as BarcodeDetectorCtor | null;
}

export function cameraSupport(): { ok: boolean; reason: string } {
  if (!window.isSecureContext) return { ok: false, reason: 'Muốn quét bằng camera, hãy mở trang bằng địa chỉ https:// của chế độ mạng nội bộ.' };
  if (!navigator.mediaDevices?.getUserMedia) return { ok: false, reason: 'Trình duyệt này không cho dùng camera.' };
  if (!detectorClass())
    return { ok: false, reason: 'Trình duyệt này chưa hỗ trợ quét mã bằng camera (dùng Chrome trên Android). Hãy dùng máy quét hoặc gõ tên.' };
  return { ok: true, reason: '' };
}

export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const [on, setOn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const support = cameraSupport();
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  });

  useEffect(() => {
    if (!on) return;
    const Detector = detectorClass();
    if (!Detector) return;
    let stream: MediaStream | null = null;
    let frame = 0;
    let stopped = false;
    let last = '';
    let lastAt = 0;
    const detector = new Detector({ formats: ['qr_code', 'code_128'] });
    const tick = async () => {
      if (stopped || !video.current) return;
      try {
        const found = await detector.detect(video.current);
        const value = found[0]?.rawValue;
        // The same code stays in view for a while: one scan per code every 3 s.
        if (value && (value !== last || Date.now() - lastAt > 3000)) {
          last = value;
          lastAt = Date.now();
          onCodeRef.current(value);
        }
      } catch {
        // A frame that cannot be read: try the next one.
      }
      frame = requestAnimationFrame(() => void tick());
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (s) => {
        stream = s;
        if (stopped || !video.current) return s.getTracks().forEach((t) => t.stop());
        video.current.srcObject = s;
        await video.current.play();
        void tick();
      })
      .catch(() => {
        setError('Không mở được camera: hãy cho phép trang dùng camera rồi thử lại.');
        setOn(false);
      });
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [on]);

  if (!support.ok)
    return (
      <p className="desk-note" data-testid="camera-note">
        {support.reason}
      </p>
    );
  return (
    <div className="desk-camera">
      <button type="button" className="desk-button" aria-pressed={on} onClick={() => setOn(!on)}>
        {on ? 'Tắt camera' : 'Quét bằng camera'}
      </button>
      {error && (
        <p className="desk-error" role="alert">
          {error}
        </p>
      )}
      {on && <video ref={video} className="desk-video" muted playsInline aria-label="Hình từ camera để quét mã" />}
    </div>
  );
}
