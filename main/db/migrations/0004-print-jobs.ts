import type { Migration } from './migration';

export const printJobs: Migration = {
  version: 4,
  name: 'print-jobs',
  up(db) {
    db.exec(`
      -- What was printed, where and when, for reprints and for the manager's questions. Titles never hold personal data.
      CREATE TABLE print_jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        printer TEXT NOT NULL,
        kind TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('zpl', 'pdf', 'png')),
        bytes INTEGER NOT NULL,
        title TEXT NOT NULL,
        entity TEXT,
        destination TEXT NOT NULL,
        files TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE INDEX print_jobs_entity ON print_jobs (entity, at);
    `);
  },
};
