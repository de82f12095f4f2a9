/** `roadmap validate`. */
export const validate = () => ({
  /** `warnings` is empty, or `, 2 warnings` (coloured). */
  valid: ({ file, contents, warnings }: { file: string; contents: string; warnings: string }) => `${file}: valid (${contents}${warnings})`,
  contents: ({ sections, topics, resources }: { sections: number; topics: number; resources: number }) =>
    `${sections} ${sections === 1 ? 'section' : 'sections'}, ${topics} ${topics === 1 ? 'topic' : 'topics'}, ${resources} ${resources === 1 ? 'resource' : 'resources'}`,
  warnings: ({ count }: { count: number }) => `, ${count} ${count === 1 ? 'warning' : 'warnings'}`,
  invalid: ({ file, count }: { file: string; count: number }) => `${file}: ${count} ${count === 1 ? 'problem' : 'problems'}`,
  /** `place` is `FILE:LINE:COL`. */
  warning: ({ place, message }: { place: string; message: string }) => `${place}: warning: ${message}`,
});
