/**
 * The report's stylesheet, inline in the page: system fonts only (CJK included: each system's own), light
 * and dark following the reader's setting, a one-column layout that never scrolls sideways on a phone, and a
 * printed page without the dark background.
 */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --panel: #f6f8fa; --accent: #0969da;
  --complete-bg: #c8e6c9; --complete-fg: #1b5e20; --complete-line: #2e7d32;
  --progress-bg: #fff3b0; --progress-fg: #5d4037; --progress-line: #c77c02;
  --available-bg: #bbdefb; --available-fg: #0d47a1; --available-line: #1565c0;
  --blocked-bg: #eeeeee; --blocked-fg: #616161; --blocked-line: #9e9e9e;
  --edge: #757575; --cluster: #fafbfc;
  --l0: #ebeef1; --l1: #9be9a8; --l2: #40c463; --l3: #30a14e; --l4: #216e39;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --panel: #151b23; --accent: #4493f8;
    --complete-bg: #1f4d2b; --complete-fg: #c8f0cf; --complete-line: #3fb950;
    --progress-bg: #4d3d0a; --progress-fg: #ffe8a3; --progress-line: #d29922;
    --available-bg: #12325a; --available-fg: #cfe5ff; --available-line: #4493f8;
    --blocked-bg: #262c36; --blocked-fg: #9198a1; --blocked-line: #656c76;
    --edge: #8b949e; --cluster: #10161e;
    --l0: #212830; --l1: #0e4429; --l2: #006d32; --l3: #26a641; --l4: #39d353;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg); line-height: 1.5;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "PingFang SC", "Hiragino Sans", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  overflow-wrap: anywhere;
}
main { max-width: 64rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.2rem 0; }
h2 { font-size: 1.25rem; margin: 1.8rem 0 0.6rem; border-bottom: 1px solid var(--border); padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
.muted, .label { color: var(--muted); }
a { color: var(--accent); }
.totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: 0.6rem; margin: 1rem 0; padding: 0; list-style: none; }
.totals li { background: var(--panel); border: 1px solid var(--border); border-radius: 8px; padding: 0.5rem 0.75rem; }
.totals strong { display: block; font-size: 1.35rem; }
figure { margin: 0; }
figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.4rem; }
svg.graph { display: block; max-width: 100%; height: auto; margin: 0 auto; }
svg.graph .graph > polygon { fill: none; stroke: none; }
svg.graph text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, "Noto Sans", "PingFang SC", "Hiragino Sans", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
svg.graph .cluster path, svg.graph .cluster polygon { fill: var(--cluster); stroke: var(--border); }
svg.graph .cluster text { fill: var(--muted); font-weight: 600; }
svg.graph .edge path { stroke: var(--edge); }
svg.graph .edge polygon { fill: var(--edge); stroke: var(--edge); }
svg.graph .node path, svg.graph .node polygon { stroke-width: 1.2; }
svg.graph .node.complete path, svg.graph .node.complete polygon { fill: var(--complete-bg); stroke: var(--complete-line); }
svg.graph .node.complete text { fill: var(--complete-fg); }
svg.graph .node.in-progress path, svg.graph .node.in-progress polygon { fill: var(--progress-bg); stroke: var(--progress-line); }
svg.graph .node.in-progress text { fill: var(--progress-fg); }
svg.graph .node.available path, svg.graph .node.available polygon { fill: var(--available-bg); stroke: var(--available-line); }
svg.graph .node.available text { fill: var(--available-fg); }
svg.graph .node.blocked path, svg.graph .node.blocked polygon { fill: var(--blocked-bg); stroke: var(--blocked-line); }
svg.graph .node.blocked text { fill: var(--blocked-fg); }
svg.graph .node.next path, svg.graph .node.next polygon { stroke-width: 2.5; }
svg.graph .node.next text { font-weight: 700; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; padding: 0; margin: 0.6rem 0 0; list-style: none; font-size: 0.9rem; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 3px; vertical-align: -0.1em; margin-right: 0.3em; border: 1px solid; }
.swatch.complete { background: var(--complete-bg); border-color: var(--complete-line); }
.swatch.in-progress { background: var(--progress-bg); border-color: var(--progress-line); }
.swatch.available { background: var(--available-bg); border-color: var(--available-line); }
.swatch.blocked { background: var(--blocked-bg); border-color: var(--blocked-line); }
.swatch.next { background: transparent; border: 3px double var(--fg); }
svg.heatmap { display: block; width: 100%; height: auto; max-width: 48rem; }
svg.heatmap .label { fill: var(--muted); font-size: 9px; }
svg.heatmap .l0 { fill: var(--l0); } svg.heatmap .l1 { fill: var(--l1); } svg.heatmap .l2 { fill: var(--l2); }
svg.heatmap .l3 { fill: var(--l3); } svg.heatmap .l4 { fill: var(--l4); }
.streak { display: flex; flex-wrap: wrap; gap: 0.4rem 1.5rem; margin: 0.4rem 0 0.8rem; }
.bars { padding: 0; margin: 0; list-style: none; }
.bars li { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0 0.8rem; margin: 0.5rem 0; }
.bar { grid-column: 1 / -1; height: 0.6rem; background: var(--l0); border-radius: 4px; overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--complete-line); }
.topics { padding: 0; margin: 0; list-style: none; }
.topic { border: 1px solid var(--border); border-radius: 8px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; border-left-width: 5px; }
.topic.complete { border-left-color: var(--complete-line); }
.topic.in-progress { border-left-color: var(--progress-line); }
.topic.available { border-left-color: var(--available-line); }
.topic.blocked { border-left-color: var(--blocked-line); }
.topic .state { font-size: 0.8rem; color: var(--muted); white-space: nowrap; }
.resources { padding: 0; margin: 0.3rem 0 0; list-style: none; }
.resources li { margin: 0.15rem 0; padding-left: 1.6em; text-indent: -1.6em; }
.tick { display: inline-block; width: 1.6em; text-indent: 0; }
.note { margin: 0.3rem 0 0.3rem 1.6em; padding: 0.2rem 0.6rem; border-left: 3px solid var(--border); color: var(--muted); white-space: pre-wrap; }
footer { margin: 2rem 0 1rem; color: var(--muted); font-size: 0.85rem; }
@media print {
  :root { color-scheme: light; }
  body { background: #fff; color: #000; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  .topic, figure, .heat { break-inside: avoid; }
  svg.graph { max-height: 24cm; }
}
`;
