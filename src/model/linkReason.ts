import { STATUS_CODES } from 'node:http';
import type { Messages } from '../messages/index.js';
import type { LinkCause } from './links.js';

/** `404 Not Found`: the status with HTTP's own words for it, which stay as the server says them. */
export function statusText(status: number): string {
  const text = STATUS_CODES[status];
  return text ? `${status} ${text}` : String(status);
}

/** A link check's reason in the words of `reasons` (English for the JSON, else the run's language). */
export function describeLinkCause(cause: LinkCause, reasons: Messages['links']['reasons']): string {
  const reason = causeText(cause, reasons);
  return cause.at === undefined ? reason : reasons.at({ reason, url: cause.at });
}

function causeText(cause: LinkCause, reasons: Messages['links']['reasons']): string {
  switch (cause.kind) {
    case 'status':
      return cause.tries === undefined ? statusText(cause.status) : reasons.stillAfter({ status: statusText(cause.status), tries: cause.tries });
    case 'timeout':
      return reasons.timeout({ seconds: cause.seconds });
    case 'failure':
      return reasons[cause.failure];
    case 'certificate':
      return reasons.certificate({ detail: cause.detail });
    case 'other':
      return cause.detail;
    case 'invalidRedirect':
      return reasons.invalidRedirect({ status: cause.status });
    case 'loop':
      return reasons.loop({ url: cause.url });
    case 'tooManyRedirects':
      return reasons.tooManyRedirects({ most: cause.most });
  }
}
