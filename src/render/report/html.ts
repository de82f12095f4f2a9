import { timeZoneName } from '../../plan/activity.js';
import type { Status } from '../../model/progress.js';
import { minutesInWords } from '../itemViews.js';
import { plural } from '../text.js';
import { html, safeHref } from './escape.js';
import { inlineGraphSvg } from './graphSvg.js';
import { renderHeatMap } from './heatMap.js';
import { REPORT_CSS } from './style.js';
import type { ReportResource, ReportSection, ReportTopic, ReportView } from './view.js';

/** The id of a topic's entry in the page, which its node in the graph links to. */
export const TOPIC_ANCHOR_PREFIX = 'topic-';

const STATE_WORDS: Record<ReportTopic['state'], string> = {
  complete: 'complete',
  'in-progress': 'in progress',
  available: 'available',
  blocked: 'blocked',
};

const TICKS: Record<Status, string> = { done: '☑', skipped: '⊘', started: '◐', todo: '☐' };

/**
 * The progress report as one self-contained HTML page: inline CSS and SVG, no script, no font or image to
 * fetch. `graphSvg` is the roadmap laid out by Graphviz (from `renderClusteredDot`); all other text comes
 * from `view` and is escaped here.
 */
export function renderHtmlReport(view: ReportView, graphSvg: string): string {
  const title = `${html(view.title)}: progress`;
  return `<!DOCTYPE html>
<html lang="${html(view.language ?? 'en')}">
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
<h1>${html(view.title)}</h1>
<p class="muted">Progress report of ${html(view.date)} · ${html(view.curriculum)}</p>
${totals(view)}
</header>
<section aria-labelledby="map">
<h2 id="map">The roadmap</h2>
<figure>
${inlineGraphSvg(graphSvg, `The roadmap's ${plural(view.sections.reduce((sum, section) => sum + section.topics.length, 0), 'topic')} and their prerequisites, coloured by state`)}
<figcaption>${legend()}</figcaption>
</figure>
</section>
<section aria-labelledby="activity" class="heat">
<h2 id="activity">Activity</h2>
<div class="streak"><span>Current streak <strong>${plural(view.activity.streak.current, 'day')}</strong></span><span>Longest streak <strong>${plural(view.activity.streak.longest, 'day')}</strong></span><span class="muted">${plural(view.activity.days.reduce((sum, day) => sum + day.count, 0), 'change')} on ${plural(view.activity.days.length, 'day')}</span></div>
${renderHeatMap(view.activity)}
<p class="muted">A study day has at least one change (a status set or a note written), in the time zone ${html(timeZoneName(view.activity.timeZone))}.</p>
</section>
<section aria-labelledby="sections">
<h2 id="sections">Sections</h2>
<ul class="bars">
${view.sections.map(sectionBar).join('\n')}
</ul>
</section>
<section aria-labelledby="topics">
<h2 id="topics">Topics</h2>
${view.sections.map(sectionList).join('\n')}
</section>
<footer>Made by roadmap. Ticks: ☑ done, ⊘ skipped, ◐ started, ☐ to do.</footer>
</main>
</body>
</html>
`;
}

function totals(view: ReportView): string {
  const left = view.minutesLeft > 0 || view.unestimated === 0 ? `about ${minutesInWords(view.minutesLeft)}` : 'not estimated';
  const unestimated = view.unestimated > 0 ? ` <span class="muted">(${plural(view.unestimated, 'resource')} without an estimate)</span>` : '';
  return `<ul class="totals">
<li><strong>${view.topics.complete} / ${view.topics.total}</strong> topics complete</li>
<li><strong>${view.resources.resolved} / ${view.resources.total}</strong> resources resolved</li>
<li><strong>${left}</strong> left${unestimated}</li>
<li><strong>${plural(view.activity.streak.current, 'day')}</strong> streak (longest ${view.activity.streak.longest})</li>
</ul>`;
}

function legend(): string {
  const item = (className: string, words: string) => `<li><span class="swatch ${className}"></span>${words}</li>`;
  return `<ul class="legend">${item('complete', 'complete')}${item('in-progress', 'in progress')}${item('available', 'available')}${item('blocked', 'blocked')}${item('next', 'suggested next')}</ul>`;
}

function sectionBar(section: ReportSection): string {
  const { topics, resources } = section.counts;
  const share = resources.total === 0 ? 0 : Math.round((resources.resolved / resources.total) * 100);
  return `<li><span>${html(section.number)}  ${html(section.title)}</span><span class="muted">${topics.complete}/${topics.total} topics · ${resources.resolved}/${resources.total} res.</span><div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${share}" aria-label="${html(section.title)}"><span style="width:${share}%"></span></div></li>`;
}

function sectionList(section: ReportSection): string {
  return `<h3>${html(section.number)}  ${html(section.title)}</h3>
${notes(section.notes)}<ul class="topics">
${section.topics.map(topicItem).join('\n')}
</ul>`;
}

function topicItem(topic: ReportTopic): string {
  const optional = topic.optional ? ' <span class="muted">(optional)</span>' : '';
  return `<li class="topic ${topic.state}" id="${html(TOPIC_ANCHOR_PREFIX + topic.id)}"><strong>${html(topic.number)}  ${html(topic.title)}</strong>${optional} <span class="state">${STATE_WORDS[topic.state]}${topic.status === 'skipped' ? ', skipped' : ''}</span>
${notes(topic.notes)}${topic.resources.length === 0 ? '' : `<ul class="resources">\n${topic.resources.map(resourceItem).join('\n')}\n</ul>`}</li>`;
}

function resourceItem(resource: ReportResource): string {
  const status = resource.resolved && resource.status !== 'skipped' ? 'done' : resource.status;
  const href = safeHref(resource.url);
  const name = `${html(resource.number)}  ${html(resource.title)}`;
  const link = href ? `<a href="${href}">${name}</a>` : `${name} <span class="muted">${html(resource.url)}</span>`;
  const extra = [resource.optional ? 'optional' : '', resource.minutes === undefined ? '' : minutesInWords(resource.minutes)].filter(Boolean).join(', ');
  return `<li><span class="tick" aria-label="${status}">${TICKS[status]}</span>${link}${extra ? ` <span class="muted">(${extra})</span>` : ''}${notes(resource.notes)}</li>`;
}

function notes(texts: string[]): string {
  return texts.map((text) => `<p class="note">${html(text, true)}</p>\n`).join('');
}
