import { createElement, type ReactNode } from 'react';
import type { SvgChild } from '@/lib/chart-wheel/svg-tree';

/**
 * Renders an SVG element tree 1:1 as React elements. The tree's attribute names are React's, and
 * React escapes every text child, so no markup string is ever injected.
 */
export function SvgNode({ node }: { node: SvgChild }): ReactNode {
  if (typeof node === 'string') return node;
  // Text goes in as plain strings: React wants `<title>` children to be text, not components.
  return createElement(
    node.tag,
    node.attrs,
    ...node.children.map((child, i) =>
      typeof child === 'string' ? child : <SvgNode key={i} node={child} />,
    ),
  );
}
