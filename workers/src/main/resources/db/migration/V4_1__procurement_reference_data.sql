-- Procurement thresholds and Scottish bank holidays change by order and by proclamation: each figure is a row with
-- the date it takes effect, and a new figure is a new row, so a tender is always judged by the figure in force on the
-- day its route was chosen and the history stays readable.
CREATE TABLE procurement_threshold (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    threshold_code  VARCHAR(40)   NOT NULL,
    amount          DECIMAL(14,2) NOT NULL,
    includes_vat    BOOLEAN       NOT NULL,
    effective_from  DATE          NOT NULL,
    source          VARCHAR(300)  NOT NULL,
    recorded_by     VARCHAR(200)  NOT NULL,
    recorded_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT procurement_threshold_version UNIQUE (threshold_code, effective_from)
);

INSERT INTO procurement_threshold (threshold_code, amount, includes_vat, effective_from, source, recorded_by, recorded_at) VALUES
 ('REGULATED_SERVICES', 50000.00, FALSE, '2016-04-18', 'Procurement Reform (Scotland) Act 2014 s.3', 'migration', CURRENT_TIMESTAMP(6)),
 ('LIGHT_TOUCH', 663540.00, TRUE, '2022-01-01', 'SPPN 8/2021', 'migration', CURRENT_TIMESTAMP(6)),
 ('LIGHT_TOUCH', 663540.00, TRUE, '2024-01-01', 'SPPN 4/2025 (unchanged from 2022)', 'migration', CURRENT_TIMESTAMP(6)),
 ('GPA_SUB_CENTRAL_SERVICES', 214904.00, TRUE, '2024-01-01', 'SPPN: GPA thresholds 2024-25', 'migration', CURRENT_TIMESTAMP(6));

CREATE TABLE bank_holiday (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    holiday_date  DATE          NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    recorded_by   VARCHAR(200)  NOT NULL,
    recorded_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT bank_holiday_date UNIQUE (holiday_date)
);

INSERT INTO bank_holiday (holiday_date, name, recorded_by, recorded_at) VALUES
 ('2025-01-01', 'New Year''s Day', 'migration', CURRENT_TIMESTAMP(6)),
 ('2025-01-02', '2nd January', 'migration', CURRENT_TIMESTAMP(6)),
 ('2025-04-18', 'Good Friday', 'migration', CURRENT_TIMESTAMP(6)),
 ('2025-05-05', 'Early May bank holiday', 'migration', CURRENT_TIMESTAMP(6)),
 ('2025-05-26', 'Spring bank holiday', 'migration', CURRENT_TIMESTAMP(6)),
 ('2025-08-04', 'Summer bank holiday', 'migration', CURRENT_TIMESTAMP(6)),
 ('2025-12-01', 'St Andrew''s Day (substitute day)', 'migration', CURRENT_TIMESTAMP(6)),
 ('2025-12-25', 'Christmas Day', 'migration', CURRENT_TIMESTAMP(6)),
 ('2025-12-26', 'Boxing Day', 'migration', CURRENT_TIMESTAMP(6)),
 ('2026-01-01', 'New Year''s Day', 'migration', CURRENT_TIMESTAMP(6)),
 ('2026-01-02', '2nd January', 'migration', CURRENT_TIMESTAMP(6)),
 ('2026-04-03', 'Good Friday', 'migration', CURRENT_TIMESTAMP(6)),
 ('2026-05-04', 'Early May bank holiday', 'migration', CURRENT_TIMESTAMP(6)),
 ('2026-05-25', 'Spring bank holiday', 'migration', CURRENT_TIMESTAMP(6)),
 ('2026-08-03', 'Summer bank holiday', 'migration', CURRENT_TIMESTAMP(6)),
 ('2026-11-30', 'St Andrew''s Day', 'migration', CURRENT_TIMESTAMP(6)),
 ('2026-12-25', 'Christmas Day', 'migration', CURRENT_TIMESTAMP(6)),
 ('2026-12-28', 'Boxing Day (substitute day)', 'migration', CURRENT_TIMESTAMP(6)),
 ('2027-01-01', 'New Year''s Day', 'migration', CURRENT_TIMESTAMP(6)),
 ('2027-01-04', '2nd January (substitute day)', 'migration', CURRENT_TIMESTAMP(6)),
 ('2027-03-26', 'Good Friday', 'migration', CURRENT_TIMESTAMP(6)),
 ('2027-05-03', 'Early May bank holiday', 'migration', CURRENT_TIMESTAMP(6)),
 ('2027-05-31', 'Spring bank holiday', 'migration', CURRENT_TIMESTAMP(6)),
 ('2027-08-02', 'Summer bank holiday', 'migration', CURRENT_TIMESTAMP(6)),
 ('2027-11-30', 'St Andrew''s Day', 'migration', CURRENT_TIMESTAMP(6)),
 ('2027-12-27', 'Christmas Day (substitute day)', 'migration', CURRENT_TIMESTAMP(6)),
 ('2027-12-28', 'Boxing Day (substitute day)', 'migration', CURRENT_TIMESTAMP(6));
