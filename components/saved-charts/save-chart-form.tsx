'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { saveChartAction } from '@/lib/saved-charts/actions/save-chart-action';
import type { SavedChartFormState } from '@/lib/saved-charts/actions/form-state';
import { TextField } from './text-field';

/**
 * The form's texts, translated by the server parent: the chart page ships no translation
 * runtime. `errors` maps an action's message codes to text and has an `unknown` entry.
 */
export interface SaveChartText {
  title: string;
  name: string;
  tags: string;
  tagsHint: string;
  save: string;
  update: string;
  pending: string;
  saved: string;
  alreadySaved: string;
  viewList: string;
  errors: Record<string, string>;
}

/** Saves the chart on the page under a name and tags; saving again updates them. */
export function SaveChartForm({
  chartHash,
  locale,
  listHref,
  defaultName,
  defaultTags,
  alreadySaved,
  text,
}: {
  chartHash: string;
  locale: string;
  /** The saved-charts list, in the page's locale. */
  listHref: string;
  defaultName: string;
  defaultTags: string;
  alreadySaved: boolean;
  text: SaveChartText;
}) {
  const [state, formAction, pending] = useActionState<SavedChartFormState, FormData>(
    saveChartAction,
    {},
  );
  const saved = alreadySaved || state.done;
  const errorText = (code: string | undefined) =>
    code === undefined ? undefined : (text.errors[code] ?? text.errors.unknown);

  return (
    <form action={formAction} noValidate aria-labelledby="save-chart-title">
      <h2 id="save-chart-title">{text.title}</h2>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="chartHash" value={chartHash} />
      <TextField
        idPrefix="save-chart"
        name="name"
        label={text.name}
        required
        maxLength={100}
        defaultValue={state.values?.name ?? defaultName}
        error={errorText(state.fieldErrors?.name)}
      />
      <TextField
        idPrefix="save-chart"
        name="tags"
        label={text.tags}
        hint={text.tagsHint}
        defaultValue={state.values?.tags ?? defaultTags}
        error={errorText(state.fieldErrors?.tags)}
      />
      {state.formError && (
        <p className="form-error" role="alert">
          {errorText(state.formError)}
        </p>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? text.pending : saved ? text.update : text.save}
      </button>
      <p role="status">
        {state.done ? text.saved : alreadySaved ? text.alreadySaved : null}{' '}
        {saved && <Link href={listHref}>{text.viewList}</Link>}
      </p>
    </form>
  );
}
