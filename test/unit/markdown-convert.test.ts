import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convertMarkdown, type ConvertOptions, type CurriculumDocument } from '../../src/curriculum/markdown/convertMarkdown.js';
import { curriculumYaml } from '../../src/curriculum/markdown/curriculumYaml.js';
import { guessLanguage } from '../../src/curriculum/markdown/language.js';
import { kindOfUrl } from '../../src/curriculum/markdown/resourceKind.js';
import { parseCurriculum } from '../../src/curriculum/parse.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => readFileSync(`${root}test/fixtures/markdown/${name}`, 'utf8');
const SEED = 'llm-fundamentals.zh-TW.md';
const UPSTREAM = 'llm-course-tw.README.md';
const upstream = () => readFileSync(`${root}test/fixtures/upstream/${UPSTREAM}`, 'utf8');

function convert(text: string, options: Partial<ConvertOptions> = {}) {
  const result = convertMarkdown(text, { fileName: 'roadmap.md', ...options });
  if (!result.document) throw new Error(result.problem);
  return { document: result.document, warnings: result.warnings };
}

/** The YAML `roadmap convert` writes, read back by the curriculum reader: no problem allowed. */
function validated(document: CurriculumDocument) {
  const parsed = parseCurriculum(curriculumYaml(document, ['converted']), 'converted.yaml');
  expect(parsed.problems).toEqual([]);
  return parsed.curriculum!;
}

const topicsOf = (document: CurriculumDocument) => document.sections.flatMap((section) => section.topics);
const resourcesOf = (document: CurriculumDocument) => topicsOf(document).flatMap((topic) => topic.resources);
const urlsOf = (document: CurriculumDocument) => new Set(resourcesOf(document).map((resource) => resource.url));

/** Every id of a document, keyed by what the item is (its title, or its topic and URL). */
function idsOf(document: CurriculumDocument): Map<string, string> {
  const ids = new Map<string, string>();
  for (const section of document.sections) {
    ids.set(`section ${section.title}`, section.id);
    for (const topic of section.topics) {
      ids.set(`topic ${topic.title}`, topic.id);
      for (const resource of topic.resources) ids.set(`resource ${topic.title} ${resource.url}`, `${topic.id}/${resource.id}`);
    }
  }
  return ids;
}

describe('convert: the seed roadmap', () => {
  const { document, warnings } = convert(fixture(SEED), { fileName: SEED });
  const CHAPTERS: Array<[string, string[]]> = [
    ['機器學習數學基礎', ['線性代數', '微積分', '機率和統計']],
    ['用於機器學習的Python', ['Python基礎', '資料科學函式庫', '資料預處理', '機器學習函式庫']],
    ['神經網絡跟深度學習', ['基礎知識', '深度學習框架', '訓練與最佳化', '過度擬合', '實作多層感知器 (MLP)']],
    ['自然語言處理(NLP)', ['文字預處理', '特徵提取技術', '詞嵌入', '遞歸神經網路 (RNN)']],
  ];

  it('has its 4 chapters as sections, their bold lead-ins as topics', () => {
    expect(document.sections.map((section) => section.title)).toEqual(CHAPTERS.map(([title]) => title));
    CHAPTERS.forEach(([, concepts], i) => {
      const titles = document.sections[i]!.topics.map((topic) => topic.title);
      for (const concept of concepts) expect(titles).toContain(concept);
    });
    const linearAlgebra = topicsOf(document).find((topic) => topic.title === '線性代數')!;
    expect(linearAlgebra.summary).toMatch(/^這對於理解許多演算法至關重要/);
  });

  it('keeps every one of its 51 distinct URLs', () => {
    const seedUrls = readFileSync(`${root}test/fixtures/seed-urls.txt`, 'utf8').split('\n').filter(Boolean);
    expect(new Set(seedUrls).size).toBe(51);
    expect([...urlsOf(document)].sort()).toEqual([...new Set(seedUrls)].sort());
  });

  it('names lists by their labels, links by their text, and guesses kind and language', () => {
    const titles = document.sections[0]!.topics.map((topic) => topic.title);
    expect(titles.slice(0, 2)).toEqual(['推薦閱讀', '電子書']);
    expect(titles).toContain('參考資源');
    expect(document.language).toBe('zh-TW');
    const video = resourcesOf(document).find((resource) => resource.url.startsWith('https://www.youtube.com/watch?v=fNk_zzaMoSs'))!;
    expect(video).toMatchObject({ title: '3Blue1Brown - 線性代數的本質', kind: 'video', id: '3blue1brown' });
  });

  it('passes validation, and says what it left out', () => {
    validated(document);
    expect(warnings.map((warning) => `${warning.line}: ${warning.message}`)).toEqual([
      '4: heading "📝 Notebooks" has no links; left out',
      '8: heading "🧩 LLM 基礎" only groups the sections below it; its title is not kept',
      '10: image "../img/roadmap_fundamentals.png" left out: images are not resources',
    ]);
  });
});

describe('convert: the upstream course README', () => {
  const text = upstream();
  const { document, warnings } = convert(text, { fileName: UPSTREAM, path: `/courses/${UPSTREAM}` });

  it('gives the notebooks and the three parts as sections, their chapters as topics', () => {
    expect(document.sections.map((section) => section.title)).toEqual(['📝 Notebooks', '🧩 LLM 基礎', '🧑‍🔬 LLM 模型工程', '👷 LLM 應用工程', 'Acknowledgements']);
    expect(document.sections.map((section) => section.topics.length)).toEqual([4, 4, 8, 7, 1]);
    expect(document.title).toBe('🗣️ 大語言模型課程心得');
    // The title has no ASCII word: the id comes from the file name.
    expect(document.id).toBe('llm-course-tw-readme');
  });

  it('passes validation', () => {
    expect(validated(document).sections).toHaveLength(5);
  });

  it('keeps every linked URL of the file, or says why not', () => {
    const found = urlsOf(document);
    const inFile = new Set(text.match(/https?:\/\/[^\s)"'<>\]]+/g));
    const missing = [...inFile].filter((url) => !found.has(url));
    for (const url of missing) {
      // A link's URL is in a warning; an image's source is only an image.
      const warned = warnings.some((warning) => warning.message.includes(url));
      expect(warned || /star-history\.com\/svg/.test(url), url).toBe(true);
    }
    expect(missing.length).toBeLessThanOrEqual(7);
  });

  it('makes a row of a table a resource, its other links optional alternatives', () => {
    const tools = topicsOf(document).find((topic) => topic.id === 'tools')!;
    expect(tools.resources[0]).toMatchObject({ title: 'LLM AutoEval', url: 'https://github.com/mlabonne/llm-autoeval', kind: 'article' });
    expect(tools.resources[1]).toMatchObject({ title: 'LLM AutoEval — notebook', kind: 'notebook', optional: true });
    const fineTuning = topicsOf(document).find((topic) => topic.id === 'fine-tuning')!;
    // "Article" says nothing: the row's name is the title.
    expect(fineTuning.resources[0]).toMatchObject({ title: 'Fine-tune Llama 2 in Google Colab', kind: 'article' });
  });
});

describe('convert: a study plan in tables', () => {
  const { document, warnings } = convert(fixture('study-plan.md'), { fileName: 'study-plan.md' });
  const topic = (title: string) => topicsOf(document).find((candidate) => candidate.title === title)!;

  it('makes each row a topic, and the prerequisites column its requires', () => {
    expect(document.id).toBe('web-development-study-plan');
    expect(document.language).toBe('en');
    expect(document.description).toMatch(/^A twelve-week plan/);
    expect(topicsOf(document).map((candidate) => candidate.id)).toEqual([
      'html-basics',
      'css-basics',
      'javascript-basics',
      'responsive-layout',
      'accessibility',
      'deploying-a-site',
    ]);
    expect(topic('HTML basics').requires).toBeUndefined();
    expect(topic('CSS basics').requires).toEqual(['html-basics']);
    expect(topic('Responsive layout').requires).toEqual(['css-basics', 'javascript-basics']);
    expect(topic('Accessibility').requires).toEqual(['html-basics', 'responsive-layout']);
    expect(topic('CSS basics').summary).toBe('Selectors, the box model, layout');
    expect(topic('JavaScript basics').resources.map((resource) => [resource.title, resource.kind, resource.optional ?? false])).toEqual([
      ['javascript.info', 'article', false],
      ['JavaScript basics — video', 'video', true],
    ]);
    validated(document);
  });

  it('says which prerequisite names nothing', () => {
    expect(topic('Deploying a site').requires).toBeUndefined();
    expect(warnings.map((warning) => warning.message)).toEqual(['prerequisite "Version control" of "Deploying a site" names no row or topic; left out']);
  });

  it('--sequential: each topic requires the one before it', () => {
    const sequential = convert(fixture('study-plan.md'), { sequential: true }).document;
    const topics = topicsOf(sequential);
    topics.slice(1).forEach((candidate, i) => expect(candidate.requires).toContain(topics[i]!.id));
    expect(topics[0]!.requires).toBeUndefined();
    validated(sequential);
  });
});

describe('convert: ids survive small edits', () => {
  const original = upstream();
  const before = idsOf(convert(original, { fileName: UPSTREAM }).document);

  /** Every id of `edited` that names the same item as before is the same id. */
  function expectStable(edited: string, changedKeys: (key: string) => boolean = () => false) {
    expect(edited).not.toBe(original);
    const after = idsOf(convert(edited, { fileName: UPSTREAM }).document);
    let compared = 0;
    for (const [key, id] of before) {
      if (changedKeys(key) || !after.has(key)) continue;
      expect(after.get(key), key).toBe(id);
      compared++;
    }
    expect(compared).toBeGreaterThan(before.size * 0.9);
    return after;
  }

  it('a link added', () => {
    const edited = original.replace(
      '- [Building LLMs from Scratch]',
      '- [Transformers from Scratch](https://e2eml.school/transformers.html): a new link.\n- [Building LLMs from Scratch]',
    );
    const after = expectStable(edited);
    expect(after.size).toBe(before.size + 1);
  });

  it('a link added where there were none: a new topic of loose links renames nothing', () => {
    const edited = original.replace('### 1. 機器學習數學基礎', '### 1. 機器學習數學基礎\n\n[Extra](https://example.com/extra)\n');
    expectStable(edited);
  });

  it('a typo fixed in a title, a summary and a link text', () => {
    const edited = original
      .replace('監督微調 (Supervised Fine-Tuning)', '監督微調 (Supervised Fine-tuning)')
      .replace('雖然不需要深入了解 Transformer 架構', '雖然不必深入了解 Transformer 架構')
      .replace('[LLM Visualization]', '[LLM Visualisation]');
    // The edited link's own id follows its title; no other id moves.
    expectStable(edited, (key) => key.endsWith('https://bbycroft.net/llm'));
  });

  it('a section moved, renumbered', () => {
    const lines = original.split('\n');
    const start = lines.indexOf('### 3. 預訓練模型');
    const end = lines.indexOf('### 4. 監督微調 (Supervised Fine-Tuning)');
    const moved = lines.splice(start, end - start);
    moved[0] = '### 9. 預訓練模型';
    const applications = lines.indexOf('## 👷 LLM 應用工程');
    lines.splice(applications, 0, ...moved);
    expectStable(lines.join('\n'));
  });

  it("keeps the curriculum's id while what is below its first heading changes", () => {
    const first = convert('# My Roadmap\n\n## A\n\n- [a](https://a.example/)\n\n## B\n\n- [b](https://b.example/)\n').document;
    const edited = convert('# My Roadmap\n\nIntro.\n\n## B\n\n- [b](https://b.example/)\n- [c](https://c.example/)\n').document;
    expect(first.id).toBe('my-roadmap');
    expect(edited.id).toBe('my-roadmap');
    // With no heading at all (or none with ASCII words): the file's name; a README is named by its folder.
    expect(convert('- [a](https://a.example/)\n', { fileName: 'notes.md', path: '/home/me/ml-notes.md' }).document.id).toBe('ml-notes');
    expect(convert('- [a](https://a.example/)\n', { fileName: 'README.md', path: '/home/me/some-roadmap/README.md' }).document.id).toBe('some-roadmap');
  });
});

describe('convert: everything left out is reported with its line', () => {
  const { document, warnings } = convert(fixture('warnings.md'), { fileName: 'warnings.md' });
  const lines = warnings.map((warning) => `${warning.file}:${warning.line}: ${warning.message}`);

  it('reports every kind of warning', () => {
    expect(lines).toEqual([
      'warnings.md:1: link "https://example.com/home" left out: it is outside any section',
      'warnings.md:5: heading "Empty part" has no links; left out',
      'warnings.md:11: image "img/diagram.png" left out: images are not resources',
      'warnings.md:13: badge "build" (a link to "https://ci.example.com/build") left out: badges are not resources',
      'warnings.md:15: link "notes/chapter-one.md" left out: a relative link; only http(s) links become resources',
      'warnings.md:16: link "mailto:team@example.com" left out: not an http(s) link',
      'warnings.md:18: link "https://example.com/intro" repeated in topic "References"; kept once (first on line 17)',
      'warnings.md:19: link "https://exa mple.com/" left out: not an address a browser can open',
      'warnings.md:21: heading "A sub-heading with nothing" has no links; left out',
      'warnings.md:27: prerequisite "Teleportation" of "Setup" names no row or topic; left out',
      'warnings.md:28: prerequisite "Build" of "Build" is the topic itself; left out',
      'warnings.md:30: prerequisite "Test" of "Ship" would make a cycle; left out',
      'warnings.md:31: table row has no text and no links; left out',
      'warnings.md:39: table row "Without a link" has no links; left out',
    ]);
  });

  it('still gives a valid curriculum', () => {
    expect(document.sections.map((section) => section.title)).toEqual(['Chapter one', 'Chapter two', 'Chapter three']);
    validated(document);
  });

  it('refuses a document with nothing to convert', () => {
    const result = convertMarkdown('# Notes\n\nJust text.\n', { fileName: 'notes.md' });
    expect(result.document).toBeNull();
    expect(result.document === null && result.problem).toBe('notes.md: no links and no topics found; nothing to convert');
  });
});

describe('convert: guesses', () => {
  it('the kind of a resource from its URL', () => {
    const cases: Array<[string, string]> = [
      ['https://www.youtube.com/watch?v=x', 'video'],
      ['https://youtu.be/x', 'video'],
      ['https://arxiv.org/abs/1706.03762', 'paper'],
      ['https://arxiv.org/pdf/1706.03762.pdf', 'paper'],
      ['https://colab.research.google.com/drive/x', 'notebook'],
      ['https://github.com/a/b/blob/main/intro.ipynb', 'notebook'],
      ['https://www.coursera.org/learn/machine-learning', 'course'],
      ['https://huggingface.co/learn/nlp-course', 'course'],
      ['https://example.com/book.pdf', 'book'],
      ['https://example.com/post', 'article'],
    ];
    for (const [url, kind] of cases) expect(kindOfUrl(url), url).toBe(kind);
  });

  it('the language from the prose', () => {
    expect(guessLanguage('這是一個關於機器學習的課程，我們會說明')).toBe('zh-TW');
    expect(guessLanguage('这是一个关于机器学习的课程，我们会说明')).toBe('zh-CN');
    expect(guessLanguage('This is a course about the basics of machine learning.')).toBe('en');
    expect(guessLanguage('これは機械学習のコースです')).toBe('ja');
  });
});

describe('curriculum/README.md, "From Markdown"', () => {
  const readme = readFileSync(`${root}curriculum/README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('### A worked example'));
  const block = (language: string) => new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section)?.[1] ?? '';

  it('shows what its worked example really converts to', () => {
    const result = convertMarkdown(block('markdown'), { fileName: 'roadmap.md' });
    expect(result.document).not.toBeNull();
    const yaml = curriculumYaml(result.document!, ['Converted from roadmap.md by roadmap 0.1.0 (roadmap convert).']);
    expect(yaml).toBe(block('yaml'));
    expect(result.warnings.map((warning) => `${warning.file}:${warning.line}: warning: ${warning.message}`).join('\n')).toBe(block('text').trim());
    validated(result.document!);
  });
});
