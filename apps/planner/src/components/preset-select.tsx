import type { MethodologySpec } from '@dsc/domain';
import { useI18n } from '../i18n/i18n-context.js';

export interface PresetSelectProps {
  presets: readonly MethodologySpec[];
  value: string | undefined;
  onChange: (id: string) => void;
  /** The field's label; "Methodology preset" unless told. */
  label?: string;
}

/** Chooses a methodology preset (overview, country profile, comparison, methodology). */
export function PresetSelect({ presets, value, onChange, label }: PresetSelectProps) {
  const { t, text } = useI18n();
  return (
    <label className="field">
      {label ?? t('planner.control.preset')}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {text(p.name)}
          </option>
        ))}
      </select>
    </label>
  );
}
