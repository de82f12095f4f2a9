// The Traditional-Chinese catalog (台灣用語), one file per area, each typed against its English one.
// Built into a file of its own, loaded only when zh-TW is the language in use; each area is built when
// first read (lazyCatalog).
import type { Messages } from '../en/index.js';
import { lazyCatalog } from '../lazyCatalog.js';
import { common } from './common.js';
import { next } from './next.js';
import { list } from './list.js';
import { show } from './show.js';
import { path } from './path.js';
import { status } from './status.js';
import { log } from './log.js';
import { notes } from './notes.js';
import { record } from './record.js';
import { review } from './review.js';
import { curricula } from './curricula.js';
import { cli } from './cli.js';
import { help } from './help.js';
import { menu } from './menu.js';
import { curriculum } from './curriculum.js';
import { load } from './load.js';
import { validate } from './validate.js';
import { convert } from './convert.js';
import { progress } from './progress.js';
import { exchange } from './exchange.js';
import { sync } from './sync.js';
import { doctor } from './doctor.js';
import { report } from './report.js';
import { links } from './links.js';
import { graph } from './graph.js';
import { open } from './open.js';
import { completion } from './completion.js';

export const zhTW: Messages = lazyCatalog({ common, next, list, show, path, status, log, notes, record, review, curricula, cli, help, menu, curriculum, load, validate, convert, progress, exchange, sync, doctor, report, links, graph, open, completion });
