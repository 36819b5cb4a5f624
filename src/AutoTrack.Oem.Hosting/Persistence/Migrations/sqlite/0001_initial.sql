-- AutoTrack.Oem schema, SQLite (the embedded single-node default). Same tables as PostgreSQL; the job's
-- tables carry an "oem_" prefix instead of a schema; uuids are 16-byte blobs; times are ISO-8601 UTC text.
CREATE TABLE IF NOT EXISTS manufacturer_schedules (
    id                  BLOB PRIMARY KEY,
    market              TEXT NOT NULL DEFAULT 'US',
    manufacturer        TEXT NOT NULL,
    make                TEXT NOT NULL,
    model               TEXT NOT NULL,
    year                INTEGER NOT NULL,
    trim                TEXT NOT NULL DEFAULT '(all)',
    vehicle_key         TEXT NOT NULL,
    display_make        TEXT NOT NULL,
    display_model       TEXT NOT NULL,
    display_trim        TEXT,
    source_url          TEXT,
    source_kind         TEXT,
    content_hash        TEXT NOT NULL,
    previous_hash       TEXT,
    normalizer_version  TEXT NOT NULL,
    current_version_id  BLOB,
    service_count       INTEGER NOT NULL DEFAULT 0,
    fetched_at          TEXT NOT NULL,
    checked_at          TEXT NOT NULL,
    changed_at          TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    CONSTRAINT manufacturer_schedules_vehicle UNIQUE (market, manufacturer, make, model, year, trim)
);
-- vehicle_key is derived from the unique columns; a second unique constraint would defeat ON CONFLICT.
CREATE INDEX IF NOT EXISTS manufacturer_schedules_by_vehicle_key ON manufacturer_schedules (vehicle_key);

CREATE TABLE IF NOT EXISTS manufacturer_services (
    id                  BLOB PRIMARY KEY,
    schedule_id         BLOB NOT NULL REFERENCES manufacturer_schedules (id) ON DELETE CASCADE,
    natural_key         TEXT NOT NULL,
    service_code        TEXT NOT NULL,
    service_name        TEXT NOT NULL,
    action              TEXT NOT NULL,
    interval_miles      INTEGER,
    interval_months     INTEGER,
    initial_miles       INTEGER,
    initial_months      INTEGER,
    monitor_kind        TEXT,
    monitor_cap_miles   INTEGER,
    monitor_cap_months  INTEGER,
    tied_to_code        TEXT,
    tied_to_every       INTEGER,
    conditions          TEXT NOT NULL DEFAULT '',
    is_severe           INTEGER NOT NULL DEFAULT 0,
    engine              TEXT,
    drivetrain          TEXT,
    transmission        TEXT,
    if_equipped         INTEGER NOT NULL DEFAULT 0,
    reminder_lead_miles INTEGER,
    reminder_lead_days  INTEGER,
    safety_critical     INTEGER NOT NULL DEFAULT 0,
    source_url          TEXT,
    source_page         INTEGER,
    original_text       TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CONSTRAINT manufacturer_services_natural_key UNIQUE (schedule_id, natural_key)
);

CREATE TABLE IF NOT EXISTS oem_schedule_versions (
    id                      BLOB PRIMARY KEY,
    schedule_id             BLOB NOT NULL REFERENCES manufacturer_schedules (id) ON DELETE CASCADE,
    content_hash            TEXT NOT NULL,
    normalizer_version      TEXT NOT NULL,
    change_kind             TEXT NOT NULL,
    snapshot                TEXT NOT NULL,
    source_document_sha256  TEXT,
    valid_from              TEXT NOT NULL,
    valid_to                TEXT
);
CREATE INDEX IF NOT EXISTS oem_schedule_versions_by_hash ON oem_schedule_versions (schedule_id, content_hash);

CREATE TABLE IF NOT EXISTS oem_supported_vehicle_catalog (
    id              BLOB PRIMARY KEY,
    market          TEXT NOT NULL DEFAULT 'US',
    manufacturer    TEXT NOT NULL,
    make            TEXT NOT NULL,
    model           TEXT NOT NULL,
    year            INTEGER NOT NULL,
    trim            TEXT NOT NULL DEFAULT '(all)',
    vehicle_key     TEXT NOT NULL UNIQUE,
    display_make    TEXT NOT NULL,
    display_model   TEXT NOT NULL,
    display_trim    TEXT,
    enabled         INTEGER NOT NULL DEFAULT 1,
    last_checked_at TEXT,
    created_at      TEXT NOT NULL,
    CONSTRAINT supported_vehicle_catalog_vehicle UNIQUE (market, manufacturer, make, model, year, trim)
);

CREATE TABLE IF NOT EXISTS oem_document_bodies (
    sha256      TEXT PRIMARY KEY,
    media_type  TEXT,
    size_bytes  INTEGER NOT NULL,
    content     BLOB NOT NULL,
    stored_at   TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS oem_source_documents (
    url             TEXT PRIMARY KEY,
    etag            TEXT,
    last_modified   TEXT,
    content_sha256  TEXT REFERENCES oem_document_bodies (sha256),
    media_type      TEXT,
    fetched_at      TEXT NOT NULL,
    changed_at      TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS oem_fetch_attempts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id        BLOB NOT NULL,
    fetcher       TEXT NOT NULL,
    manufacturer  TEXT NOT NULL,
    vehicle_key   TEXT NOT NULL,
    document_url  TEXT,
    outcome       TEXT NOT NULL,
    reason        TEXT,
    duration_ms   INTEGER NOT NULL DEFAULT 0,
    attempted_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS oem_fetch_attempts_by_fetcher ON oem_fetch_attempts (fetcher, attempted_at DESC);

CREATE TABLE IF NOT EXISTS oem_quarantine (
    id                      BLOB PRIMARY KEY,
    vehicle_key             TEXT NOT NULL,
    content_hash            TEXT NOT NULL,
    normalizer_version      TEXT NOT NULL,
    reasons                 TEXT NOT NULL,
    snapshot                TEXT NOT NULL,
    source_url              TEXT,
    source_document_sha256  TEXT,
    status                  TEXT NOT NULL DEFAULT 'pending',
    created_at              TEXT NOT NULL,
    reviewed_at             TEXT,
    CONSTRAINT quarantine_once UNIQUE (vehicle_key, content_hash)
);

CREATE TABLE IF NOT EXISTS oem_change_log (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    schedule_id     BLOB NOT NULL,
    vehicle_key     TEXT NOT NULL,
    change_kind     TEXT NOT NULL,
    content_hash    TEXT NOT NULL,
    previous_hash   TEXT,
    safety_critical INTEGER NOT NULL DEFAULT 0,
    summary         TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS oem_job_runs (
    id          BLOB PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    summary     TEXT
);
