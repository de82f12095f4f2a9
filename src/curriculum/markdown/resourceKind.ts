import type { ResourceKind } from '../types.js';

/** Sites whose pages are of one kind. A host matches itself and its subdomains. Documented in curriculum/README.md. */
const VIDEO_HOSTS = ['youtube.com', 'youtu.be', 'vimeo.com', 'bilibili.com', 'b23.tv', 'ted.com', 'twitch.tv'];
const PAPER_HOSTS = ['arxiv.org', 'openreview.net', 'aclanthology.org', 'proceedings.neurips.cc', 'papers.nips.cc', 'proceedings.mlr.press', 'dl.acm.org'];
const NOTEBOOK_HOSTS = ['colab.research.google.com', 'nbviewer.org'];
const COURSE_HOSTS = ['coursera.org', 'udacity.com', 'edx.org', 'udemy.com', 'khanacademy.org', 'deeplearning.ai', 'course.fast.ai', 'ocw.mit.edu', 'codecademy.com', 'datacamp.com'];
/** Course pages on sites that also hold other things. */
const COURSE_PATHS: Array<[string, RegExp]> = [
  ['kaggle.com', /^\/learn/],
  ['huggingface.co', /^\/learn/],
  ['stanford.edu', /^\/class\//],
];

function onHost(host: string, sites: readonly string[]): boolean {
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** The kind of resource a URL most likely is; `article` when nothing says otherwise. */
export function kindOfUrl(url: string): ResourceKind {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'article';
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.toLowerCase();
  if (onHost(host, NOTEBOOK_HOSTS) || path.endsWith('.ipynb')) return 'notebook';
  if (onHost(host, PAPER_HOSTS)) return 'paper';
  if (onHost(host, VIDEO_HOSTS)) return 'video';
  if (onHost(host, COURSE_HOSTS) || COURSE_PATHS.some(([site, pattern]) => onHost(host, [site]) && pattern.test(path))) return 'course';
  if (path.endsWith('.pdf') || path.endsWith('.epub')) return 'book';
  return 'article';
}
