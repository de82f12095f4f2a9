/**
 * Each command's help: summary, details, option descriptions, by the command's name. A command's spec
 * (src/commands/) reads its texts from here when they are shown, so they are in the language in use.
 * Details are paragraphs: cli.ts joins single line breaks with a space, so a line may break anywhere
 * between words; a blank line starts a new paragraph.
 */
export const help = () => ({
  /** The options of the root program and of every command. */
  global: {
    curriculum: 'curriculum file, or id of a bundled one (env ROADMAP_CURRICULUM)',
    db: 'progress database (env ROADMAP_DB)',
    lang: 'language of the messages: en or zh-TW (env ROADMAP_LANG, else the locale)',
    noColor: 'no colors, also when on a terminal (env NO_COLOR)',
    help: 'show help',
    version: 'print the version',
    /** The word `help` as a command, offered by completion. */
    helpCommand: 'show help for a command',
  },
  next: {
    summary: 'the next topics to study, and why',
    details: `Suggests topics whose prerequisites are complete: what you started first, then required before
optional topics, then those that unlock the most, then roadmap order. --goal keeps only the goal's topics
and what they require.`,
    options: {
      count: 'how many suggestions (default 3)',
      goal: 'only what leads to this section, topic or resource',
      json: 'print the suggestions as JSON',
    },
  },
  list: {
    summary: 'show the roadmap as a numbered tree with your progress',
    details: `REF narrows the tree to one section or topic: an id (linear-algebra), a number as list shows it
(2, 2.3, 2.3.1) or part of a title. Marks: ✔ complete  ◐ in progress  ○ available  ⊘ blocked  ↷ skipped.`,
    options: {
      todo: 'hide complete topics and resolved resources',
      json: 'print the tree as JSON',
    },
    /** The comment of the example `roadmap list 2`. */
    sectionOnly: ({ number }: { number: string }) => `section ${number} only`,
  },
  show: {
    summary: 'show one section, topic or resource: status, notes, prerequisites, what it unlocks',
    options: {
      json: 'print the item as JSON',
    },
  },
  /** What done, start, skip and undo share. */
  statusChange: {
    details: `Each REF is an id (linear-algebra, linear-algebra/3b1b-essence), a number as list shows it
(1.2, 1.2.1) or part of a title. A section applies to each of its topics. All REFs are recorded in one
transaction: if any REF is unknown, nothing is recorded.`,
    options: {
      note: 'also add this note to each item named',
      json: 'print what changed as JSON',
    },
  },
  done: {
    summary: 'mark topics or resources as done',
    more: `A topic done while some of its prerequisites are not complete is recorded all the same, with a
warning on stderr naming them. "unlocked" lists the topics that became open to start, not those marked.`,
  },
  start: {
    summary: 'mark topics or resources as started',
  },
  skip: {
    summary: 'skip topics or resources (counted as resolved, shown apart from done)',
  },
  undo: {
    summary: 'set topics or resources back to todo (the history keeps what was undone)',
    more: `A topic is not done once undone: if it would still be complete through its resources, the
required resources that complete it (done or skipped) go back to todo too, in the same transaction, and
are listed; optional ones are left as they are. A section undoes each of its topics, as "done SECTION"
marked each of them. A resource resolved only because its topic is marked stays resolved: undo the topic.`,
  },
  note: {
    summary: 'add a note to a section, topic or resource',
    details: `With no TEXT, reads standard input when it is not a terminal (a pipe), else opens $VISUAL or $EDITOR,
else asks. If the note cannot be saved, its text is kept in a file, named on stderr.`,
    options: {
      json: 'print the new note as JSON',
    },
  },
  notes: {
    summary: "list your notes (all, or one item's); edit or delete one",
    details: `Notes are listed under their item, in roadmap order, oldest first; REF also lists the notes of
what it contains (a topic's resources, a section's topics). --edit opens $EDITOR with the note unless
--message gives the new text (or it is piped in). Deleting a note removes its text; only the fact that
there was a note remains, so that the deletion reaches other machines through export and import.`,
    options: {
      edit: 'edit the note with this id',
      message: 'with --edit: the new text',
      delete: 'delete the note with this id',
      json: 'print the notes as JSON',
    },
  },
  status: {
    summary: 'overall and per-section progress, your streak, the forecast, reviews due and recent activity',
    details:
      'Counts leave out optional topics and optional resources. Done and skipped are shown apart. The streak counts days in a row with at least one change (in your time zone, $TZ); the map shades the last 12 weeks, a column per week. The forecast is the likely date to finish at your pace of the last 8 weeks, with a range.',
    options: {
      json: 'print the figures as JSON',
    },
  },
  log: {
    summary: 'the history of your changes, oldest first',
    details: `Status changes, reviews, and notes added, edited and deleted (\`roadmap notes\` shows their text).
DATE is a day (2026-11-01), a date-time (2026-11-01T09:00:00Z) or a span back from now (3d, 2w, 12h).`,
    options: {
      since: 'only changes at or after DATE',
      limit: 'only the last COUNT changes',
      json: 'print the events as JSON',
    },
  },
  review: {
    summary: 'the topics due for review today, the longest overdue first, with their resources',
    /** `first` and `last` are the first and last steps of the review ladder, in days; `middle` the others, joined. */
    details: ({ first, middle, last }: { first: number; middle: string; last: number }) => `A topic you completed (done, not skipped) comes back for review ${first} days later, then
${middle} and ${last} days after each review (and every ${last} days from then on).
Record a review with roadmap reviewed REF; --hard starts the ladder again. Undoing a topic drops its
reviews; doing it again starts over.`,
    options: {
      limit: ({ count }: { count: number }) => `show at most COUNT reviews (default ${count})`,
      json: 'print the reviews as JSON',
    },
  },
  reviewed: {
    summary: 'record that you reviewed topics you completed',
    details: `Each REF is a topic (a resource stands for its topic, a section for its completed topics). Only
topics marked done (or done through their resources) are reviewed. A review changes no status: it only
moves the next review further out; --hard brings it back in 2 days. All REFs are recorded in one
transaction: if any cannot be reviewed, nothing is recorded.`,
    options: {
      hard: 'it did not come back easily: start the review ladder again',
      json: 'print what was recorded as JSON',
    },
  },
  path: {
    summary: 'the ordered plan of remaining topics that leads to a goal, with effort',
    details: `Every topic comes after all the topics it requires; ties keep roadmap order. Effort adds up the minutes of the remaining required resources.
The forecast says when you are likely there at the pace you kept over the last weeks (the README tells how).`,
    options: {
      json: 'print the plan as JSON',
    },
    /** The comment of the example `roadmap path 4`. */
    wholeSection: 'a whole section',
  },
  graph: {
    summary: 'the prerequisite graph as Mermaid or Graphviz DOT, styled by state',
    details: 'With REF, only that item and what it requires. Paste Mermaid into a ```mermaid block; render DOT with `dot -Tsvg`.',
    options: {
      format: 'mermaid or dot',
    },
  },
  open: {
    summary: "open a resource's URL in the browser (a topic: its next unresolved resource)",
    details: 'Uses $BROWSER when set, else the system opener (xdg-open, open, start). Only http(s) URLs are opened, never through a shell.',
    options: {
      print: 'print the URL instead of opening it',
    },
  },
  report: {
    summary: 'write your progress as a page: the roadmap drawn, a heat map and streak (HTML), or a Markdown checklist',
    details:
      'HTML (the default) is one self-contained file, with no script and nothing fetched: it opens offline, from a USB stick or an e-mail. ' +
      'Markdown is a GitHub checklist with a Mermaid graph, to paste into an issue or a README. ' +
      'Writes roadmap-report.html (or .md) in the current folder; an existing file is replaced only with --force. -o - prints it.',
    options: {
      output: 'where to write it (- for standard output)',
      format: 'html or md',
      open: 'open the written file with $BROWSER or the system opener',
      force: 'replace the file if it exists',
    },
  },
  export: {
    summary: 'write all progress and notes (every curriculum) as JSON',
    details: 'The file can be imported on another machine, or kept as a backup: roadmap import merges it without duplicates.',
    options: {
      output: 'write to FILE instead of standard output',
    },
  },
  import: {
    summary: 'merge progress and notes from a file made by roadmap export',
    details: `Merging is safe to repeat: what is already here is skipped, a newer status or note wins.
A malformed file changes nothing (exit 3). Use - to read standard input.`,
    options: {
      json: 'print what was merged as JSON',
    },
  },
  sync: {
    summary: 'share progress, notes and reviews with your other devices through a folder you sync',
    /** `folder` is the subfolder of DIR that holds the devices' files. */
    details: ({ folder }: { folder: string }) => `DIR is a folder your devices share already (a git repository, Syncthing, a cloud drive). Each
device keeps its own file in DIR/${folder}/ and never writes another's: a sync merges every
device's file into this database (by uid: nothing doubled), then rewrites this device's file with
everything, atomically. Run it on each device, in any order, as often as you like: two syncs at the
same moment lose nothing, and whatever one misses, the next brings. A copy of the database file set up
on another machine or at another path is a device of its own. Without DIR, the folder used last.
A file from a newer roadmap is refused (exit 4) and nothing is changed.`,
    options: {
      json: 'print what was synced as JSON',
    },
    /** The comment of the example `roadmap sync` with no folder. */
    folderUsedLast: 'the folder used last',
  },
  doctor: {
    summary: 'check the database and find progress for items no longer in the curriculum',
    details: `Progress is never deleted: when an item was renamed or removed, its records stay and doctor lists
them with the item they most likely became, and the aliases lines that carry them over (each line
whole: the item's present aliases and the former ids to add). Exit 1 when it
finds a problem.`,
    options: {
      json: 'print the findings as JSON',
    },
  },
  curricula: {
    summary: 'list the bundled curricula, their size and your progress in each',
    details: `The current one (what the other commands use) is marked ▶. It is, first to last: --curriculum,
ROADMAP_CURRICULUM, the one \`roadmap use\` made the default, the built-in default. A whole course is
listed with its parts; progress on a part counts in the course too.`,
    options: {
      json: 'print the list as JSON',
    },
  },
  use: {
    summary: 'make a curriculum (a bundled id or a file) the default for later commands',
    details: `Kept in your settings file (in the config directory: $XDG_CONFIG_HOME/roadmap/config.json on Linux).
A FILE is kept as an absolute path. --curriculum and ROADMAP_CURRICULUM still win over it.
With no CURRICULUM, says which one is the default now. \`roadmap curricula\` lists the bundled ones.`,
    options: {
      clear: 'go back to the built-in default',
    },
  },
  validate: {
    summary: 'check curriculum files and report every problem with its line and column',
    details: `With no FILE, checks every curriculum bundled with roadmap. A whole course (a file of parts) is
checked with its parts. Problems are printed to stderr as
FILE:LINE:COL: message, sorted by position; the exit code is 3 when any file is invalid.
Warnings (duplicate URLs, control characters) do not fail the check.`,
  },
  'check-links': {
    summary: "check that every resource's URL still answers: broken, moved, timed out",
    /** `concurrency` requests at once, at most `perHost` to one host. */
    details: ({ concurrency, perHost }: { concurrency: number; perHost: number }) => `Asks each distinct URL of the curriculum (HEAD, then GET when HEAD is refused), ${concurrency} at a time
and ${perHost} at a time per host, following redirects. A permanent redirect (301, 308) is reported as moved, with
the line to write in the curriculum instead; a temporary one (302, 303, 307) is fine. 429 and 5xx answers
are asked again after a pause (Retry-After is honoured, up to 30 s). Results are kept for a day in the cache
folder, so running it again asks only what was not settled: --fresh asks everything again. Exit 1 when a
link is broken, moved or timed out.`,
    options: {
      json: 'print every link checked as JSON',
      fresh: "ask every URL again, ignoring the last day's results",
      verbose: 'list the links that are ok too',
      concurrency: ({ concurrency, perHost }: { concurrency: number; perHost: number }) => `requests at once (default ${concurrency}; at most ${perHost} per host)`,
      timeout: ({ seconds }: { seconds: number }) => `how long to wait for each answer (default ${seconds})`,
    },
  },
  convert: {
    summary: 'turn a Markdown roadmap (a course README, an awesome list, a study plan) into a curriculum file',
    details: `Headings become sections and topics, list items that lead with bold text become topics, and every
http(s) link becomes a resource (its kind guessed from the URL). Tables give a topic or a resource per row;
a "prerequisites" column gives requires. Everything left out is reported as FILE:LINE: warning: … on
stderr. Ids come from titles and URLs, not positions, so converting again after an edit keeps them.
curriculum/README.md ("From Markdown") describes the mapping. A Markdown file also works directly:
roadmap --curriculum FILE.md next.`,
    options: {
      output: 'write the curriculum to FILE instead of standard output',
      force: 'overwrite FILE when it exists',
      id: "the curriculum's id (default: from the first heading, else the file name)",
      title: 'the title (default: the first heading)',
      language: 'the language, such as en or zh-TW (default: guessed from the text)',
      sequential: 'each topic requires the one before it (a course meant to be followed in order)',
      json: 'print the curriculum and the warnings as JSON instead of YAML',
    },
  },
  completion: {
    summary: 'print the script that lets bash, zsh or fish complete commands, options and REFs',
    details: `Load the script in your shell's start-up file (see the examples): then Tab completes command names,
options and their values, and REFs of the current curriculum (numbers, ids, titles), with the titles shown
beside them in zsh and fish. zsh: put the line after compinit in ~/.zshrc.`,
  },
});
