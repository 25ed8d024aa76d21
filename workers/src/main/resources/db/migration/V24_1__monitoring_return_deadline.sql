-- The provider's monitoring return has a deadline: days after the review opens, per tier, with a reminder some days
-- before (reference data 'monitoring-tiers'). A review records when its return fell due and when it was found not
-- received, after which the review goes on to the officer without it.
ALTER TABLE monitoring_tier_figure
    ADD COLUMN return_due_days          INT NOT NULL DEFAULT 28,
    ADD COLUMN reminder_days_before_due INT NOT NULL DEFAULT 5;

-- Starting figures, for each council to set (inferred from common practice; no national figure): a closely watched
-- contract has two weeks to reply, the others four.
UPDATE monitoring_tier_figure SET return_due_days = 14, reminder_days_before_due = 3 WHERE tier = 'HIGH';
UPDATE monitoring_tier_figure SET return_due_days = 28, reminder_days_before_due = 5 WHERE tier IN ('MEDIUM', 'LOW');

-- Every new figure states its own deadline.
ALTER TABLE monitoring_tier_figure
    ALTER COLUMN return_due_days DROP DEFAULT,
    ALTER COLUMN reminder_days_before_due DROP DEFAULT;

ALTER TABLE monitoring_review
    ADD COLUMN return_due             DATE         NULL,
    ADD COLUMN return_not_received_at TIMESTAMP(6) NULL;
