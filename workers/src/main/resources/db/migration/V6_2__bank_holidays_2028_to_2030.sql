-- Scottish bank holidays for 2028 to 2030. The calendar refuses a working day in a year it holds no bank holidays
-- for, so the years a tender's periods can reach are loaded ahead. Worked out from the usual rules (substitute days
-- when a holiday falls at a weekend); a proclamation may still move one, which is then a correction through
-- /api/reference-data/bank-holidays.
SET @source = 'Scottish bank holidays worked out from the usual rules (mygov.scot): confirm against the year''s proclamation.';

INSERT INTO bank_holiday (effective_from, effective_to, name, source_note, recorded_by, recorded_at) VALUES
 ('2028-01-03', '2028-01-03', 'New Year''s Day (substitute day)', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2028-01-04', '2028-01-04', '2nd January (substitute day)', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2028-04-14', '2028-04-14', 'Good Friday', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2028-05-01', '2028-05-01', 'Early May bank holiday', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2028-05-29', '2028-05-29', 'Spring bank holiday', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2028-08-07', '2028-08-07', 'Summer bank holiday', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2028-11-30', '2028-11-30', 'St Andrew''s Day', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2028-12-25', '2028-12-25', 'Christmas Day', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2028-12-26', '2028-12-26', 'Boxing Day', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2029-01-01', '2029-01-01', 'New Year''s Day', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2029-01-02', '2029-01-02', '2nd January', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2029-03-30', '2029-03-30', 'Good Friday', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2029-05-07', '2029-05-07', 'Early May bank holiday', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2029-05-28', '2029-05-28', 'Spring bank holiday', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2029-08-06', '2029-08-06', 'Summer bank holiday', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2029-11-30', '2029-11-30', 'St Andrew''s Day', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2029-12-25', '2029-12-25', 'Christmas Day', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2029-12-26', '2029-12-26', 'Boxing Day', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2030-01-01', '2030-01-01', 'New Year''s Day', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2030-01-02', '2030-01-02', '2nd January', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2030-04-19', '2030-04-19', 'Good Friday', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2030-05-06', '2030-05-06', 'Early May bank holiday', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2030-05-27', '2030-05-27', 'Spring bank holiday', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2030-08-05', '2030-08-05', 'Summer bank holiday', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2030-12-02', '2030-12-02', 'St Andrew''s Day (substitute day)', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2030-12-25', '2030-12-25', 'Christmas Day', @source, 'migration', CURRENT_TIMESTAMP(6)),
 ('2030-12-26', '2030-12-26', 'Boxing Day', @source, 'migration', CURRENT_TIMESTAMP(6));

INSERT INTO reference_data_change (data_set, record_id, field, old_value, new_value, changed_by, changed_at, reason)
SELECT 'bank-holidays', id, 'effectiveFrom', NULL, DATE_FORMAT(effective_from, '%Y-%m-%d'), recorded_by, recorded_at,
       'Loaded with the product ahead of the years tenders reach.'
FROM bank_holiday
WHERE effective_from >= '2028-01-01' AND effective_from < '2031-01-01';
