import { itemByKey, itemFacts } from '../curriculum/index.js';
import type { Curriculum } from '../curriculum/types.js';
import type { ProgressEvent } from '../progress/types.js';
import type { EventView } from '../render/log.js';

/**
 * An event as log and status show it: the item's number and title as the curriculum has them now (also
 * after a rename the curriculum records in `aliases`).
 */
export function eventView(curriculum: Curriculum, event: ProgressEvent): EventView {
  const found = itemByKey(curriculum, event.item);
  const item = found && itemFacts(found);
  return {
    at: event.at,
    ref: event.item,
    status: event.status,
    previous: event.previous,
    number: item?.number ?? null,
    title: item?.title ?? null,
  };
}
