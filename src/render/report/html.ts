import { listInText, messages } from '../../messages/index.js';
import { timeZoneName } from '../../plan/activity.js';
import type { Status } from '../../model/progress.js';
import { minutesInWords, statusName } from '../itemViews.js';
import { html, safeHref } from './escape.js';
import { inlineGraphSvg } from './graphSvg.js';
import { renderHeatMap } from './heatMap.js';
import { REPORT_CSS } from './style.js';
import type { ReportResource, ReportSection, ReportTopic, ReportView } from './view.js';

/** The id of a topic's entry in the page, which its node in the graph links to. */
export const TOPIC_ANCHOR_PREFIX = 'topic-';

function stateWords(state: ReportTopic['state']): string {
  return messages().report.states[state];
}

/** The legend's order: from done to out of reach. */
const LEGEND_STATES: readonly ReportTopic['state'][] = ['complete', 'in-progress', 'available', 'blocked'];

const TICKS: Record<Status, string> = { done: '☑', skipped: '⊘', started: '◐', todo: '☐' };

/**
 * The progress report as one self-contained HTML page: inline CSS and SVG, no script, no font or image to
 * fetch. `graphSvg` is the roadmap laid out by Graphviz (from `renderClusteredDot`); all other text comes
 * from `view` and is escaped here.
 */
export function renderHtmlReport(view: ReportView, graphSvg: string): string {
  const words = messages().report;
  const page = words.pageLanguage;
  // The curriculum's text keeps its own language when the page's words are in another one, so that a reader
  // (or a browser choosing CJK glyphs) takes each for what it is.
  const otherLanguage = view.language !== undefined && view.language.toLowerCase() !== page.toLowerCase() ? view.language : undefined;
  const curriculumLanguage = otherLanguage === undefined ? '' : ` lang="${html(otherLanguage)}"`;
  const title = words.title({ title: html(view.title) });
  const topicCount = view.sections.reduce((sum, section) => sum + section.topics.length, 0);
  const changes = view.activity.days.reduce((sum, day) => sum + day.count, 0);
  return `<!DOCTYPE html>
<html lang="${html(page)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="roadmap">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${title}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header>
<h1${curriculumLanguage}>${html(view.title)}</h1>
<p class="muted">${words.subtitle({ date: html(view.date), curriculum: html(view.curriculum) })}</p>
${totals(view)}
</header>
<section aria-labelledby="map">
<h2 id="map">${words.roadmap}</h2>
<figure>
${inlineGraphSvg(graphSvg, words.graphLabel({ count: topicCount }), otherLanguage)}
<figcaption>${legend()}</figcaption>
</figure>
</section>
<section aria-labelledby="activity" class="heat">
<h2 id="activity">${words.activity}</h2>
<div class="streak"><span>${words.currentStreak} <strong>${words.totals.days({ count: view.activity.streak.current })}</strong></span><span>${words.longestStreak} <strong>${words.totals.days({ count: view.activity.streak.longest })}</strong></span><span class="muted">${words.changesOnDays({ changes, days: view.activity.days.length })}</span></div>
${renderHeatMap(view.activity)}
<p class="muted">${words.studyDay({ timeZone: html(timeZoneName(view.activity.timeZone)) })}</p>
</section>
<section aria-labelledby="sections">
<h2 id="sections">${words.sections}</h2>
<ul class="bars">
${view.sections.map((section) => sectionBar(section, curriculumLanguage)).join('\n')}
</ul>
</section>
<section aria-labelledby="topics">
<h2 id="topics">${words.topics}</h2>
${view.sections.map((section) => sectionList(section, curriculumLanguage)).join('\n')}
</section>
<footer>${words.footer}</footer>
</main>
</body>
</html>
`;
}

function totals(view: ReportView): string {
  const words = messages().report;
  const left = view.minutesLeft > 0 || view.unestimated === 0 ? words.totals.about({ time: minutesInWords(view.minutesLeft) }) : words.totals.notEstimated;
  const unestimated = view.unestimated > 0 ? `${words.asideGap}<span class="muted">${words.aside({ text: words.withoutEstimate({ count: view.unestimated }) })}</span>` : '';
  return `<ul class="totals">
<li><strong>${view.topics.complete} / ${view.topics.total}</strong> ${words.totals.topicsComplete}</li>
<li><strong>${view.resources.resolved} / ${view.resources.total}</strong> ${words.totals.resourcesResolved}</li>
<li><strong>${left}</strong> ${words.totals.left}${unestimated}</li>
<li><strong>${words.totals.days({ count: view.activity.streak.current })}</strong> ${words.totals.streak({ longest: view.activity.streak.longest })}</li>
</ul>`;
}

function legend(): string {
  const item = (className: string, text: string) => `<li><span class="swatch ${className}"></span>${text}</li>`;
  const states = LEGEND_STATES.map((state) => item(state, stateWords(state))).join('');
  return `<ul class="legend">${states}${item('next', messages().report.suggestedNext)}</ul>`;
}

/** `curriculumLanguage` is the ` lang="…"` the curriculum's text carries, or nothing when it is the page's. */
function sectionBar(section: ReportSection, curriculumLanguage: string): string {
  const { topics, resources } = section.counts;
  const share = resources.total === 0 ? 0 : Math.round((resources.resolved / resources.total) * 100);
  const counts = messages().report.sectionCounts({ topicsComplete: topics.complete, topics: topics.total, resourcesResolved: resources.resolved, resources: resources.total });
  return `<li><span${curriculumLanguage}>${html(section.number)}  ${html(section.title)}</span><span class="muted">${counts}</span><div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${share}" aria-label="${html(section.title)}"${curriculumLanguage}><span style="width:${share}%"></span></div></li>`;
}

function sectionList(section: ReportSection, curriculumLanguage: string): string {
  return `<h3${curriculumLanguage}>${html(section.number)}  ${html(section.title)}</h3>
${notes(section.notes)}<ul class="topics">
${section.topics.map((topic) => topicItem(topic, curriculumLanguage)).join('\n')}
</ul>`;
}

function topicItem(topic: ReportTopic, curriculumLanguage: string): string {
  const words = messages().report;
  const optional = topic.optional ? `${words.asideGap}<span class="muted">${words.aside({ text: messages().common.optional })}</span>` : '';
  const state = topic.status === 'skipped' ? words.stateSkipped({ state: stateWords(topic.state) }) : stateWords(topic.state);
  return `<li class="topic ${topic.state}" id="${html(TOPIC_ANCHOR_PREFIX + topic.id)}"><strong${curriculumLanguage}>${html(topic.number)}  ${html(topic.title)}</strong>${optional} <span class="state">${state}</span>
${notes(topic.notes)}${topic.resources.length === 0 ? '' : `<ul class="resources">\n${topic.resources.map((resource) => resourceItem(resource, curriculumLanguage)).join('\n')}\n</ul>`}</li>`;
}

function resourceItem(resource: ReportResource, curriculumLanguage: string): string {
  const words = messages().report;
  const status = resource.resolved && resource.status !== 'skipped' ? 'done' : resource.status;
  const href = safeHref(resource.url);
  const name = `${html(resource.number)}  ${html(resource.title)}`;
  const link = href ? `<a href="${href}"${curriculumLanguage}>${name}</a>` : `${curriculumLanguage ? `<span${curriculumLanguage}>${name}</span>` : name} <span class="muted">${html(resource.url)}</span>`;
  const extra = listInText([resource.optional && messages().common.optional, resource.minutes !== undefined && minutesInWords(resource.minutes)]);
  return `<li><span class="tick" aria-label="${statusName(status)}">${TICKS[status]}</span>${link}${extra ? `${words.asideGap}<span class="muted">${words.aside({ text: extra })}</span>` : ''}${notes(resource.notes)}</li>`;
}

function notes(texts: string[]): string {
  return texts.map((text) => `<p class="note">${html(text, true)}</p>\n`).join('');
}
