import type { graph as english } from '../en/graph.js';

export const graph = (): ReturnType<typeof english> => ({
  badFormat: ({ format }) => `--format 只接受 mermaid 或 dot，不接受「${format}」`,
  tooltip: ({ label, state }) => `${label}（${state}）`,
  tooltipNext: ({ label, state }) => `${label}（${state}，下一步）`,
});
