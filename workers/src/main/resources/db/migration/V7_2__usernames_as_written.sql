-- A user name is compared exactly as written: utf8mb4_unicode_ci would let "Màiri" sign in as "mairi" or "MAIRI".
ALTER TABLE person_account MODIFY username VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
