import { SVG_ATTRIBUTE_NAMES, type SvgAttributeName, type SvgChild } from './svg-tree';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for XML content and attribute values.
 *
 * @example
 * escapeXml('<b> & "c"'); // '&lt;b&gt; &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function attributeText(value: string | number): string {
  return typeof value === 'number' ? String(value) : escapeXml(value);
}

/**
 * Serializes an element tree to SVG/XML markup, escaping every text and attribute value. Used
 * for standalone files (PNG, PDF); the web page renders the same tree with React.
 *
 * @example
 * toSvgString(el('text', { x: 1 }, 'a<b')); // '<text x="1">a&lt;b</text>'
 */
export function toSvgString(node: SvgChild): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = (Object.entries(node.attrs) as [SvgAttributeName, string | number | undefined][])
    .filter((entry): entry is [SvgAttributeName, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${SVG_ATTRIBUTE_NAMES[name]}="${attributeText(value)}"`)
    .join('');
  if (node.children.length === 0) return `<${node.tag}${attrs}/>`;
  return `<${node.tag}${attrs}>${node.children.map(toSvgString).join('')}</${node.tag}>`;
}
