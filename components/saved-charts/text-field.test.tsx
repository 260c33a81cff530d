import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TextField } from './text-field';

function attribute(html: string, tag: string, name: string): string | undefined {
  const element = html.match(new RegExp(`<${tag}[^>]*>`))?.[0] ?? '';
  return element.match(new RegExp(`${name}="([^"]*)"`))?.[1];
}

describe('TextField', () => {
  it('ties the label, hint and error to the input and marks it invalid', () => {
    const html = renderToStaticMarkup(
      <TextField idPrefix="edit-1" name="tags" label="Tags" hint="Commas" error="Too long" />,
    );
    expect(attribute(html, 'label', 'for')).toBe('edit-1-tags');
    expect(attribute(html, 'input', 'id')).toBe('edit-1-tags');
    expect(attribute(html, 'input', 'aria-invalid')).toBe('true');
    const describedBy = attribute(html, 'input', 'aria-describedby')?.split(' ') ?? [];
    expect(describedBy).toEqual(['edit-1-tags-hint', 'edit-1-tags-error']);
    for (const id of describedBy) expect(html).toContain(`id="${id}"`);
    expect(html).toMatch(/role="alert"[^>]*>Too long</);
  });

  it('builds its id from the prefix and is valid without an error', () => {
    const html = renderToStaticMarkup(
      <TextField idPrefix="save" name="name" label="Name" defaultValue="Ada" />,
    );
    expect(attribute(html, 'input', 'id')).toBe('save-name');
    expect(attribute(html, 'input', 'aria-invalid')).toBeUndefined();
    expect(attribute(html, 'input', 'aria-describedby')).toBeUndefined();
    expect(html).not.toContain('role="alert"');
  });
});
