import type { completion as english } from '../en/completion.js';

export const completion = (): ReturnType<typeof english> => ({
  unknownShell: ({ shells, shell }) => `completion 只支援 ${shells}，不支援 "${shell}"`,
  bundledCurriculum: '內建課程',
});
