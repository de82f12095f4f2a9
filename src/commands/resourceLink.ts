import type { Resource } from '../curriculum/types.js';
import type { NextResourceView } from '../render/itemViews.js';

/** A resource as next, list and path show it: enough to read, open or mark it. */
export function resourceLink(resource: Resource): NextResourceView {
  return {
    ref: resource.ref,
    number: resource.number,
    title: resource.title,
    url: resource.url,
    kind: resource.kind ?? null,
    minutes: resource.minutes ?? null,
    optional: resource.optional,
  };
}
