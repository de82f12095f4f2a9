import type { Activity } from '../../plan/activity.js';
import type { ProgressCounts } from '../../plan/state.js';
import type { TopicState } from '../../plan/state.js';
import type { Status } from '../../model/progress.js';

/** Everything a progress report shows, as plain data (built by `commands/report.ts`). */
export interface ReportView extends ProgressCounts {
  curriculum: string;
  title: string;
  /** The curriculum's language (BCP 47), for the page's `lang`. */
  language?: string;
  /** The learner's local day the report was made. */
  date: string;
  /** Minutes of the required resources still open, as estimated by their `minutes`. */
  minutesLeft: number;
  /** How many of those have no estimate. */
  unestimated: number;
  sections: ReportSection[];
  activity: Activity;
  /** Topic ids `next` suggests, best first. */
  next: string[];
}

export interface ReportSection {
  id: string;
  number: string;
  title: string;
  counts: ProgressCounts;
  notes: string[];
  topics: ReportTopic[];
}

export interface ReportTopic {
  id: string;
  number: string;
  title: string;
  state: TopicState;
  status: Status;
  optional: boolean;
  notes: string[];
  resources: ReportResource[];
}

export interface ReportResource {
  number: string;
  title: string;
  url: string;
  status: Status;
  resolved: boolean;
  optional: boolean;
  minutes?: number;
  notes: string[];
}
