-- The daily request budget per host, shared by every node that uses this database (OemHttpOptions.RequestsPerDay).
-- One row per host and UTC day; "used" only grows, by one per request sent, never past the day's limit.
CREATE TABLE IF NOT EXISTS oem.host_request_budget (
    host        text NOT NULL,
    day         date NOT NULL,
    used        integer NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (host, day)
);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'oem_writer') THEN
        EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON oem.host_request_budget TO oem_writer';
    END IF;
END
$$;
