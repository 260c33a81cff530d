'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface PlaceOption {
  id: number;
  name: string;
  admin1: string | null;
  countryName: string;
  label: string;
  timeZone: string;
}

/**
 * Place autocomplete following the ARIA combobox pattern: type to search the gazetteer,
 * arrows to move, Enter to pick, Escape to close. The chosen place's id is submitted.
 */
export function PlaceCombobox({
  label,
  locale,
  error,
  noResults,
}: {
  label: string;
  locale: string;
  error?: string;
  noResults: string;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<PlaceOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<PlaceOption | null>(null);
  const aborter = useRef<AbortController | null>(null);

  useEffect(() => {
    if (chosen && query === chosen.label) return;
    const q = query.trim();
    if (q.length < 2) return;
    const timer = setTimeout(async () => {
      aborter.current?.abort();
      const controller = new AbortController();
      aborter.current = controller;
      try {
        const params = new URLSearchParams({ q, locale, limit: '8' });
        const res = await fetch(`/api/places?${params}`, { signal: controller.signal });
        if (!res.ok) return;
        const body = (await res.json()) as { places: PlaceOption[] };
        setOptions(body.places);
        setActive(body.places.length > 0 ? 0 : -1);
        setOpen(true);
      } catch {
        // Aborted by a newer keystroke, or offline: the list simply stays as it was.
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [query, locale, chosen]);

  function choose(option: PlaceOption) {
    setChosen(option);
    setQuery(option.label);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open && options.length > 0) setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length === 0 ? -1 : (i + step + options.length) % options.length));
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      const option = options[active];
      if (option) choose(option);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const listed = open && options.length > 0;
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  return (
    <div className="field" style={{ position: 'relative' }}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={listed}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={listed && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        autoComplete="off"
        data-testid="place-input"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setChosen(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <input type="hidden" name="placeId" value={chosen?.id ?? ''} />
      {listed && (
        <ul id={listId} role="listbox" aria-label={label} className="combobox-list">
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${id}-opt-${index}`}
              role="option"
              aria-selected={index === active}
              className="combobox-option"
              onMouseDown={(e) => {
                e.preventDefault();
                choose(option);
              }}
            >
              <strong>{option.name}</strong>
              <span className="field-hint">
                {' '}
                {[option.admin1, option.countryName].filter(Boolean).join(', ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {/* Outside the listbox, which may hold only options; a live region present from the
          start, so screen readers announce the message when it appears. */}
      <div role="status">
        {open && options.length === 0 && (
          <p className="combobox-list combobox-empty">{noResults}</p>
        )}
      </div>
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
