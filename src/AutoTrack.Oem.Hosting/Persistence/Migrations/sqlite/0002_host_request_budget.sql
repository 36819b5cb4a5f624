-- The daily request budget per host (OemHttpOptions.RequestsPerDay); day is an ISO date (yyyy-MM-dd, UTC).
CREATE TABLE IF NOT EXISTS oem_host_request_budget (
    host        TEXT NOT NULL,
    day         TEXT NOT NULL,
    used        INTEGER NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (host, day)
);
