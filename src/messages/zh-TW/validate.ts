import type { validate as english } from '../en/validate.js';

export const validate = (): ReturnType<typeof english> => ({
  valid: ({ file, contents, warnings }) => `${file}: 有效（${contents}${warnings}）`,
  contents: ({ sections, topics, resources }) => `${sections} 個章節、${topics} 個主題、${resources} 項資源`,
  warnings: ({ count }) => `，${count} 個警告`,
  invalid: ({ file, count }) => `${file}: ${count} 個問題`,
  warning: ({ place, message }) => `${place}: 警告：${message}`,
});
