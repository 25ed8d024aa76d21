package scot.commissioningflow.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.journey.JourneyTest;

/**
 * The copy of a dataset every reader shares holds what is committed, whichever transaction read it: a change is seen
 * by others once it commits, never while it is being made. (A framework's price uplift once filled the copy inside
 * its own transaction, then ended the open prices in that same copy the day before the new ones, and another reader
 * found no price at all on the uplift's date.)
 */
class ReferenceDataCopyTest extends JourneyTest {

    private static final String DATASET = "isf-policies";
    private static final SignedInPerson ADMINISTRATOR = new SignedInPerson("copy-test-admin", "Copy test",
            Set.of(Role.ADMINISTRATOR), null, null);

    @Autowired
    private ReferenceData referenceData;

    @Autowired
    private List<ReferenceDataset<?, ?, ?, ?>> datasets;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private Clock clock;

    @Test
    void aChangeNotYetCommittedLeavesOthersReadingTheCommittedFigures() {
        ReferenceDataset<?, ?, ?, ?> policies = datasets.stream().filter(dataset -> dataset.name().equals(DATASET))
                .findFirst().orElseThrow();
        EffectiveDated<?, ?> open = policies.all().stream().filter(policy -> policy.period().effectiveTo() == null)
                .findFirst().orElseThrow();
        LocalDate from = open.period().effectiveFrom().isAfter(LocalDate.now(clock))
                ? open.period().effectiveFrom().plusDays(30) : LocalDate.now(clock).plusDays(30);
        // Reading a figure to change outside a transaction counts as a change: the next reader reads the dataset again.
        policies.find(open.id());

        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            policies.all();
            referenceData.add(DATASET, json.valueToTree(Map.of("effectiveFrom", from.toString(),
                    "sourceNote", "Copy test", "reason", "A change that never commits",
                    "overspendReviewPercent", 10, "underspendReviewPercent", 20, "providerChangeNoticeDays", 28,
                    "reviewIntervalMonths", 12, "signingDeadlineDays", 14)), ADMINISTRATOR);

            List<? extends EffectiveDated<?, ?>> seenByAnother = CompletableFuture
                    .supplyAsync(() -> policies.inForce(any -> true, from)).join();

            assertThat(seenByAnother).extracting(EffectiveDated::id).containsExactly(open.id());
            assertThat(seenByAnother.getFirst().period().effectiveTo()).isNull();
        });

        assertThat(policies.inForce(any -> true, from)).extracting(EffectiveDated::id).containsExactly(open.id());
    }
}
