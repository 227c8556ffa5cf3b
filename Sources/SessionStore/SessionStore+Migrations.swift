import GRDB

extension SessionStore {
    /// The schema's history. A shipped migration is never edited: a change is a new one, so
    /// every save can be brought up to date, and a save from a newer datenight is recognised
    /// by a migration this build does not know (see `open`).
    /// See https://swiftpackageindex.com/groue/grdb.swift/documentation/grdb/migrations
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sessions, answers, exercises, explored questions") { db in
            // AUTOINCREMENT so a session number is never handed out twice, even after the
            // newest one was forgotten: "datenight resume 3" always means the same evening.
            // https://www.sqlite.org/autoinc.html
            try db.execute(sql: """
                CREATE TABLE session (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sceneID TEXT NOT NULL,
                    sceneTitle TEXT NOT NULL,
                    sceneHash TEXT NOT NULL,
                    sceneFile TEXT,
                    sceneKinds TEXT NOT NULL,
                    player1 TEXT NOT NULL,
                    player2 TEXT NOT NULL,
                    -- a UInt64 in decimal: SQLite's integers are signed
                    seed TEXT NOT NULL,
                    recordsAnswers BOOLEAN NOT NULL,
                    -- EngineState as JSON; NULL when answers are not recorded or were forgotten
                    engineState TEXT,
                    stepsDone INTEGER NOT NULL DEFAULT 0,
                    stepsLeft INTEGER,
                    finished BOOLEAN NOT NULL DEFAULT 0,
                    forgottenAt DATETIME,
                    startedAt DATETIME NOT NULL,
                    updatedAt DATETIME NOT NULL
                );
                CREATE INDEX session_on_updatedAt ON session(updatedAt);

                CREATE TABLE answer (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sessionID INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    step INTEGER NOT NULL,
                    sceneID TEXT NOT NULL,
                    nodeID TEXT NOT NULL,
                    answerKey TEXT,
                    questionID TEXT,
                    prompt TEXT NOT NULL,
                    -- 1 or 2; NULL when the two answered together
                    player INTEGER CHECK (player IN (1, 2)),
                    response TEXT NOT NULL CHECK (response IN ('text', 'passed', 'timeUp')),
                    text TEXT,
                    secret BOOLEAN NOT NULL,
                    choice BOOLEAN NOT NULL,
                    answeredAt DATETIME NOT NULL
                );
                CREATE INDEX answer_on_sessionID ON answer(sessionID, id);

                CREATE TABLE exercise (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sessionID INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    step INTEGER NOT NULL,
                    sceneID TEXT NOT NULL,
                    nodeID TEXT NOT NULL,
                    label TEXT,
                    plannedSeconds INTEGER NOT NULL,
                    completed BOOLEAN NOT NULL,
                    elapsedSeconds DOUBLE,
                    endedAt DATETIME NOT NULL
                );
                CREATE INDEX exercise_on_sessionID ON exercise(sessionID, id);

                CREATE TABLE exploredQuestion (
                    sessionID INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    sceneID TEXT NOT NULL,
                    questionID TEXT NOT NULL,
                    exploredAt DATETIME NOT NULL,
                    PRIMARY KEY (sessionID, sceneID, questionID)
                );
                """)
        }
        migrator.registerMigration("v2: answers said out loud") { db in
            // SQLite cannot change a CHECK constraint in place: the table is rebuilt, the
            // documented way (https://www.sqlite.org/lang_altertable.html#otheralter).
            try db.execute(sql: """
                CREATE TABLE answer_v2 (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sessionID INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    step INTEGER NOT NULL,
                    sceneID TEXT NOT NULL,
                    nodeID TEXT NOT NULL,
                    answerKey TEXT,
                    questionID TEXT,
                    prompt TEXT NOT NULL,
                    player INTEGER CHECK (player IN (1, 2)),
                    -- 'spoken': talked through out loud; text holds an optional note
                    response TEXT NOT NULL CHECK (response IN ('text', 'passed', 'timeUp', 'spoken')),
                    text TEXT,
                    secret BOOLEAN NOT NULL,
                    choice BOOLEAN NOT NULL,
                    answeredAt DATETIME NOT NULL
                );
                INSERT INTO answer_v2 SELECT * FROM answer;
                DROP TABLE answer;
                ALTER TABLE answer_v2 RENAME TO answer;
                CREATE INDEX answer_on_sessionID ON answer(sessionID, id);
                """)
        }
        migrator.registerMigration("v3: what each step changed, between snapshots") { db in
            // session.engineState becomes the latest snapshot (taken at the start, on resume,
            // every `snapshotInterval` steps and at the end), and snapshotStep says at which
            // step it was taken; each accepted input adds one row here: the input and the
            // StateChange it produced (NULL when that step's state is the snapshot itself).
            // A save from before has no rows and a NULL snapshotStep: its state is whole.
            try db.execute(sql: """
                ALTER TABLE session ADD COLUMN snapshotStep INTEGER;
                CREATE TABLE step (
                    sessionID INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    step INTEGER NOT NULL,
                    -- the Input as JSON
                    input TEXT,
                    -- the StateChange as JSON
                    change TEXT,
                    PRIMARY KEY (sessionID, step)
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }
}
