package scot.commissioningflow.frameworks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** National framework agreements as call-offs and brokerage buy from them. */
public interface Frameworks {

    Optional<Framework> find(String frameworkReference);

    /** @throws scot.commissioningflow.platform.web.NotFound with a sentence when there is no such framework */
    Framework get(String frameworkReference);

    /** The lots of live frameworks in term on the date offering this type of service in this council area. */
    List<FrameworkLot> lotsOffering(String careService, String councilArea, LocalDate on);

    /**
     * The lot's members that may be given work on the date, by framework score, highest first: admitted (not
     * suspended or removed) and, for every service number they offer on the lot, registered and active with the
     * Care Inspectorate and graded at least the lot's minimum at the latest import. Empty outside the framework's term.
     */
    List<LotMember> eligibleMembers(String frameworkReference, int lotNumber, LocalDate on);

    /** Every member of the lot whatever its status, by provider name. */
    List<LotMember> members(String frameworkReference, int lotNumber);

    /** The member's price for the priced service in force on the date, if its schedule holds one. */
    Optional<ScheduledPrice> price(String frameworkReference, int lotNumber, String providerReference,
            String pricedService, LocalDate on);

    /** Every line of the member's price schedule in force on the date. */
    List<ScheduledPrice> priceSchedule(String frameworkReference, int lotNumber, String providerReference,
            LocalDate on);

    /** Whether the provider is suspended from (any lot of) this framework. */
    boolean suspended(String frameworkReference, String providerReference);

    /**
     * Suspends the provider from new placements on every framework lot it is admitted to (a contract in default);
     * each change is published as a {@link FrameworkMembershipChanged}. Returns the memberships suspended.
     */
    List<LotMember> suspendFromNewPlacements(String providerReference, String reason, String decidedBy);
}
