/** `roadmap doctor`. */
export const doctor = () => ({
  database: ({ path }: { path: string }) => `Database: ${path}`,
  notCreated: 'not created yet (nothing recorded so far)',
  integrityPassed: 'integrity check passed',
  integrityFailed: 'integrity check failed:',
  restore: 'Restore from a backup made with roadmap export, or copy the file before trying sqlite3 .recover.',
  allRecordsMatch: 'every record matches an item of the curriculum',
  orphansHeading: 'Progress for items no longer in the curriculum (kept, not lost):',
  /** An orphan's last status, as `common.status` names it. */
  lastStatus: ({ status }: { status: string }) => `last ${status}`,
  /** What is kept of an orphan, after its id. */
  kept: ({ what }: { what: string }) => `(${what})`,
  noteCount: ({ count }: { count: number }) => `${count} note(s)`,
  probablyBecame: ({ number, title, item }: { number: string; title: string; item: string }) => `probably became ${number}  ${title} (${item})`,
  topic: ({ item }: { item: string }) => `topic ${item}`,
  resource: ({ item }: { item: string }) => `resource ${item}`,
  /** `what` is `topic` or `resource` above; `line` is the curriculum's YAML line to write. */
  carryOver: ({ what, line }: { what: string; line: string }) => `to carry it over, write on ${what} in the curriculum:  ${line}`,
  carryOverAlso: ({ what, line }: { what: string; line: string }) => `and on ${what}:  ${line}`,
  foundDamage: 'doctor found database damage',
  foundOrphans: ({ count }: { count: number }) => `doctor found ${count} record(s) for items no longer in the curriculum`,
});
