import { DELEGATE_GROUPS, type DelegateGroup } from '../../../../shared/domain/people';
import { CodeOptions } from '../../components/CodeOptions';

/** The labelled "Nhóm đại biểu" choice used when inviting, importing and adding walk-ins. */
export function DelegateGroupSelect({
  value,
  onChange,
  className = 'toolbar-field',
}: {
  value: DelegateGroup;
  onChange: (group: DelegateGroup) => void;
  className?: string;
}) {
  return (
    <label className={className}>
      <span>Nhóm đại biểu</span>
      <select value={value} onChange={(e) => onChange(e.target.value as DelegateGroup)}>
        <CodeOptions codes={DELEGATE_GROUPS} />
      </select>
    </label>
  );
}
