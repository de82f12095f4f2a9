/**
 * The two later parts of the bundled LLM course (LLM 模型工程, LLM 應用工程) against the upstream
 * README they come from, and the whole-course file that joins them to llm-fundamentals.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseCurriculum } from '../../src/curriculum/parse.js';
import type { Curriculum, Topic } from '../../src/curriculum/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string): string => readFileSync(root + file, 'utf8');

/** A fixture list: one URL a line; lines starting with # say where the list comes from. */
function urlList(file: string): string[] {
  return read(file)
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'));
}

interface Part {
  id: string;
  file: string;
  upstreamUrls: string[];
  chapters: string[];
  counts: { sections: number; topics: number; resources: number };
  /**
   * Pages added beside an upstream link that points at the wrong page (the upstream link is kept
   * too): these are the only bundled URLs that are not in the upstream list.
   */
  corrections: string[];
}

const PARTS: Part[] = [
  {
    id: 'llm-model-engineering',
    file: 'curriculum/llm-model-engineering.zh-TW.yaml',
    upstreamUrls: urlList('test/fixtures/upstream/model-engineering-urls.txt'),
    chapters: ['LLM 架構', '建立指令資料集', '預訓練模型', '監督式微調 (SFT)', '人類回饋強化學習 (RLHF) 與偏好對齊', '評估', '量化（壓縮）', '新趨勢'],
    counts: { sections: 8, topics: 38, resources: 137 },
    corrections: [
      // "Let's build the GPT Tokenizer" links the 1hr Talk.
      'https://www.youtube.com/watch?v=zduSFxRajkE',
      // "RLHF from Deeplearning.ai" links the fine-tuning course.
      'https://www.deeplearning.ai/short-courses/reinforcement-learning-from-human-feedback/',
      // "LLM Training: RLHF and Its Alternatives" links the author's profile.
      'https://magazine.sebastianraschka.com/p/llm-training-rlhf-and-its-alternatives',
      // "TIES" links the DARE paper.
      'https://arxiv.org/abs/2306.01708',
    ],
  },
  {
    id: 'llm-application-engineering',
    file: 'curriculum/llm-application-engineering.zh-TW.yaml',
    upstreamUrls: urlList('test/fixtures/upstream/application-engineering-urls.txt'),
    chapters: ['執行 LLM', '建立向量資料庫', '檢索增強生成 (RAG)', '進階 RAG', '推論最佳化', '部署 LLM', 'LLM 安全'],
    counts: { sections: 7, topics: 26, resources: 83 },
    corrections: [
      // "Functions, Tools and Agents with LangChain" links the LangChain application course.
      'https://www.deeplearning.ai/short-courses/functions-tools-agents-langchain/',
      // "Building Applications with Vector Databases" links the Weaviate vector-database course.
      'https://www.deeplearning.ai/short-courses/building-applications-vector-databases/',
    ],
  },
];

/**
 * Mainland usage that a Taiwanese reader would stumble on, with the Taiwanese word to write instead.
 * Checked in every text we wrote (titles, summaries, descriptions), not in the titles of resources
 * in Simplified Chinese, which are the works' own names.
 */
const MAINLAND_TERMS: Array<[RegExp, string]> = [
  [/信息/, '資訊'],
  [/網絡/, '網路'],
  [/優化/, '最佳化'],
  [/默認/, '預設'],
  [/數據/, '資料'],
  [/視頻/, '影片'],
  [/質量/, '品質'],
  [/程序/, '程式（program）或流程'],
  [/激活/, '活化'],
  [/分詞/, '斷詞'],
  [/似然/, '概似'],
  [/代碼/, '程式碼'],
  [/內存/, '記憶體'],
  [/硬件/, '硬體'],
  [/軟件/, '軟體'],
  [/服務器/, '伺服器'],
  [/調用/, '呼叫'],
  [/接口/, '介面'],
  [/(?<!演)算法/, '演算法'],
  [/博客/, '部落格'],
  [/教程/, '教學'],
  [/運行/, '執行'],
  [/鏈接/, '連結'],
  [/文檔/, '文件'],
  [/緩存/, '快取'],
  [/顯存/, 'GPU 記憶體'],
  [/字符/, '字元'],
  [/示例/, '範例'],
  [/用戶/, '使用者'],
  [/支持/, '支援'],
  [/性能/, '效能'],
  [/令牌/, 'token'],
  [/推理/, '推論（inference）'],
  [/智能/, '智慧'],
  [/集群/, '叢集'],
  [/掩碼/, '遮罩'],
  [/模板/, '範本'],
];

/** Characters that exist only in Simplified Chinese: a title or summary holding one was not converted. */
const SIMPLIFIED_ONLY = /[们这个学习数据语处实现时发开关对为从过还进应门问题质视频网络优动机训练读写说请调试输获择类别务专业线级构议]/u;

function parsePart(part: Part): Curriculum {
  const result = parseCurriculum(read(part.file), part.file);
  expect(result.problems).toEqual([]);
  return result.curriculum as Curriculum;
}

const topicsOf = (c: Curriculum): Topic[] => c.sections.flatMap((section) => section.topics);
const urlsOf = (c: Curriculum): string[] => topicsOf(c).flatMap((topic) => topic.resources.map((resource) => resource.url));

/** Every text we wrote ourselves, with where it is. */
function ownTexts(c: Curriculum): Array<[string, string]> {
  const texts: Array<[string, string]> = [[`${c.id} title`, c.title]];
  if (c.description) texts.push([`${c.id} description`, c.description]);
  for (const section of c.sections) {
    texts.push([`section ${section.id}`, section.title]);
    if (section.summary) texts.push([`section ${section.id} summary`, section.summary]);
    for (const topic of section.topics) {
      texts.push([`topic ${topic.id}`, topic.title]);
      if (topic.summary) texts.push([`topic ${topic.id} summary`, topic.summary]);
      for (const resource of topic.resources) {
        if (!resource.title.includes('簡體中文')) texts.push([`resource ${resource.ref}`, resource.title]);
      }
    }
  }
  return texts;
}

function mainlandUsage(texts: Array<[string, string]>): string[] {
  const found: string[] = [];
  for (const [where, text] of texts) {
    for (const [term, instead] of MAINLAND_TERMS) {
      const match = term.exec(text);
      if (match) found.push(`${where}: ${match[0]} → ${instead}`);
    }
    const simplified = SIMPLIFIED_ONLY.exec(text);
    if (simplified) found.push(`${where}: simplified character ${simplified[0]}`);
  }
  return found;
}

describe.each(PARTS)('bundled part $id', (part) => {
  it('validates on its own, with no problem and no warning', () => {
    const result = parseCurriculum(read(part.file), part.file);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.curriculum?.id).toBe(part.id);
    expect(result.curriculum?.language).toBe('zh-TW');
  });

  it('has the chapters of the upstream part, in order', () => {
    expect(parsePart(part).sections.map((section) => section.title)).toEqual(part.chapters);
  });

  it('has the sections, topics and resources that curriculum/README.md states', () => {
    const c = parsePart(part);
    const topics = topicsOf(c);
    const counts = { sections: c.sections.length, topics: topics.length, resources: urlsOf(c).length };
    expect(counts).toEqual(part.counts);
    const row = `| \`${part.id}\` | ${counts.sections} | ${counts.topics} | ${counts.resources} |`;
    expect(read('curriculum/README.md')).toContain(row);
  });

  it('holds every upstream URL of the part as a resource, exactly as written', () => {
    const urls = new Set(urlsOf(parsePart(part)));
    const missing = part.upstreamUrls.filter((url) => !urls.has(url));
    expect(missing).toEqual([]);
  });

  it('adds no URL but the documented corrections of upstream slips', () => {
    const upstream = new Set(part.upstreamUrls);
    const extra = [...new Set(urlsOf(parsePart(part)))].filter((url) => !upstream.has(url));
    expect(extra.sort()).toEqual([...part.corrections].sort());
  });

  it('lists every Colab notebook as kind notebook', () => {
    const notebooks = topicsOf(parsePart(part))
      .flatMap((topic) => topic.resources)
      .filter((resource) => resource.url.startsWith('https://colab.research.google.com/'));
    expect(notebooks.length).toBeGreaterThan(0);
    for (const notebook of notebooks) expect(notebook.kind, notebook.ref).toBe('notebook');
  });

  it('gives every topic with resources one or two required ones', () => {
    const wrong = topicsOf(parsePart(part))
      .filter((topic) => topic.resources.length > 0)
      .map((topic) => [topic.id, topic.resources.filter((resource) => !resource.optional).length] as const)
      .filter(([, required]) => required < 1 || required > 2);
    expect(wrong).toEqual([]);
  });

  it('gives every resource a kind', () => {
    const kindless = topicsOf(parsePart(part))
      .flatMap((topic) => topic.resources)
      .filter((resource) => resource.kind === undefined)
      .map((resource) => resource.ref);
    expect(kindless).toEqual([]);
  });

  it('writes its own texts in Taiwanese usage, in Traditional characters', () => {
    expect(mainlandUsage(ownTexts(parsePart(part)))).toEqual([]);
  });
});

describe('the mainland-usage check', () => {
  it('catches a mainland term and a simplified character, and lets 演算法 through', () => {
    expect(mainlandUsage([['x', '用演算法最佳化模型']])).toEqual([]);
    expect(mainlandUsage([['x', '優化算法']])).toEqual(['x: 優化 → 最佳化', 'x: 算法 → 演算法']);
    expect(mainlandUsage([['x', '训練']])).toEqual(['x: simplified character 训']);
  });
});

describe('the whole course, llm-course.zh-TW.yaml', () => {
  const course = parseYaml(read('curriculum/llm-course.zh-TW.yaml')) as {
    id: string;
    title: string;
    description: string;
    parts: string[];
    requires: Record<string, string[]>;
  };
  const fundamentals = parseCurriculum(read('curriculum/llm-fundamentals.zh-TW.yaml'), 'llm-fundamentals');
  const curricula = [fundamentals.curriculum as Curriculum, ...PARTS.map(parsePart)];
  /** Which part (0, 1, 2) each section and topic id is in. */
  const partOf = new Map<string, number>();
  curricula.forEach((c, index) => {
    for (const section of c.sections) {
      partOf.set(section.id, index);
      for (const topic of section.topics) partOf.set(topic.id, index);
    }
  });

  it('joins the three parts in order', () => {
    expect(course.id).toBe('llm-course');
    expect(course.parts).toEqual(['llm-fundamentals', 'llm-model-engineering', 'llm-application-engineering']);
    expect(curricula.map((c) => c.id)).toEqual(course.parts);
  });

  it('has section and topic ids unique across the three parts', () => {
    const ids = curricula.flatMap((c) => c.sections.flatMap((section) => [section.id, ...section.topics.map((topic) => topic.id)]));
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
  });

  it('requires across parts only: each edge goes from a later part to an earlier one, between real ids', () => {
    const edges = Object.entries(course.requires).flatMap(([from, to]) => to.map((target) => [from, target] as const));
    expect(edges.length).toBeGreaterThan(0);
    for (const [from, target] of edges) {
      expect(partOf.has(from), from).toBe(true);
      expect(partOf.has(target), target).toBe(true);
      expect(partOf.get(from)!, `${from} → ${target}`).toBeGreaterThan(partOf.get(target)!);
    }
  });

  it('has no requirement cycle once the parts and the cross-part edges are put together', () => {
    const sectionTopics = new Map<string, string[]>();
    const requires = new Map<string, string[]>();
    for (const c of curricula) {
      for (const section of c.sections) {
        sectionTopics.set(section.id, section.topics.filter((topic) => !topic.optional).map((topic) => topic.id));
        for (const topic of section.topics) requires.set(topic.id, [...topic.requiredTopics]);
      }
    }
    const expand = (id: string): string[] => sectionTopics.get(id) ?? [id];
    for (const [from, to] of Object.entries(course.requires)) {
      for (const topic of expand(from)) requires.get(topic)!.push(...to.flatMap(expand));
    }
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (id: string, trail: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'visiting') {
        cycles.push([...trail, id].join(' → '));
        return;
      }
      state.set(id, 'visiting');
      for (const next of requires.get(id) ?? []) visit(next, [...trail, id]);
      state.set(id, 'done');
    };
    for (const id of requires.keys()) visit(id, []);
    expect(cycles).toEqual([]);
  });

  it('writes its title and description in Taiwanese usage', () => {
    expect(
      mainlandUsage([
        ['course title', course.title],
        ['course description', course.description],
      ]),
    ).toEqual([]);
  });
});
