-- Fair work reference data: every figure has the period it applies to and where it comes from. A period with no
-- effective_to runs until a later period of the same kind is added. Figures marked inferred were put together from
-- several sources rather than stated by one; the source note says how.

-- Hourly pay rates by kind and period.
CREATE TABLE fair_work_pay_rate (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rate_kind      VARCHAR(40)   NOT NULL,
    effective_from DATE          NOT NULL,
    effective_to   DATE          NULL,
    hourly_rate    DECIMAL(8, 2) NOT NULL,
    inferred       BOOLEAN       NOT NULL,
    source_note    VARCHAR(1000) NOT NULL,
    CONSTRAINT fair_work_pay_rate_period UNIQUE (rate_kind, effective_from)
);

INSERT INTO fair_work_pay_rate (rate_kind, effective_from, effective_to, hourly_rate, inferred, source_note) VALUES
('ADULT_SOCIAL_CARE_MINIMUM', '2023-04-01', '2024-03-31', 10.90, FALSE,
 'gov.scot, adult social care workers minimum pay: at least £10.90 an hour for direct care in commissioned services from April 2023.'),
('ADULT_SOCIAL_CARE_MINIMUM', '2024-04-01', '2025-03-31', 12.00, FALSE,
 'gov.scot, adult social care workers minimum pay: at least £12.00 an hour from April 2024.'),
('ADULT_SOCIAL_CARE_MINIMUM', '2025-04-01', '2026-03-31', 12.60, TRUE,
 'Inferred: the 2025-26 funding was for "at least the real Living Wage", which was then £12.60 (gov.scot adult social care workers minimum pay; S6W-38736).'),
('ADULT_SOCIAL_CARE_MINIMUM', '2026-04-01', NULL, 13.45, TRUE,
 'Inferred from the February 2026 funding statement, matching the real Living Wage of £13.45 set in October 2025.'),

-- The real Living Wage applies from the date accredited employers must pay it: six months after the Living Wage
-- Foundation announces it each autumn.
('REAL_LIVING_WAGE_UK', '2022-05-15', '2023-05-13', 9.90, TRUE,
 'Inferred: £9.90 announced by the Living Wage Foundation on 15 November 2021; taken to apply six months later.'),
('REAL_LIVING_WAGE_UK', '2023-05-14', '2024-04-30', 10.90, TRUE,
 'Inferred: £10.90 announced by the Living Wage Foundation on 22 September 2022, to be paid by 14 May 2023.'),
('REAL_LIVING_WAGE_UK', '2024-05-01', '2025-04-30', 12.00, FALSE,
 'Living Wage Foundation announcement, 24 October 2023: £12.00 outside London, to be paid by 1 May 2024.'),
('REAL_LIVING_WAGE_UK', '2025-05-01', '2026-04-30', 12.60, FALSE,
 'Living Wage Foundation announcement, 23 October 2024: £12.60 outside London, to be paid by 1 May 2025.'),
('REAL_LIVING_WAGE_UK', '2026-05-01', NULL, 13.45, FALSE,
 'Living Wage Foundation announcement, October 2025: £13.45 outside London, to be paid by 1 May 2026.'),
('REAL_LIVING_WAGE_LONDON', '2022-05-15', '2023-05-13', 11.05, TRUE,
 'Inferred: £11.05 London Living Wage announced on 15 November 2021; taken to apply six months later.'),
('REAL_LIVING_WAGE_LONDON', '2023-05-14', '2024-04-30', 11.95, TRUE,
 'Inferred: £11.95 London Living Wage announced on 22 September 2022, to be paid by 14 May 2023.'),
('REAL_LIVING_WAGE_LONDON', '2024-05-01', '2025-04-30', 13.15, FALSE,
 'Living Wage Foundation announcement, 24 October 2023: £13.15 in London, to be paid by 1 May 2024.'),
('REAL_LIVING_WAGE_LONDON', '2025-05-01', '2026-04-30', 13.85, FALSE,
 'Living Wage Foundation announcement, 23 October 2024: £13.85 in London, to be paid by 1 May 2025.'),
('REAL_LIVING_WAGE_LONDON', '2026-05-01', NULL, 14.80, FALSE,
 'Living Wage Foundation announcement, October 2025: £14.80 in London, to be paid by 1 May 2026.');

-- Which rates set the pay floor for a kind of work. The floor is the highest rate of the rules in force.
CREATE TABLE fair_work_pay_floor_rule (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    work_type      VARCHAR(40)   NOT NULL,
    rate_kind      VARCHAR(40)   NOT NULL,
    effective_from DATE          NOT NULL,
    effective_to   DATE          NULL,
    source_note    VARCHAR(1000) NOT NULL,
    CONSTRAINT fair_work_pay_floor_rule_period UNIQUE (work_type, rate_kind, effective_from)
);

INSERT INTO fair_work_pay_floor_rule (work_type, rate_kind, effective_from, effective_to, source_note) VALUES
('DIRECT_CARE', 'ADULT_SOCIAL_CARE_MINIMUM', '2023-04-01', NULL,
 'Direct care in commissioned adult social care (all SDS options, care homes, care at home, day care, housing support, respite, personal assistants) is paid at least the adult social care minimum (gov.scot).'),
('DIRECT_CARE', 'REAL_LIVING_WAGE_UK', '2022-05-15', NULL,
 'Fair Work First criterion 1: payment of at least the real Living Wage (Scottish Procurement Policy Handbook).'),
('SLEEPOVER', 'REAL_LIVING_WAGE_UK', '2022-05-15', NULL,
 'The real Living Wage applies to every sleepover hour, since 2018/19 (gov.scot 2018).');

-- The seven Fair Work First criteria.
CREATE TABLE fair_work_criterion (
    code        VARCHAR(40)   NOT NULL PRIMARY KEY,
    position    INT           NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(1000) NOT NULL
);

INSERT INTO fair_work_criterion (code, position, name, description) VALUES
('REAL_LIVING_WAGE', 1, 'Payment of at least the real Living Wage',
 'Every worker, including sub-contractors'' and agency staff, is paid at least the pay floor; in adult social care the adult social care minimum for direct care and the real Living Wage for every sleepover hour.'),
('EFFECTIVE_VOICE', 2, 'Effective voice for workers',
 'Workers have an effective voice, such as a recognised trade union or another channel through which they are heard.'),
('WORKFORCE_DEVELOPMENT', 3, 'Investment in workforce development',
 'The employer invests in the skills and development of its workers.'),
('NO_INAPPROPRIATE_ZERO_HOURS', 4, 'No inappropriate use of zero-hours contracts',
 'Zero-hours contracts are not used, or only where workers choose them.'),
('GENDER_PAY_GAP', 5, 'Action on the gender pay gap and diversity',
 'The employer acts to close the gender pay gap and to make the workplace more diverse and inclusive.'),
('FLEXIBLE_WORKING', 6, 'Flexible and family-friendly working from day one',
 'Workers may work flexibly and in family-friendly ways from their first day.'),
('NO_FIRE_AND_REHIRE', 7, 'No fire and rehire',
 'The employer does not dismiss workers to re-engage them on worse terms.');

-- Whether each criterion is mandatory (failing it fails the check) or scored (it informs a quality score) in each
-- context, by period.
CREATE TABLE fair_work_criterion_rule (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    criterion_code VARCHAR(40)   NOT NULL,
    context        VARCHAR(40)   NOT NULL,
    treatment      VARCHAR(20)   NOT NULL,
    effective_from DATE          NOT NULL,
    effective_to   DATE          NULL,
    source_note    VARCHAR(1000) NOT NULL,
    CONSTRAINT fair_work_criterion_rule_period UNIQUE (criterion_code, context, effective_from),
    CONSTRAINT fair_work_criterion_rule_criterion FOREIGN KEY (criterion_code) REFERENCES fair_work_criterion (code)
);

INSERT INTO fair_work_criterion_rule (criterion_code, context, treatment, effective_from, effective_to, source_note)
SELECT c.code, x.context,
       CASE WHEN c.code = 'REAL_LIVING_WAGE' THEN 'MANDATORY' ELSE 'SCORED' END,
       '2019-01-01', NULL,
       CASE WHEN c.code = 'REAL_LIVING_WAGE'
            THEN 'In commissioned adult social care the pay floor is a condition of funding, so it is mandated; the real Living Wage may be mandated where relevant and proportionate (sustainableprocurementtools.scot).'
            ELSE 'Fair work is otherwise a weighted quality question, answers judged in proportion to the bidder''s size (procurementjourney.scot).' END
FROM fair_work_criterion c
CROSS JOIN (SELECT 'TENDER' AS context UNION ALL SELECT 'FRAMEWORK_ADMISSION' UNION ALL SELECT 'ISF') x;

INSERT INTO fair_work_criterion_rule (criterion_code, context, treatment, effective_from, effective_to, source_note)
SELECT c.code, 'GRANT', 'SCORED', '2019-01-01', '2023-06-30',
       'Before 1 July 2023 Fair Work First was applied to grants as an expectation, not a condition.'
FROM fair_work_criterion c;

INSERT INTO fair_work_criterion_rule (criterion_code, context, treatment, effective_from, effective_to, source_note)
SELECT c.code, 'GRANT',
       CASE WHEN c.code IN ('REAL_LIVING_WAGE', 'EFFECTIVE_VOICE') THEN 'MANDATORY' ELSE 'SCORED' END,
       '2023-07-01', NULL,
       'Fair Work First guidance: for discretionary grants from 1 July 2023 the real Living Wage and effective voice are mandatory.'
FROM fair_work_criterion c;

-- For grants, below this cumulative funding a self-declaration is enough evidence for the mandatory criteria.
CREATE TABLE fair_work_grant_declaration_limit (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    effective_from DATE           NOT NULL,
    effective_to   DATE           NULL,
    funding_limit  DECIMAL(14, 2) NOT NULL,
    source_note    VARCHAR(1000)  NOT NULL,
    CONSTRAINT fair_work_grant_declaration_limit_period UNIQUE (effective_from)
);

INSERT INTO fair_work_grant_declaration_limit (effective_from, effective_to, funding_limit, source_note) VALUES
('2023-07-01', NULL, 100000.00,
 'Fair Work First guidance: under £100,000 cumulative funding a self-declaration suffices.');

-- On-costs an hourly price has to carry on top of pay, as percentages of the pay floor, by period.
CREATE TABLE fair_work_on_cost_rate (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    component      VARCHAR(40)   NOT NULL,
    effective_from DATE          NOT NULL,
    effective_to   DATE          NULL,
    percentage     DECIMAL(6, 2) NOT NULL,
    inferred       BOOLEAN       NOT NULL,
    source_note    VARCHAR(1000) NOT NULL,
    CONSTRAINT fair_work_on_cost_rate_period UNIQUE (component, effective_from)
);

INSERT INTO fair_work_on_cost_rate (component, effective_from, effective_to, percentage, inferred, source_note) VALUES
('EMPLOYER_NATIONAL_INSURANCE', '2023-04-01', '2025-04-05', 8.50, TRUE,
 'Inferred: 13.8% employer contributions above the secondary threshold average about 8.5% of a care worker''s pay. Set your own figure.'),
('EMPLOYER_NATIONAL_INSURANCE', '2025-04-06', NULL, 11.50, TRUE,
 'Inferred: 15% employer contributions above a £5,000 threshold from 6 April 2025 average about 11.5% of a care worker''s pay. Set your own figure.'),
('PENSION', '2023-04-01', NULL, 3.00, TRUE,
 'Inferred: the auto-enrolment employer minimum of 3% of qualifying earnings. Set your own figure.'),
('HOLIDAY_PAY', '2023-04-01', NULL, 12.07, TRUE,
 'Inferred: 5.6 weeks statutory leave paid on top of 46.4 working weeks (5.6 / 46.4 = 12.07%).'),
('TRAINING', '2023-04-01', NULL, 2.00, TRUE,
 'Inferred: paid time for induction and ongoing training. A local assumption to set.'),
('TRAVEL_TIME', '2023-04-01', NULL, 10.00, TRUE,
 'Inferred: paid travel between visits in care at home. A local assumption to set; zero for building-based services.');

-- Every change made to the reference data through the API: who, when, and the old and new value of each field.
CREATE TABLE fair_work_reference_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    data_set    VARCHAR(60)   NOT NULL,
    record_id   BIGINT        NOT NULL,
    field       VARCHAR(60)   NOT NULL,
    old_value   VARCHAR(1000) NULL,
    new_value   VARCHAR(1000) NULL,
    changed_by  VARCHAR(200)  NOT NULL,
    changed_at  TIMESTAMP(6)  NOT NULL,
    reason      VARCHAR(1000) NULL
);
CREATE INDEX fair_work_reference_change_record ON fair_work_reference_change (data_set, record_id);

-- Each declaration checked, keyed by the caller's fairWorkCheckKey so a job delivered twice gets the stored result.
CREATE TABLE fair_work_check (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    check_key            VARCHAR(200)  NOT NULL,
    context              VARCHAR(40)   NOT NULL,
    contract_start_date  DATE          NOT NULL,
    declaration          JSON          NOT NULL,
    outcome              VARCHAR(20)   NOT NULL,
    results              JSON          NOT NULL,
    summary              VARCHAR(2000) NOT NULL,
    checked_at           TIMESTAMP(6)  NOT NULL,
    process_instance_key BIGINT        NULL,
    reviewed_by          VARCHAR(200)  NULL,
    review_notes         TEXT          NULL,
    reviewed_at          TIMESTAMP(6)  NULL,
    CONSTRAINT fair_work_check_key UNIQUE (check_key)
);
