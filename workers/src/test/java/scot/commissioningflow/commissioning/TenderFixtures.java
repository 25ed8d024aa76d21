package scot.commissioningflow.commissioning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.commissioningflow.fairwork.Declarations;

/** Requests a commissioner and providers would send, varied per journey. */
public final class TenderFixtures {

    private TenderFixtures() {
    }

    public static Map<String, Object> careAtHome(String title, long valueExVat) {
        Map<String, Object> tender = new HashMap<>();
        tender.put("title", title);
        tender.put("needDescription", "Care and support at home in Badenoch and Strathspey, flexible around each"
                + " person's week, so that people live at home with the support they choose.");
        tender.put("serviceType", "SOCIAL_CARE");
        tender.put("estimatedValueExVat", valueExVat);
        tender.put("estimatedValueIncVat", valueExVat * 6 / 5);
        tender.put("contractStartDate", "2027-04-01");
        tender.put("contractMonths", 36);
        tender.put("outcomes", List.of(
                Map.of("outcome", "People stay living in their own homes as long as they wish",
                        "indicator", "Share of people supported still living at home after 12 months"),
                Map.of("outcome", "People are connected to their community",
                        "indicator", "Talking Points conversations recording a community outcome met")));
        tender.put("coProduction", List.of(
                Map.of("who", "SUPPORTED_PEOPLE", "how", "Three workshops in Aviemore and Grantown with 24 people"),
                Map.of("who", "UNPAID_CARERS", "how", "Carers' centre survey, 61 replies"),
                Map.of("who", "PROVIDERS", "how", "Market engagement event with five local providers")));
        tender.put("existingService", false);
        tender.put("weights", Map.of("quality", 70, "price", 20, "fairWork", 10));
        tender.put("evaluators", List.of("eval.ailsa", "eval.bruce"));
        tender.put("responsePeriodDays", 30);
        tender.put("noticesElectronic", true);
        tender.put("paymentTerms", "Paid four-weekly in arrears against the hours planned with each person,"
                + " within 30 days of invoice; unused hours may be banked for up to 12 weeks.");
        tender.put("monitoringArrangements", "Quarterly outcome conversations with people supported and an annual"
                + " review meeting; Care Inspectorate grades taken into account.");
        tender.put("commissioningBody", "Highland Health and Social Care Partnership");
        tender.put("commissionerName", "Morag Fraser");
        tender.put("commissionerEmail", "morag.fraser@example.scot");
        return tender;
    }

    public static Map<String, Object> existingService(Map<String, Object> tender, String providerReference) {
        Map<String, Object> changed = new HashMap<>(tender);
        changed.put("existingService", true);
        changed.put("existingProvider", Map.of("reference", providerReference, "name", "Cairngorm Care",
                "email", "contracts@cairngorm-care.example.org"));
        return changed;
    }

    public static Map<String, Object> fairWorkDeclaration(double hourlyPay) {
        Map<String, Object> declaration = new HashMap<>();
        declaration.put("hourlyPayByRole", Map.of("support worker", hourlyPay, "senior support worker",
                hourlyPay + 1.5));
        declaration.put("sleepoverHourlyPay", hourlyPay);
        declaration.put("zeroHoursContracts", "WORKER_CHOICE_ONLY");
        declaration.put("workerVoice", "RECOGNISED_TRADE_UNION");
        declaration.put("workerVoiceDescription", "Recognition agreement with UNISON");
        declaration.put("workforceDevelopment", "SVQ3 funded for every support worker");
        declaration.put("genderPayGapAction", "Published action plan, reviewed yearly");
        declaration.put("flexibleWorkingFromDayOne", true);
        declaration.put("fireAndRehire", false);
        declaration.put("flowsDownToSubcontractors", true);
        declaration.put("flowsDownToAgencyStaff", true);
        return declaration;
    }

    /** The existing provider's fair work as the commissioner records it in the direct-award form's fields. */
    static Map<String, Object> directAwardForm(double agreedPrice, double agreedHourlyRate, double hourlyPay) {
        Map<String, Object> form = new HashMap<>(Declarations.asFormFields(hourlyPay, hourlyPay));
        form.put("agreedPrice", agreedPrice);
        form.put("agreedHourlyRate", agreedHourlyRate);
        form.put("awardRationale", "Continuity of care for eleven tenants.");
        return form;
    }

    public static Map<String, Object> response(String providerReference, String name, long price, double hourlyRate,
            Map<String, Object> declaration) {
        return Map.of("providerReference", providerReference, "providerName", name,
                "contactEmail", "tenders@" + providerReference.toLowerCase() + ".example.org",
                "totalPrice", price, "hourlyRate", hourlyRate,
                "qualityStatement", name + " plans support with each person around their week.",
                "outcomesApproach", "Outcome conversations every quarter, using Talking Points.",
                "fairWorkDeclaration", declaration);
    }
}
