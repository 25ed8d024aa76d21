package scot.commissioningflow.reporting.opendata;

/**
 * The publication policy the packages link to: what is published, how often, under which licence, and what is never
 * published and why.
 */
public record PublicationPolicy(String title, String published, String when, String neverPublished, String licence) {

    public static PublicationPolicy of(String ocidPrefix, String licence) {
        return new PublicationPolicy("Open contracting data: publication policy",
                "Every contracting process the product runs for a council or partnership, in the Open Contracting"
                        + " Data Standard (OCDS) 1.1: a release for each stage as it happens (planning, tender, award,"
                        + " contract, each contract amendment or variation, implementation) and a record of each"
                        + " process with its compiled release. Every organisation named is listed in the parties of"
                        + " each release with its roles (buyer, procuring entity, tenderer, supplier, payer, payee)."
                        + " Collaboration funding rounds are published as processes too: each grant as an award to"
                        + " the lead provider and its partners, stage payments as transactions, and a clawback as an"
                        + " amendment with the repayment as a transaction back to the funder. Ocids start"
                        + " with " + ocidPrefix + ". Who responded to a tender is published only once its response"
                        + " deadline has passed.",
                "As the product records each stage: the data is read from the product's records whenever it is"
                        + " asked for, so it is as current as they are.",
                "Self-directed Support Option 2 individual service funds are agreements with one person about their"
                        + " own support. Their existence, value, provider, dates or changes could identify the person"
                        + " (few people in a council may use one provider) and would reveal that they receive social"
                        + " care, which is health information. They are therefore not published as open contracting"
                        + " data at all: not as processes, not as parties, not as amounts. They are counted only in"
                        + " the programme's own report, which only entitled staff can read. Care packages brokered"
                        + " for one person on a framework are withheld for the same reasons: their provider, hours,"
                        + " rate, area and dates describe one person's care. No name, contact detail"
                        + " or words of a supported person or carer are published for any process: who shaped a need"
                        + " is told by kind (supported people, unpaid carers), never in their words.",
                licence);
    }
}
