import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCurriculum } from '../../src/curriculum/parse.js';
import type { Curriculum, Topic } from '../../src/curriculum/types.js';
import type { Status } from '../../src/model/progress.js';
import { suggestNext } from '../../src/plan/next.js';
import { curriculumState } from '../../src/plan/state.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fileName = 'curriculum/llm-fundamentals.zh-TW.yaml';
const text = readFileSync(root + fileName, 'utf8');
const lines = (file: string) =>
  readFileSync(root + file, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'));
const seedUrls = lines('test/fixtures/seed-urls.txt');
/** Every ref the file has shipped with: progress may be stored under any of them. */
const shippedRefs = lines('test/fixtures/llm-fundamentals-refs.txt');

/**
 * The seed's two slips, each a URL listed twice: "Introducing Scikit-Learn" linked to the preprocessing
 * article, and the whole Python Data Science Handbook under 機器學習函式庫 as well as in the 📚 資源 list.
 * Each keeps its first place; the second resource points at the page its title names.
 */
const SLIP_URLS = [
  'https://doremi31618.medium.com/%E6%A9%9F%E5%99%A8%E5%AD%B8%E7%BF%92%E7%AD%86%E8%A8%98-%E6%95%B8%E6%93%9A%E9%A0%90%E8%99%95%E7%90%8601-ae90853978da',
  'https://jakevdp.github.io/PythonDataScienceHandbook/',
];

const CHAPTERS: Array<[string, string[]]> = [
  ['機器學習數學基礎', ['數學入門與總覽', '線性代數', '微積分', '機率和統計']],
  ['用於機器學習的Python', ['Python基礎', '資料科學函式庫', '資料預處理', '機器學習函式庫']],
  ['神經網路與深度學習', ['基礎知識', '深度學習框架', '訓練與最佳化', '過度擬合', '實作多層感知器 (MLP)']],
  ['自然語言處理(NLP)', ['文字預處理', '特徵提取技術', '詞嵌入', '循環神經網路 (RNN)']],
];

/**
 * Mainland usages that Taiwanese readers notice, with the Taiwanese word in the comment. Checked in the text
 * this file's authors wrote (titles of sections and topics, summaries, description), never in the titles of
 * the resources, which are their authors' own.
 */
const MAINLAND_TERMS: RegExp[] = [
  /最大似然/, // 最大概似
  /多變量/, // 多變數
  /激活/, // 活化（函數）
  /網絡/, // 網路 (also 神經網絡)
  /分詞/, // 斷詞
  /遞歸/, // 循環神經網路; 遞歸 means a recursive network
  /信息/, // 資訊
  /默認/, // 預設
  /優化/, // 最佳化
  /數據/, // 資料
  /概率/, // 機率
  /協方差/, // 共變異數
  /貝葉斯/, // 貝氏
  /置信區間/, // 信賴區間
  /視頻/, // 影片
  /文檔/, // 文件
  /變量/, // 變數
  /模塊/, // 模組
  /質量/, // 品質
  /鏈接/, // 連結
  /鏈式法則/, // 連鎖律
  /欠擬合|過擬合/, // 低度擬合, 過度擬合
  /聚類/, // 分群
  /歸一化/, // 正規化
  /支持向量/, // 支援向量
  /(?<!演)算法/, // 演算法
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

  it("has no warnings: the seed's duplicate links are each kept once", () => {
    expect(result.warnings).toEqual([]);
    expect(seedUrls.filter((url) => SLIP_URLS.includes(url))).toHaveLength(4);
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

  it('holds every link of the seed as a resource', () => {
    const c = curriculum();
    const urls = allTopics(c).flatMap((topic) => topic.resources.map((resource) => resource.url));
    for (const url of seedUrls) expect(urls).toContain(url);
  });

  it('points the two slips of the seed at the pages their titles name', () => {
    const c = curriculum();
    const url = (ref: string) => allTopics(c).flatMap((topic) => topic.resources).find((resource) => resource.ref === ref)?.url;
    expect(url('ml-libraries/introducing-scikit-learn')).toBe('https://jakevdp.github.io/PythonDataScienceHandbook/05.02-introducing-scikit-learn.html');
    expect(url('ml-libraries/python-ds-handbook')).toBe('https://jakevdp.github.io/PythonDataScienceHandbook/05.00-machine-learning.html');
  });

  it('keeps every id it has shipped with, as an id or an alias, so no progress is orphaned', () => {
    const c = curriculum();
    const live = new Set<string>();
    for (const section of c.sections) live.add(section.id);
    for (const topic of allTopics(c)) {
      for (const topicId of [topic.id, ...topic.aliases]) {
        live.add(topicId);
        for (const resource of topic.resources) for (const resourceId of [resource.id, ...resource.aliases]) live.add(`${topicId}/${resourceId}`);
      }
    }
    expect(shippedRefs.length).toBeGreaterThanOrEqual(74);
    expect(shippedRefs.filter((ref) => !live.has(ref))).toEqual([]);
  });

  it('gives every required resource an estimate in minutes, so `path` can add them all up', () => {
    const c = curriculum();
    const unestimated = allTopics(c)
      .flatMap((topic) => topic.resources)
      .filter((resource) => !resource.optional && resource.minutes === undefined)
      .map((resource) => resource.ref);
    expect(unestimated).toEqual([]);
  });

  it('uses Taiwanese terms, not mainland ones, in the text written for it', () => {
    const c = curriculum();
    const texts = [
      c.title,
      c.description ?? '',
      ...c.sections.flatMap((section) => [section.title, section.summary ?? '']),
      ...allTopics(c).flatMap((topic) => [topic.title, topic.summary ?? '']),
    ];
    const found = texts.flatMap((text) => MAINLAND_TERMS.filter((term) => term.test(text)).map((term) => `${term.source} in ${text}`));
    expect(found).toEqual([]);
  });

  it('gives every topic that has resources at least one required resource', () => {
    const c = curriculum();
    const lacking = allTopics(c)
      .filter((topic) => topic.resources.length > 0)
      .filter((topic) => topic.resources.every((resource) => resource.optional))
      .map((topic) => topic.id);
    expect(lacking).toEqual([]);
  });

  it('sends a new learner to Python first, then straight to the overview where the seed says to start', () => {
    const c = curriculum();
    const progress = new Map<string, Status>();
    const order: string[] = [];
    for (let step = 0; step < allTopics(c).length; step++) {
      const first = suggestNext(c, curriculumState(c, progress), { limit: 1 }).suggestions[0];
      if (!first) break;
      order.push(first.topic.id);
      progress.set(first.topic.id, 'done');
    }
    expect(order).toHaveLength(allTopics(c).length);
    expect(order.slice(0, 2)).toEqual(['python-basics', 'math-overview']);
    // Through prerequisites, not a special case: the math topics build on the overview.
    for (const id of ['linear-algebra', 'calculus', 'probability-statistics']) {
      expect(allTopics(c).find((topic) => topic.id === id)?.requires).toContain('math-overview');
    }
  });

  it('requires the libraries and the MLP where the resources build on them', () => {
    const requires = (id: string) => allTopics(curriculum()).find((topic) => topic.id === id)?.requires;
    expect(requires('feature-extraction')).toEqual(['text-preprocessing', 'ml-libraries']);
    expect(requires('rnn')).toEqual(['mlp', 'word-embeddings']);
  });

  it('makes the Python Data Science Handbook the required resource of the data-science libraries', () => {
    const topic = allTopics(curriculum()).find((t) => t.id === 'data-science-libraries');
    expect(topic?.resources.filter((resource) => !resource.optional).map((resource) => resource.id)).toEqual(['python-ds-handbook']);
  });

  it('gives every topic something to study', () => {
    expect(allTopics(curriculum()).filter((topic) => topic.resources.every((resource) => resource.optional)).map((topic) => topic.id)).toEqual([]);
  });
});
