-- A person whose needs change quickly may be reviewed more often than the council's usual interval.
ALTER TABLE isf ADD COLUMN review_interval_months INT NULL;
