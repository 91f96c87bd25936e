// A file field that reads in Vietnamese: a button "Chọn tệp…" and the chosen file's name, instead of the
// browser's "Choose File / No file chosen" (which follows the language of Windows).
import type { Ref } from 'react';

export function FileButton({
  inputRef,
  ...props
}: {
  /** The button's text, also the field's accessible name ("Chọn tệp Excel (.xlsx)"). */
  label: string;
  accept: string;
  onFiles: (files: FileList | null) => void;
  /** The chosen file's name, shown beside the button. */
  fileName?: string | undefined;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <span className="file-field">
      <label className={`button file-button${props.disabled ? ' file-button-disabled' : ''}`}>
        {props.label}
        <input
          ref={inputRef}
          type="file"
          className="visually-hidden"
          accept={props.accept}
          disabled={props.disabled}
          onChange={(e) => props.onFiles(e.target.files)}
        />
      </label>
      <span className="muted small" aria-live="polite">
        {props.fileName ? `Đã chọn: ${props.fileName}` : 'Chưa chọn tệp nào'}
      </span>
    </span>
  );
}
