import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempHome } from './helpers/roadmap.js';

/** Debian's chromium package (.ci/run installs it). */
const CHROMIUM = '/usr/bin/chromium';

/**
 * The HTML report in a real browser, offline: loaded from a file URL with every other request blocked and
 * recorded, at desktop and phone widths.
 */
describe('the HTML report in headless Chromium', () => {
  let home: TempHome;
  let browser: Browser;
  let profile: string;
  let file: string;
  let chineseFile: string;

  beforeAll(async () => {
    home = new TempHome();
    for (const args of [['done', '1.1', '1.2.1'], ['skip', '1.2.2'], ['start', '3.2'], ['note', '1.1', '<b>not bold</b>']]) {
      const result = home.sample(args);
      expect(result.code, result.stderr).toBe(0);
    }
    file = path.join(home.dir, 'report.html');
    const result = home.sample(['report', '-o', file]);
    expect(result.code, result.stderr).toBe(0);
    chineseFile = path.join(home.dir, 'report-zh-TW.html');
    const chinese = home.sample(['report', '-o', chineseFile], { env: { ROADMAP_LANG: 'zh-TW' } });
    expect(chinese.code, chinese.stderr).toBe(0);
    profile = mkdtempSync(path.join(os.tmpdir(), 'roadmap-chromium-'));
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--user-data-dir=${profile}`,
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    home?.remove();
  });

  for (const width of [1280, 375]) {
    it(`shows every topic by state, the heat map, no request and no error, and fits ${width} px`, async () => {
      const page = await browser.newPage();
      const url = pathToFileURL(file).href;
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url() === url) void request.continue();
        else {
          requests.push(request.url());
          void request.abort();
        }
      });
      await page.setViewport({ width, height: 800 });
      await page.goto(url, { waitUntil: 'load' });

      // The page's DOM types are not in this project's (Node) lib: the function runs in the browser.
      const facts = await page.evaluate(() => {
        const document = (globalThis as any).document;
        return {
        nodes: [...document.querySelectorAll('svg.graph g.node')].map((node: any) => ({
          id: node.querySelector('title').textContent as string,
          classes: [...node.classList] as string[],
        })),
        cells: document.querySelectorAll('svg.heatmap rect.day').length as number,
        labelled: [...document.querySelectorAll('svg.heatmap rect.day')].every((cell: any) => /^\d{4}-\d\d-\d\d: \d+ changes?$/.test(cell.getAttribute('aria-label') ?? '') && cell.querySelector('title')?.textContent === cell.getAttribute('aria-label')),
        scrollWidth: document.documentElement.scrollWidth as number,
        graphWidth: document.querySelector('svg.graph').getBoundingClientRect().width as number,
        scripts: document.scripts.length as number,
        note: document.querySelector('.note')?.textContent as string | undefined,
      };
      });
      await page.screenshot({ path: path.join(home.dir, `report-${width}.png`), fullPage: true });
      await page.close();

      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      expect(facts.scripts).toBe(0);
      const list = home.json(['list', '--json']);
      const topics = (list.sections as { topics: { id: string; state: string }[] }[]).flatMap((section) => section.topics);
      expect(facts.nodes.map((node) => node.id).sort()).toEqual(topics.map((topic) => topic.id).sort());
      for (const topic of topics) {
        const node = facts.nodes.find((candidate) => candidate.id === topic.id)!;
        expect(node.classes, topic.id).toContain(topic.state);
        for (const state of ['complete', 'in-progress', 'available', 'blocked'].filter((other) => other !== topic.state)) expect(node.classes, topic.id).not.toContain(state);
      }
      expect(facts.cells).toBeGreaterThanOrEqual(364);
      expect(facts.cells).toBeLessThanOrEqual(371);
      expect(facts.labelled).toBe(true);
      expect(facts.note).toBe('<b>not bold</b>');
      expect(facts.scrollWidth).toBeLessThanOrEqual(width);
      expect(facts.graphWidth).toBeLessThanOrEqual(width);
      expect(statSync(path.join(home.dir, `report-${width}.png`)).size).toBeGreaterThan(10_000);
    }, 60_000);
  }

  it('in zh-TW, is a zh-Hant-TW page with Chinese headings that still fits a phone', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 375, height: 800 });
    await page.goto(pathToFileURL(chineseFile).href, { waitUntil: 'load' });
    const facts = await page.evaluate(() => {
      const document = (globalThis as any).document;
      return {
        lang: document.documentElement.lang as string,
        headings: [...document.querySelectorAll('h2')].map((heading: any) => heading.textContent as string),
        titleLang: document.querySelector('h1').lang as string,
        cells: [...document.querySelectorAll('svg.heatmap rect.day')].filter((cell: any) => /^\d{4}-\d\d-\d\d：\d+ 次變更$/.test(cell.getAttribute('aria-label') ?? '')).length as number,
        scrollWidth: document.documentElement.scrollWidth as number,
      };
    });
    await page.close();
    expect(facts.lang).toBe('zh-Hant-TW');
    expect(facts.headings).toEqual(['學習路線圖', '學習活動', '章節', '主題']);
    expect(facts.titleLang).toBe('en');
    expect(facts.cells).toBeGreaterThanOrEqual(364);
    expect(facts.scrollWidth).toBeLessThanOrEqual(375);
  }, 60_000);

  it('is written with no reference to anything outside it', () => {
    const page = readFileSync(file, 'utf8');
    expect(page).not.toMatch(/\s(src|srcset|poster|data)=/i);
  });
});
