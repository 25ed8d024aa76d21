package scot.commissioningflow.frameworks.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.reporting.Measure;
import scot.commissioningflow.reporting.ReportingPeriod;

/**
 * Brokered packages counted by how they were filled, on the real database: six packages of one council, each left
 * as the brokerage process leaves it (awarded to the only offer, to the first of two, to the second of two, unfilled
 * with nobody eligible, unfilled with nobody offering, still open for offers).
 */
class BrokerageMeasuresTest extends JourneyTest {

    @Autowired
    private BrokerageMeasures measures;

    @Autowired
    private JdbcTemplate jdbc;

    private final String council = "BRK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final Instant posted = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void packagesAreCountedByHowTheyWereFilledWithValueTimeToAwardAndWhoTookPart() {
        long onlyOffer = aPackage("AWARDED", 10);
        award(onlyOffer, offer(onlyOffer, "P1", "20.00", 1), 2);
        takesPart(onlyOffer, "SUPPORTED_PERSON", "SHAPING");
        takesPart(onlyOffer, "SUPPORTED_PERSON", "CHOOSING");
        long firstOfTwo = aPackage("PLACED", 10);
        offer(firstOfTwo, "P2", "26.00", 2);
        award(firstOfTwo, offer(firstOfTwo, "P1", "25.00", 1), 1);
        takesPart(firstOfTwo, "CARER", "SHAPING");
        long secondOfTwo = aPackage("AWARDED", 5);
        offer(secondOfTwo, "P1", "28.00", 1);
        award(secondOfTwo, offer(secondOfTwo, "P2", "30.00", 2), 3);
        aPackage("UNFILLED", 4);
        long nobodyOffered = aPackage("UNFILLED", 4);
        committed(() -> jdbc.update("INSERT INTO care_package_invitation (care_package_id, provider_reference,"
                + " provider_name, invited_at) VALUES (?, 'P1', 'Provider one', ?)", nobodyOffered,
                Timestamp.from(posted)));
        aPackage("OPEN_FOR_OFFERS", 4);

        LocalDate day = LocalDate.ofInstant(posted, ZoneOffset.UTC);
        Map<String, Measure> byId = measures.measures(ReportingPeriod.financialYear(day.getMonthValue() >= 4
                ? day.getYear() : day.getYear() - 1)).stream().collect(Collectors.toMap(Measure::id, m -> m));
        assertThat(value(byId, "frameworks.brokerage.posted.count")).isEqualByComparingTo("6");
        assertThat(value(byId, "frameworks.brokerage.awarded.only-offer.count")).isEqualByComparingTo("1");
        assertThat(value(byId, "frameworks.brokerage.awarded.ranked-first.count")).isEqualByComparingTo("1");
        assertThat(value(byId, "frameworks.brokerage.awarded.other-choice.count")).isEqualByComparingTo("1");
        assertThat(value(byId, "frameworks.brokerage.unfilled.none-eligible.count")).isEqualByComparingTo("1");
        assertThat(value(byId, "frameworks.brokerage.unfilled.no-offer.count")).isEqualByComparingTo("1");
        // 20 x 10 x 52 + 25 x 10 x 52 + 30 x 5 x 52
        assertThat(value(byId, "frameworks.brokerage.awarded.value")).isEqualByComparingTo("31200");
        assertThat(value(byId, "frameworks.brokerage.posted-to-award.days")).isEqualByComparingTo("2");
        assertThat(value(byId, "frameworks.brokerage.involvement.shaping.person")).isEqualByComparingTo("0.166667");
        assertThat(value(byId, "frameworks.brokerage.involvement.shaping.carer")).isEqualByComparingTo("0.166667");
        assertThat(value(byId, "frameworks.brokerage.involvement.choosing.person")).isEqualByComparingTo("0.333333");
        assertThat(byId.get("frameworks.brokerage.posted.count").scotland()).isGreaterThanOrEqualTo(BigDecimal.valueOf(6));
    }

    private BigDecimal value(Map<String, Measure> byId, String id) {
        return byId.get(id).valueFor(council);
    }

    private long aPackage(String status, int weeklyHours) {
        String reference = "CP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        committed(() -> jdbc.update("INSERT INTO care_package (reference, framework_reference, lot_number,"
                + " council_code, council_area, person_name, person_user_id, person_email, weekly_hours,"
                + " support_times, needs, outcomes_in_own_words, start_date, offer_window_hours, offers_close_at,"
                + " status, social_worker_name, social_worker_email, created_by, created_at) VALUES (?, 'FW-M', 1, ?,"
                + " 'Moray', 'Person', 'person', 'person@example.scot', ?, 'Mornings', 'Help at home',"
                + " 'To stay at home', ?, 8, ?, ?, 'Worker', 'worker@example.scot', 'worker', ?)", reference, council,
                weeklyHours, java.sql.Date.valueOf(LocalDate.now().plusDays(30)),
                Timestamp.from(posted.plus(1, ChronoUnit.DAYS)), status, Timestamp.from(posted)));
        return jdbc.queryForObject("SELECT id FROM care_package WHERE reference = ?", Long.class, reference);
    }

    private long offer(long carePackage, String provider, String rate, int rank) {
        committed(() -> {
            jdbc.update("INSERT INTO care_package_invitation (care_package_id, provider_reference, provider_name,"
                    + " invited_at) VALUES (?, ?, ?, ?)", carePackage, provider, "Provider " + provider,
                    Timestamp.from(posted));
            jdbc.update("INSERT INTO care_package_offer (care_package_id, provider_reference, hourly_rate,"
                    + " can_start_on, how_we_would_help, offered_by, offered_at, offer_rank) VALUES (?, ?, ?, ?,"
                    + " 'We would help.', 'someone', ?, ?)", carePackage, provider, new BigDecimal(rate),
                    java.sql.Date.valueOf(LocalDate.now().plusDays(30)), Timestamp.from(posted), rank);
        });
        return jdbc.queryForObject("SELECT id FROM care_package_offer WHERE care_package_id = ? AND"
                + " provider_reference = ?", Long.class, carePackage, provider);
    }

    private void award(long carePackage, long offer, int daysAfterPosting) {
        committed(() -> jdbc.update("UPDATE care_package SET awarded_offer_id = ?, awarded_at = ? WHERE id = ?",
                offer, Timestamp.from(posted.plus(daysAfterPosting, ChronoUnit.DAYS)), carePackage));
    }

    private void takesPart(long carePackage, String who, String stage) {
        committed(() -> jdbc.update("INSERT INTO care_package_participant (care_package_id, who, how, stage)"
                + " VALUES (?, ?, 'Said what matters to them', ?)", carePackage, who, stage));
    }
}
