import GRDB

/// The store's schema as named, ordered migrations (GRDB `DatabaseMigrator`).
///
/// Derived tables (`meeting`, `item`, `decision`, `follow_up` and their child and search
/// tables) hold what the extractor produced and are replaced on re-import. Owned tables
/// (`follow_up_state`, `manual_follow_up`, `undo_log`) hold what the user did, keyed by the
/// follow-up's stable key (DESIGN.md "Derived versus owned data"); no foreign key ties them
/// to derived rows, so replacing derived rows can never delete owned state.
enum StoreSchema {
    /// Lists joined in one TEXT column (parties, topics) use U+001F, never typed by a user.
    static let listSeparator: Character = "\u{1F}"

    static func join(_ list: [String]) -> String {
        if list.count == 1, !list[0].utf8.contains(0x1F) { return list[0] }
        return list.map { $0.utf8.contains(0x1F) ? $0.replacingOccurrences(of: String(listSeparator), with: " ") : $0 }
            .joined(separator: String(listSeparator))
    }

    static func split(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        // Byte-wise: U+001F is one UTF-8 byte, and most lists have a single element.
        guard text.utf8.contains(0x1F) else { return [text] }
        return text.utf8.split(separator: 0x1F).map { String(decoding: $0, as: UTF8.self) }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("001-derived") { db in
            try db.execute(sql: """
                CREATE TABLE meeting (
                  id INTEGER PRIMARY KEY,
                  body TEXT NOT NULL COLLATE NOCASE,
                  date TEXT NOT NULL,
                  title TEXT NOT NULL,
                  source TEXT NOT NULL,
                  source_hash TEXT NOT NULL,
                  text TEXT NOT NULL,
                  imported_at TEXT NOT NULL,
                  UNIQUE (body, date));
                CREATE TABLE item (
                  id INTEGER PRIMARY KEY,
                  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                  key TEXT NOT NULL,
                  position INTEGER NOT NULL,
                  title TEXT NOT NULL,
                  topics TEXT NOT NULL,
                  line_first INTEGER NOT NULL,
                  line_last INTEGER NOT NULL,
                  text TEXT NOT NULL);
                CREATE INDEX item_meeting ON item(meeting_id);
                CREATE INDEX item_key ON item(key);
                CREATE TABLE decision (
                  id INTEGER PRIMARY KEY,
                  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                  item_key TEXT NOT NULL,
                  key TEXT NOT NULL,
                  position INTEGER NOT NULL,
                  text TEXT NOT NULL,
                  line_first INTEGER NOT NULL,
                  line_last INTEGER NOT NULL);
                CREATE INDEX decision_meeting ON decision(meeting_id);
                CREATE INDEX decision_item ON decision(item_key);
                CREATE TABLE follow_up (
                  id INTEGER PRIMARY KEY,
                  key TEXT NOT NULL UNIQUE,
                  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                  item_key TEXT NOT NULL,
                  item_title TEXT NOT NULL,
                  topics TEXT NOT NULL,
                  position INTEGER NOT NULL,
                  text TEXT NOT NULL,
                  parties TEXT NOT NULL,
                  due TEXT,
                  due_text TEXT,
                  line_first INTEGER NOT NULL,
                  line_last INTEGER NOT NULL,
                  origin TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'manual', 'missing')));
                CREATE INDEX follow_up_meeting ON follow_up(meeting_id, position);
                CREATE TABLE follow_up_party (
                  party TEXT NOT NULL COLLATE NOCASE,
                  follow_up_id INTEGER NOT NULL REFERENCES follow_up(id) ON DELETE CASCADE,
                  PRIMARY KEY (party, follow_up_id)) WITHOUT ROWID;
                CREATE INDEX follow_up_party_fu ON follow_up_party(follow_up_id);
                CREATE TABLE follow_up_topic (
                  topic TEXT NOT NULL,
                  follow_up_id INTEGER NOT NULL REFERENCES follow_up(id) ON DELETE CASCADE,
                  PRIMARY KEY (topic, follow_up_id)) WITHOUT ROWID;
                CREATE INDEX follow_up_topic_fu ON follow_up_topic(follow_up_id);
                """)
        }
        m.registerMigration("002-owned") { db in
            try db.execute(sql: """
                CREATE TABLE follow_up_state (
                  key TEXT PRIMARY KEY,
                  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'partly', 'lapsed')),
                  changed_at TEXT,
                  note TEXT,
                  parties TEXT,
                  due_set INTEGER NOT NULL DEFAULT 0,
                  due TEXT,
                  dismissed INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
                CREATE TABLE manual_follow_up (
                  key TEXT PRIMARY KEY,
                  body TEXT NOT NULL,
                  date TEXT NOT NULL,
                  item_key TEXT NOT NULL,
                  item_title TEXT NOT NULL,
                  topics TEXT NOT NULL,
                  text TEXT NOT NULL,
                  parties TEXT NOT NULL,
                  due TEXT,
                  created_at TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE undo_log (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  action INTEGER NOT NULL,
                  label TEXT NOT NULL,
                  at TEXT NOT NULL,
                  table_name TEXT NOT NULL,
                  key TEXT NOT NULL,
                  before TEXT);
                CREATE INDEX undo_log_action ON undo_log(action);
                """)
        }
        m.registerMigration("003-search") { db in
            // One FTS5 table per kind, rowid = the derived row's id, so a meeting's rows are
            // deleted by id. remove_diacritics: "ë" finds "e" and back.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE follow_up_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE item_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE decision_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
                """)
        }
        m.registerMigration("004-lean-search") { db in
            // External-content FTS5 (issue 4 "Speed"): the index reads the text from the
            // derived row instead of keeping a second copy (a quarter of the file at 50,000
            // follow-ups, and as much less to write on import). Rule that keeps them in sync:
            // delete a search row BEFORE its derived row, and never change an indexed column in
            // place (DerivedRows and ManualFollowUps follow it). 'rebuild' fills the new index
            // from the rows of a store made before this migration.
            for (table, columns, content) in [("follow_up_fts", "text", "follow_up"), ("item_fts", "title, text", "item"),
                                              ("decision_fts", "text", "decision")] {
                try db.execute(sql: """
                    DROP TABLE \(table);
                    CREATE VIRTUAL TABLE \(table) USING fts5(\(columns), content = '\(content)', content_rowid = 'id',
                                                          tokenize = 'unicode61 remove_diacritics 2');
                    INSERT INTO \(table)(\(table)) VALUES('rebuild');
                    """)
            }
        }
        m.registerMigration("005-ordered-indexes") { db in
            // Lists are ordered by meeting date, body, then document order. With meetings
            // indexed by (date, body) — unique, as (body, date) is — and follow-ups and items
            // by (meeting_id, position), SQLite walks the rows in that order instead of
            // sorting all 50,000 in a temporary B-tree (EXPLAIN QUERY PLAN, issue 4 "Speed").
            // item(meeting_id, position) also serves every look-up item_meeting served.
            try db.execute(sql: """
                CREATE UNIQUE INDEX meeting_date_body ON meeting(date, body);
                DROP INDEX item_meeting;
                CREATE INDEX item_meeting_position ON item(meeting_id, position);
                """)
        }
        m.registerMigration("006-extraction-digest") { db in
            // A digest of what the extractor made of a meeting (title and items), so that a
            // reparse by an extractor that finds the same reports the meeting unchanged and
            // writes nothing. NULL for meetings stored before: their first reparse updates.
            try db.execute(sql: "ALTER TABLE meeting ADD COLUMN extraction_digest TEXT")
        }
        m.registerMigration("007-item-topics-index") { db in
            // The dashboard's first screen counts agenda items per pane by their topic lists
            // (`itemCountsByTopics`): from this index, without reading every item's text.
            try db.execute(sql: "CREATE INDEX item_topics ON item(topics)")
        }
        m.registerMigration("008-source-hash-index") { db in
            // `import` asks for every file whether its content is stored (`meeting(withSourceHash:)`):
            // without an index each question read the whole meeting table, texts included —
            // quadratic in the archive, 0.6 s of CPU for 1,000 files (perf, issue 4 "Speed").
            try db.execute(sql: "CREATE INDEX meeting_source_hash ON meeting(source_hash)")
        }
        m.registerMigration("009-follow-up-alias") { db in
            // Owned: when a revised file or a reparse moves a follow-up's state to a lightly
            // edited sentence (a new stable key), the old key stays an id of it, so that
            // `overleg done OLDID` in a user's script still finds it (issue 4 "IDs are short
            // and stable").
            try db.execute(sql: """
                CREATE TABLE follow_up_alias (
                  old_key TEXT PRIMARY KEY,
                  new_key TEXT NOT NULL) WITHOUT ROWID;
                CREATE INDEX follow_up_alias_new ON follow_up_alias(new_key);
                """)
        }
        return m
    }
}
