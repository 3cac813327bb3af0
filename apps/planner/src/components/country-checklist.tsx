export interface CountryChecklistProps {
  legend: string;
  /** The countries offered, in display order. */
  countries: readonly string[];
  names: Readonly<Record<string, string>>;
  chosen: readonly string[];
  /** The new choice, in display order; never empty (the last country cannot be unticked). */
  onChange: (next: string[]) => void;
}

/** A fieldset of country checkboxes (comparison countries, explorer countries, peers). */
export function CountryChecklist({ legend, countries, names, chosen, onChange }: CountryChecklistProps) {
  const toggle = (c: string) => {
    const next = chosen.includes(c) ? chosen.filter((x) => x !== c) : [...chosen, c];
    if (next.length === 0) return;
    onChange(countries.filter((x) => next.includes(x)));
  };
  return (
    <fieldset className="checks">
      <legend>{legend}</legend>
      {countries.map((c) => (
        <label key={c}>
          <input type="checkbox" checked={chosen.includes(c)} onChange={() => toggle(c)} />
          {names[c]}
        </label>
      ))}
    </fieldset>
  );
}
