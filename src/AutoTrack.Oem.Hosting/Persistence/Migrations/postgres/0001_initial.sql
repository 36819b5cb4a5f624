-- AutoTrack.Oem schema, PostgreSQL. Public tables are what AutoTrack's apps read; job tables live in "oem".
CREATE SCHEMA IF NOT EXISTS oem;

-- Roles: oem_reader may read the public tables, oem_writer (the job) may write them. Creating roles needs
-- CREATEROLE; where the migrating user lacks it (managed databases), create them once by hand.
-- Roles are cluster-wide: another database of the same cluster may be creating them at this very moment.
DO $$
BEGIN
    BEGIN
        CREATE ROLE oem_reader NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
    BEGIN
        CREATE ROLE oem_writer NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'AutoTrack.Oem: cannot create roles oem_reader/oem_writer; create them by hand';
END
$$;

CREATE TABLE IF NOT EXISTS public.manufacturer_schedules (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    market              text NOT NULL DEFAULT 'US',
    manufacturer        text NOT NULL,
    make                text NOT NULL,
    model               text NOT NULL,
    year                integer NOT NULL,
    trim                text NOT NULL DEFAULT '(all)',
    vehicle_key         text NOT NULL,
    display_make        text NOT NULL,
    display_model       text NOT NULL,
    display_trim        text,
    source_url          text,
    source_kind         text,
    content_hash        text NOT NULL,
    previous_hash       text,
    normalizer_version  text NOT NULL,
    current_version_id  uuid,
    service_count       integer NOT NULL DEFAULT 0,
    fetched_at          timestamptz NOT NULL DEFAULT now(),
    checked_at          timestamptz NOT NULL DEFAULT now(),
    changed_at          timestamptz NOT NULL DEFAULT now(),
    created_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT manufacturer_schedules_vehicle UNIQUE (market, manufacturer, make, model, year, trim)
);
-- vehicle_key is derived from the unique columns; a second unique constraint would defeat ON CONFLICT.
CREATE INDEX IF NOT EXISTS manufacturer_schedules_by_vehicle_key ON public.manufacturer_schedules (vehicle_key);
COMMENT ON COLUMN public.manufacturer_schedules.trim IS '''(all)'' = every trim; keys are case-folded and aliased';
COMMENT ON COLUMN public.manufacturer_schedules.fetched_at IS 'Kept from the seed; equals checked_at';
COMMENT ON COLUMN public.manufacturer_schedules.checked_at IS 'Last time the source was checked';
COMMENT ON COLUMN public.manufacturer_schedules.changed_at IS 'Last time the schedule''s meaning changed';

CREATE TABLE IF NOT EXISTS public.manufacturer_services (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    schedule_id         uuid NOT NULL REFERENCES public.manufacturer_schedules (id) ON DELETE CASCADE,
    natural_key         text NOT NULL,
    service_code        text NOT NULL,
    service_name        text NOT NULL,
    action              text NOT NULL,
    interval_miles      integer,
    interval_months     integer,
    initial_miles       integer,
    initial_months      integer,
    monitor_kind        text,
    monitor_cap_miles   integer,
    monitor_cap_months  integer,
    tied_to_code        text,
    tied_to_every       integer,
    conditions          text NOT NULL DEFAULT '',
    is_severe           boolean NOT NULL DEFAULT false,
    engine              text,
    drivetrain          text,
    transmission        text,
    if_equipped         boolean NOT NULL DEFAULT false,
    reminder_lead_miles integer,
    reminder_lead_days  integer,
    safety_critical     boolean NOT NULL DEFAULT false,
    source_url          text,
    source_page         integer,
    original_text       text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT manufacturer_services_natural_key UNIQUE (schedule_id, natural_key)
);
COMMENT ON COLUMN public.manufacturer_services.conditions IS 'Sorted, comma-separated operating-condition codes; empty for the normal schedule';

CREATE TABLE IF NOT EXISTS oem.schedule_versions (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    schedule_id             uuid NOT NULL REFERENCES public.manufacturer_schedules (id) ON DELETE CASCADE,
    content_hash            text NOT NULL,
    normalizer_version      text NOT NULL,
    change_kind             text NOT NULL,
    snapshot                jsonb NOT NULL,
    source_document_sha256  text,
    valid_from              timestamptz NOT NULL DEFAULT now(),
    valid_to                timestamptz
);
CREATE INDEX IF NOT EXISTS schedule_versions_by_hash ON oem.schedule_versions (schedule_id, content_hash);

CREATE TABLE IF NOT EXISTS oem.supported_vehicle_catalog (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    market          text NOT NULL DEFAULT 'US',
    manufacturer    text NOT NULL,
    make            text NOT NULL,
    model           text NOT NULL,
    year            integer NOT NULL,
    trim            text NOT NULL DEFAULT '(all)',
    vehicle_key     text NOT NULL UNIQUE,
    display_make    text NOT NULL,
    display_model   text NOT NULL,
    display_trim    text,
    enabled         boolean NOT NULL DEFAULT true,
    last_checked_at timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT supported_vehicle_catalog_vehicle UNIQUE (market, manufacturer, make, model, year, trim)
);

CREATE TABLE IF NOT EXISTS oem.document_bodies (
    sha256      text PRIMARY KEY,
    media_type  text,
    size_bytes  integer NOT NULL,
    content     bytea NOT NULL,
    stored_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS oem.source_documents (
    url             text PRIMARY KEY,
    etag            text,
    last_modified   timestamptz,
    content_sha256  text REFERENCES oem.document_bodies (sha256),
    media_type      text,
    fetched_at      timestamptz NOT NULL DEFAULT now(),
    changed_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS oem.fetch_attempts (
    id            bigserial PRIMARY KEY,
    run_id        uuid NOT NULL,
    fetcher       text NOT NULL,
    manufacturer  text NOT NULL,
    vehicle_key   text NOT NULL,
    document_url  text,
    outcome       text NOT NULL,
    reason        text,
    duration_ms   integer NOT NULL DEFAULT 0,
    attempted_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS fetch_attempts_by_fetcher ON oem.fetch_attempts (fetcher, attempted_at DESC);

CREATE TABLE IF NOT EXISTS oem.quarantine (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    vehicle_key             text NOT NULL,
    content_hash            text NOT NULL,
    normalizer_version      text NOT NULL,
    reasons                 text NOT NULL,
    snapshot                jsonb NOT NULL,
    source_url              text,
    source_document_sha256  text,
    status                  text NOT NULL DEFAULT 'pending',
    created_at              timestamptz NOT NULL DEFAULT now(),
    reviewed_at             timestamptz,
    CONSTRAINT quarantine_once UNIQUE (vehicle_key, content_hash)
);

CREATE TABLE IF NOT EXISTS oem.change_log (
    id              bigserial PRIMARY KEY,
    schedule_id     uuid NOT NULL,
    vehicle_key     text NOT NULL,
    change_kind     text NOT NULL,
    content_hash    text NOT NULL,
    previous_hash   text,
    safety_critical boolean NOT NULL DEFAULT false,
    summary         text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS oem.job_runs (
    id          uuid PRIMARY KEY,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    summary     jsonb
);

-- Row-level security: anyone granted oem_reader reads; only oem_writer (and the owner, the job) writes.
ALTER TABLE public.manufacturer_schedules ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.manufacturer_services ENABLE ROW LEVEL SECURITY;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'oem_reader') THEN
        EXECUTE 'GRANT USAGE ON SCHEMA public TO oem_reader';
        EXECUTE 'GRANT SELECT ON public.manufacturer_schedules, public.manufacturer_services TO oem_reader';
        EXECUTE 'DROP POLICY IF EXISTS oem_read ON public.manufacturer_schedules';
        EXECUTE 'CREATE POLICY oem_read ON public.manufacturer_schedules FOR SELECT TO oem_reader USING (true)';
        EXECUTE 'DROP POLICY IF EXISTS oem_read ON public.manufacturer_services';
        EXECUTE 'CREATE POLICY oem_read ON public.manufacturer_services FOR SELECT TO oem_reader USING (true)';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'oem_writer') THEN
        EXECUTE 'GRANT USAGE ON SCHEMA public, oem TO oem_writer';
        EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON public.manufacturer_schedules, public.manufacturer_services TO oem_writer';
        EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA oem TO oem_writer';
        EXECUTE 'GRANT USAGE ON ALL SEQUENCES IN SCHEMA oem TO oem_writer';
        EXECUTE 'DROP POLICY IF EXISTS oem_write ON public.manufacturer_schedules';
        EXECUTE 'CREATE POLICY oem_write ON public.manufacturer_schedules FOR ALL TO oem_writer USING (true) WITH CHECK (true)';
        EXECUTE 'DROP POLICY IF EXISTS oem_write ON public.manufacturer_services';
        EXECUTE 'CREATE POLICY oem_write ON public.manufacturer_services FOR ALL TO oem_writer USING (true) WITH CHECK (true)';
    END IF;
END
$$;
