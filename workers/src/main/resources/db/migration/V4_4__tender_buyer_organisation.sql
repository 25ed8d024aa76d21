-- The council or partnership buying through a tender: its staff, and only they, act on the tender. Recorded from the
-- organisation of the commissioner who creates it. Tenders recorded before sign-in existed have none, so no council's
-- staff can act on them until one is set by hand.
ALTER TABLE tender ADD COLUMN buyer_organisation VARCHAR(100) NULL;
CREATE INDEX tender_buyer_organisation ON tender (buyer_organisation);
