/**
 * `roadmap export` / `roadmap import`: all progress and notes, across curricula, as one JSON
 * document (format: exchangeFormat.ts). Import merges by uid in one transaction, so importing
 * the same file twice changes nothing, and export → import into an empty database → export
 * gives the same document (apart from `exportedAt`).
 */
import { requireInstant } from './instant.js';
import type { ProgressStore } from './store.js';
import { PROGRESS_FORMAT, PROGRESS_FORMAT_VERSION, type ProgressExport } from './exchangeFormat.js';

export {
  PROGRESS_FORMAT,
  PROGRESS_FORMAT_VERSION,
  parseProgressExport,
  type ExportedEvent,
  type ExportedNote,
  type ExportedReview,
  type ProgressExport,
} from './exchangeFormat.js';

export interface ImportSummary {
  eventsAdded: number;
  /** Already here (same uid). */
  eventsSkipped: number;
  notesAdded: number;
  /** Replaced by the file's newer version (an edit or a deletion). */
  notesUpdated: number;
  /** Ours is as new or newer. */
  notesSkipped: number;
  reviewsAdded: number;
  /** Already here (same uid). */
  reviewsSkipped: number;
}

/** `store` may be null (no database yet): the export is then empty but still a valid file. */
export function exportProgress(store: ProgressStore | null, exportedAt: string): ProgressExport {
  const events = (store?.allEvents() ?? []).map(({ uid, curriculum, item, status, previous, at }) => ({
    uid,
    curriculum,
    item,
    status,
    previous,
    at,
  }));
  const notes = (store?.allNotes() ?? []).map(({ uid, curriculum, item, text, createdAt, updatedAt, deletedAt }) => ({
    uid,
    curriculum,
    item,
    text,
    createdAt,
    updatedAt,
    deletedAt,
  }));
  const reviews = (store?.allReviews() ?? []).map(({ uid, curriculum, item, hard, at }) => ({ uid, curriculum, item, hard, at }));
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_FORMAT_VERSION,
    exportedAt: requireInstant(exportedAt, 'exportedAt'),
    events,
    notes,
    reviews,
  };
}

/**
 * Merges `data` (from parseProgressExport) into `store`, all or nothing. Events new here are
 * added and move an item's current status only when later than the one it has (store.mergeEvent);
 * notes are merged by uid, the newer `updatedAt` winning (store.mergeNote); reviews by uid.
 */
export function importProgress(store: ProgressStore, data: ProgressExport): ImportSummary {
  return store.transaction(() => {
    const summary: ImportSummary = { eventsAdded: 0, eventsSkipped: 0, notesAdded: 0, notesUpdated: 0, notesSkipped: 0, reviewsAdded: 0, reviewsSkipped: 0 };
    for (const event of data.events) {
      if (store.mergeEvent(event)) summary.eventsAdded++;
      else summary.eventsSkipped++;
    }
    for (const note of data.notes) {
      const outcome = store.mergeNote(note);
      if (outcome === 'added') summary.notesAdded++;
      else if (outcome === 'updated') summary.notesUpdated++;
      else summary.notesSkipped++;
    }
    for (const review of data.reviews) {
      if (store.mergeReview(review)) summary.reviewsAdded++;
      else summary.reviewsSkipped++;
    }
    return summary;
  });
}
