package scot.commissioningflow.frameworks.brokerage;

/**
 * The one place Java names parts of processes/frameworks/care-package-brokerage.bpmn and its placement call activity
 * (care-package-brokerage-placement.bpmn): process ids and the element ids code and tests look for.
 */
public final class BrokerageProcess {

    public static final String PROCESS_ID = "care-package-brokerage";

    public static final String INVITE_PROVIDERS = "InviteEligibleProviders";
    public static final String OFFERS_CLOSE = "OffersClose";
    public static final String CLOSE_AND_RANK = "CloseAndRankOffers";
    public static final String CHOOSE_PROVIDER = "ChooseProvider";
    public static final String TELL_OTHERS = "TellOtherProviders";
    public static final String PLACEMENT = "Placement";
    public static final String PACKAGE_PLACED = "PackagePlaced";
    public static final String ESCALATE_UNFILLED = "EscalateUnfilledPackage";
    public static final String RECORD_UNFILLED = "RecordUnfilledPackage";
    public static final String ESCALATED = "UnfilledPackageEscalated";

    private BrokerageProcess() {
    }

    /** processes/frameworks/care-package-brokerage-placement.bpmn: the individual placement agreement. */
    public static final class Placement {

        public static final String PROCESS_ID = "care-package-brokerage-placement";
        public static final String PREPARE_AGREEMENT = "PreparePlacementAgreement";
        public static final String SIGN_AGREEMENT = "SignPlacementAgreement";
        public static final String REGISTER_PLACEMENT = "RegisterPlacement";
        public static final String PLACEMENT_LIVE = "PlacementLive";
        public static final String PLACEMENT_NOT_SIGNED = "PlacementNotSigned";

        private Placement() {
        }
    }
}
