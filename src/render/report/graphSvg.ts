import { html } from './escape.js';

/**
 * Graphviz's SVG made fit to sit inside the page: no XML prolog, doctype or comments; the drawing scales
 * down to the page's width (its own size is the most it grows to); its background left to the page, so the
 * light and dark styles apply; labelled for screen readers. Its nodes are the curriculum's titles: `language`
is theirs, when it is not the page's.
 */
export function inlineGraphSvg(svg: string, label: string, language?: string): string {
  const start = svg.indexOf('<svg');
  if (start < 0) throw new Error('the graph layout returned no SVG');
  return svg
    .slice(start)
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(/<svg width="([\d.]+)pt" height="([\d.]+)pt"/, (_match, width: string, height: string) => {
      const px = (pt: string) => Math.ceil(Number(pt) * (4 / 3));
      return `<svg class="graph" role="img" aria-label="${html(label)}" width="${px(width)}" height="${px(height)}"`;
    })
    // On the drawing, not on the <svg>: its label is in the page's language.
    .replace(/<g id="graph0" class="graph"/, (group) => (language === undefined ? group : `${group} lang="${html(language)}"`))
    .trim();
}
