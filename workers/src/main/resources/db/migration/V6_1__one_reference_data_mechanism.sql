-- One mechanism for every effective-dated figure (package scot.commissioningflow.referencedata). Every dated table
-- now has the same shared columns: id, effective_from, effective_to (NULL while open), source_note, recorded_by,
-- recorded_at; and one audit trail, field by field, serves them all.

-- The fair-work audit trail becomes the product's; its dataset names (pay-rates, ...) stay as they were.
RENAME TABLE fair_work_reference_change TO reference_data_change;
ALTER TABLE reference_data_change RENAME INDEX fair_work_reference_change_record TO reference_data_change_record;

-- Fair-work figures: who recorded each period, from the audit trail where it says, else the migration that loaded it.
ALTER TABLE fair_work_pay_rate ADD COLUMN recorded_by VARCHAR(200) NULL, ADD COLUMN recorded_at TIMESTAMP(6) NULL;
ALTER TABLE fair_work_on_cost_rate ADD COLUMN recorded_by VARCHAR(200) NULL, ADD COLUMN recorded_at TIMESTAMP(6) NULL;
ALTER TABLE fair_work_criterion_rule ADD COLUMN recorded_by VARCHAR(200) NULL, ADD COLUMN recorded_at TIMESTAMP(6) NULL;
ALTER TABLE fair_work_pay_floor_rule ADD COLUMN recorded_by VARCHAR(200) NULL, ADD COLUMN recorded_at TIMESTAMP(6) NULL;
ALTER TABLE fair_work_grant_declaration_limit ADD COLUMN recorded_by VARCHAR(200) NULL,
    ADD COLUMN recorded_at TIMESTAMP(6) NULL;

UPDATE fair_work_pay_rate f SET
    recorded_by = COALESCE((SELECT MIN(c.changed_by) FROM reference_data_change c WHERE c.data_set = 'pay-rates'
        AND c.record_id = f.id AND c.field = 'effectiveFrom' AND c.old_value IS NULL), 'migration'),
    recorded_at = COALESCE((SELECT MIN(c.changed_at) FROM reference_data_change c WHERE c.data_set = 'pay-rates'
        AND c.record_id = f.id AND c.field = 'effectiveFrom' AND c.old_value IS NULL), CURRENT_TIMESTAMP(6));
UPDATE fair_work_on_cost_rate f SET
    recorded_by = COALESCE((SELECT MIN(c.changed_by) FROM reference_data_change c WHERE c.data_set = 'on-cost-rates'
        AND c.record_id = f.id AND c.field = 'effectiveFrom' AND c.old_value IS NULL), 'migration'),
    recorded_at = COALESCE((SELECT MIN(c.changed_at) FROM reference_data_change c WHERE c.data_set = 'on-cost-rates'
        AND c.record_id = f.id AND c.field = 'effectiveFrom' AND c.old_value IS NULL), CURRENT_TIMESTAMP(6));
UPDATE fair_work_criterion_rule f SET
    recorded_by = COALESCE((SELECT MIN(c.changed_by) FROM reference_data_change c WHERE c.data_set = 'criterion-rules'
        AND c.record_id = f.id AND c.field = 'effectiveFrom' AND c.old_value IS NULL), 'migration'),
    recorded_at = COALESCE((SELECT MIN(c.changed_at) FROM reference_data_change c WHERE c.data_set = 'criterion-rules'
        AND c.record_id = f.id AND c.field = 'effectiveFrom' AND c.old_value IS NULL), CURRENT_TIMESTAMP(6));
UPDATE fair_work_pay_floor_rule f SET
    recorded_by = COALESCE((SELECT MIN(c.changed_by) FROM reference_data_change c WHERE c.data_set = 'pay-floor-rules'
        AND c.record_id = f.id AND c.field = 'effectiveFrom' AND c.old_value IS NULL), 'migration'),
    recorded_at = COALESCE((SELECT MIN(c.changed_at) FROM reference_data_change c WHERE c.data_set = 'pay-floor-rules'
        AND c.record_id = f.id AND c.field = 'effectiveFrom' AND c.old_value IS NULL), CURRENT_TIMESTAMP(6));
UPDATE fair_work_grant_declaration_limit f SET
    recorded_by = COALESCE((SELECT MIN(c.changed_by) FROM reference_data_change c
        WHERE c.data_set = 'grant-declaration-limits' AND c.record_id = f.id AND c.field = 'effectiveFrom'
        AND c.old_value IS NULL), 'migration'),
    recorded_at = COALESCE((SELECT MIN(c.changed_at) FROM reference_data_change c
        WHERE c.data_set = 'grant-declaration-limits' AND c.record_id = f.id AND c.field = 'effectiveFrom'
        AND c.old_value IS NULL), CURRENT_TIMESTAMP(6));

ALTER TABLE fair_work_pay_rate MODIFY recorded_by VARCHAR(200) NOT NULL, MODIFY recorded_at TIMESTAMP(6) NOT NULL;
ALTER TABLE fair_work_on_cost_rate MODIFY recorded_by VARCHAR(200) NOT NULL,
    MODIFY recorded_at TIMESTAMP(6) NOT NULL;
ALTER TABLE fair_work_criterion_rule MODIFY recorded_by VARCHAR(200) NOT NULL,
    MODIFY recorded_at TIMESTAMP(6) NOT NULL;
ALTER TABLE fair_work_pay_floor_rule MODIFY recorded_by VARCHAR(200) NOT NULL,
    MODIFY recorded_at TIMESTAMP(6) NOT NULL;
ALTER TABLE fair_work_grant_declaration_limit MODIFY recorded_by VARCHAR(200) NOT NULL,
    MODIFY recorded_at TIMESTAMP(6) NOT NULL;

-- Procurement thresholds: a version was in force until the next one's date; that end is now held.
ALTER TABLE procurement_threshold ADD COLUMN effective_to DATE NULL AFTER effective_from,
    CHANGE COLUMN source source_note VARCHAR(1000) NOT NULL;
CREATE TEMPORARY TABLE threshold_next AS
    SELECT a.id, MIN(b.effective_from) AS next_from
    FROM procurement_threshold a
    JOIN procurement_threshold b ON b.threshold_code = a.threshold_code AND b.effective_from > a.effective_from
    GROUP BY a.id;
UPDATE procurement_threshold t JOIN threshold_next n ON n.id = t.id
    SET t.effective_to = DATE_SUB(n.next_from, INTERVAL 1 DAY);
DROP TEMPORARY TABLE threshold_next;

-- Bank holidays: each a period of one day.
ALTER TABLE bank_holiday CHANGE COLUMN holiday_date effective_from DATE NOT NULL,
    ADD COLUMN effective_to DATE NULL AFTER effective_from, ADD COLUMN source_note VARCHAR(1000) NULL;
UPDATE bank_holiday SET effective_to = effective_from,
    source_note = 'Scottish bank holidays as announced by the Scottish Government (mygov.scot).';
ALTER TABLE bank_holiday MODIFY effective_to DATE NOT NULL, MODIFY source_note VARCHAR(1000) NOT NULL;

-- ISF policies: a version was in force until the next one's date; the reason given for it is its source.
ALTER TABLE isf_policy ADD COLUMN effective_to DATE NULL AFTER effective_from,
    CHANGE COLUMN reason source_note VARCHAR(1000) NOT NULL;
CREATE TEMPORARY TABLE isf_policy_next AS
    SELECT a.id, MIN(b.effective_from) AS next_from
    FROM isf_policy a JOIN isf_policy b ON b.effective_from > a.effective_from
    GROUP BY a.id;
UPDATE isf_policy p JOIN isf_policy_next n ON n.id = p.id SET p.effective_to = DATE_SUB(n.next_from, INTERVAL 1 DAY);
DROP TEMPORARY TABLE isf_policy_next;

-- What was recorded before the audit trail covered these datasets, so their history starts with who added each.
INSERT INTO reference_data_change (data_set, record_id, field, old_value, new_value, changed_by, changed_at, reason)
SELECT 'procurement-thresholds', id, 'effectiveFrom', NULL, DATE_FORMAT(effective_from, '%Y-%m-%d'), recorded_by,
       recorded_at, 'Recorded before the audit trail covered procurement thresholds.'
FROM procurement_threshold;
INSERT INTO reference_data_change (data_set, record_id, field, old_value, new_value, changed_by, changed_at, reason)
SELECT 'bank-holidays', id, 'effectiveFrom', NULL, DATE_FORMAT(effective_from, '%Y-%m-%d'), recorded_by, recorded_at,
       'Recorded before the audit trail covered bank holidays.'
FROM bank_holiday;
INSERT INTO reference_data_change (data_set, record_id, field, old_value, new_value, changed_by, changed_at, reason)
SELECT 'isf-policies', id, 'effectiveFrom', NULL, DATE_FORMAT(effective_from, '%Y-%m-%d'), recorded_by, recorded_at,
       source_note
FROM isf_policy;
