import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCurriculum } from '../../src/curriculum/parse.js';
import type { Curriculum, Topic } from '../../src/curriculum/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fileName = 'curriculum/llm-fundamentals.zh-TW.yaml';
const text = readFileSync(root + fileName, 'utf8');
const seedUrls = readFileSync(root + 'test/fixtures/seed-urls.txt', 'utf8')
  .split('\n')
  .filter((line) => line !== '');

/** The two slips of the seed roadmap: each of these URLs is listed twice, on purpose. */
const SLIP_URLS = [
  // "Introducing Scikit-Learn" points to the same article as the preprocessing link.
  'https://doremi31618.medium.com/%E6%A9%9F%E5%99%A8%E5%AD%B8%E7%BF%92%E7%AD%86%E8%A8%98-%E6%95%B8%E6%93%9A%E9%A0%90%E8%99%95%E7%90%8601-ae90853978da',
  // The Python Data Science Handbook appears under 機器學習函式庫 and in the 📚 資源 list.
  'https://jakevdp.github.io/PythonDataScienceHandbook/',
];

const CHAPTERS: Array<[string, string[]]> = [
  ['機器學習數學基礎', ['線性代數', '微積分', '機率和統計']],
  ['用於機器學習的Python', ['Python基礎', '資料科學函式庫', '資料預處理', '機器學習函式庫']],
  ['神經網絡跟深度學習', ['基礎知識', '深度學習框架', '訓練與最佳化', '過度擬合', '實作多層感知器 (MLP)']],
  ['自然語言處理(NLP)', ['文字預處理', '特徵提取技術', '詞嵌入', '遞歸神經網路 (RNN)']],
];

const result = parseCurriculum(text, fileName);

function curriculum(): Curriculum {
  expect(result.problems).toEqual([]);
  expect(result.curriculum).not.toBeNull();
  return result.curriculum as Curriculum;
}

function allTopics(c: Curriculum): Topic[] {
  return c.sections.flatMap((section) => section.topics);
}

describe('bundled curriculum llm-fundamentals.zh-TW.yaml', () => {
  it('parses with no problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.curriculum).not.toBeNull();
  });

  it('warns only about the two duplicate URLs of the seed', () => {
    for (const warning of result.warnings) {
      expect(warning.message).toMatch(/duplicate/i);
      expect(SLIP_URLS.some((url) => warning.message.includes(url))).toBe(true);
    }
    for (const url of SLIP_URLS) {
      expect(result.warnings.some((warning) => warning.message.includes(url))).toBe(true);
    }
  });

  it('is the llm-fundamentals curriculum', () => {
    const c = curriculum();
    expect(c.id).toBe('llm-fundamentals');
    expect(c.title).toBe('LLM 基礎');
    expect(c.language).toBe('zh-TW');
  });

  it('has the four chapters of the seed, in order, each with its concept topics', () => {
    const c = curriculum();
    expect(c.sections.map((section) => section.title)).toEqual(CHAPTERS.map(([title]) => title));
    CHAPTERS.forEach(([, concepts], index) => {
      const titles = c.sections[index]!.topics.map((topic) => topic.title);
      for (const concept of concepts) expect(titles).toContain(concept);
    });
  });

  it('has the seed list of links, 53 of them', () => {
    expect(seedUrls).toHaveLength(53);
  });

  it('holds every link of the seed as a resource, each as often as the seed lists it', () => {
    const c = curriculum();
    const urls = allTopics(c).flatMap((topic) => topic.resources.map((resource) => resource.url));
    for (const url of seedUrls) expect(urls).toContain(url);
    expect([...urls].sort()).toEqual([...seedUrls].sort());
  });

  it('gives every topic that has resources at least one required resource', () => {
    const c = curriculum();
    const lacking = allTopics(c)
      .filter((topic) => topic.resources.length > 0)
      .filter((topic) => topic.resources.every((resource) => resource.optional))
      .map((topic) => topic.id);
    expect(lacking).toEqual([]);
  });

  it('has several topics available at the start', () => {
    const c = curriculum();
    const starters = allTopics(c).filter((topic) => topic.requires.length === 0);
    expect(starters.length).toBeGreaterThanOrEqual(3);
  });
});
