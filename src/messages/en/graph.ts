/** `roadmap graph`, and the words inside a drawing (a node's tooltip). */
export const graph = () => ({
  badFormat: ({ format }: { format: string }) => `--format takes mermaid or dot, not "${format}"`,
  /** A node's tooltip: its label and its state (already in words). */
  tooltip: ({ label, state }: { label: string; state: string }) => `${label} (${state})`,
  /** The same, for a node among the suggestions of `next`. */
  tooltipNext: ({ label, state }: { label: string; state: string }) => `${label} (${state}, next)`,
});
