package scot.commissioningflow.collaboration.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import scot.commissioningflow.collaboration.application.ApplicationRequest.BudgetLine;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Involvement;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Milestone;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Organisation;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Partner;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Participant;
import scot.commissioningflow.collaboration.application.ApplicationRequest.RegisterKind;
import scot.commissioningflow.fairwork.DeclaredAction;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.fairwork.WorkerVoice;
import scot.commissioningflow.fairwork.ZeroHoursUse;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.portal.FormInput;

/**
 * The joint application form as typed, read into an {@link ApplicationRequest}: a fixed number of rows for partners,
 * people involved, budget lines and milestones (a row left blank is left out), each field named by its row
 * ({@code partner-0-name}), and what cannot be read (an amount, a date) said in words against its field.
 */
final class ApplicationForm {

    static final int PARTNERS = 2;
    static final int INVOLVED = 2;
    static final int BUDGET_LINES = 3;
    static final int MILESTONES = 2;

    static final Map<String, String> LABELS = labels();

    private final Map<String, String> typed;
    private final List<FieldProblem> problems = new ArrayList<>();
    /** The request's property paths to the form's fields, for the request's own constraints. */
    private final Map<String, String> fields = new LinkedHashMap<>();

    ApplicationForm(Map<String, String> typed) {
        this.typed = typed;
    }

    List<FieldProblem> typingProblems() {
        return problems;
    }

    Map<String, String> fields() {
        return fields;
    }

    ApplicationRequest request() {
        fields.putAll(Map.of("lead.name", "leadName", "lead.email", "leadEmail", "lead.registerKind",
                "leadRegisterKind", "lead.registerNumber", "leadRegisterNumber", "lead.part", "leadPart"));
        Organisation lead = new Organisation(get("leadName"), get("leadEmail"), kind(get("leadRegisterKind")),
                get("leadRegisterNumber"), get("leadPart"));
        List<Partner> partners = rows(PARTNERS, "partner", "partners", List.of("reference", "name", "email",
                "registerNumber", "part"), Map.of("providerReference", "reference"), i -> new Partner(
                get("partner-" + i + "-reference"), get("partner-" + i + "-name"), get("partner-" + i + "-email"),
                kind(get("partner-" + i + "-registerKind")), get("partner-" + i + "-registerNumber"),
                get("partner-" + i + "-part")));
        List<Involvement> involved = rows(INVOLVED, "involved", "peopleInvolved", List.of("howMany", "how"),
                Map.of(), i -> new Involvement(participant(get("involved-" + i + "-who")),
                        FormInput.whole(get("involved-" + i + "-howMany"), "involved-" + i + "-howMany",
                                "How many took part", problems), get("involved-" + i + "-how")));
        List<BudgetLine> budget = rows(BUDGET_LINES, "budget", "budget", List.of("line", "partner", "amount"),
                Map.of(), i -> new BudgetLine(get("budget-" + i + "-line"), get("budget-" + i + "-partner"),
                        FormInput.amount(get("budget-" + i + "-amount"), "budget-" + i + "-amount",
                                "The amount of budget line " + (i + 1), problems)));
        List<Milestone> milestones = rows(MILESTONES, "milestone", "milestones", List.of("name", "dueDay",
                "dueMonth", "dueYear", "payment"), Map.of("reportDueOn", "due"), i -> new Milestone(
                get("milestone-" + i + "-name"), FormInput.date(get("milestone-" + i + "-dueDay"),
                        get("milestone-" + i + "-dueMonth"), get("milestone-" + i + "-dueYear"),
                        "milestone-" + i + "-due", "The report date of milestone " + (i + 1), problems),
                FormInput.amount(get("milestone-" + i + "-payment"), "milestone-" + i + "-payment",
                        "The payment for milestone " + (i + 1), problems)));
        fields.putAll(Map.of("title", "title", "whoUsesSupport", "whoUsesSupport", "outcomes", "outcomes",
                "fairWorkDeclaration.hourlyPayByRole", "supportWorkerPay",
                "fairWorkDeclaration.sleepoverHourlyPay", "sleepoverPay",
                "fairWorkDeclaration.zeroHoursContracts", "zeroHoursContracts",
                "fairWorkDeclaration.workerVoice", "workerVoice",
                "fairWorkDeclaration.workerVoiceDescription", "workerVoiceDescription",
                "fairWorkDeclaration.workforceDevelopment", "workforceDevelopment",
                "fairWorkDeclaration.genderPayGapAction", "genderPayGapAction"));
        List<String> outcomes = get("outcomes") == null ? List.of() : Arrays.stream(get("outcomes").split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        for (int i = 0; i < outcomes.size(); i++) {
            fields.put("outcomes[" + i + "]", "outcomes");
        }
        return new ApplicationRequest(get("title"), lead, partners, get("whoUsesSupport"), involved, outcomes,
                budget, milestones, fairWork());
    }

    private FairWorkDeclaration fairWork() {
        BigDecimal pay = FormInput.amount(get("supportWorkerPay"), "supportWorkerPay",
                LABELS.get("supportWorkerPay"), problems);
        Map<String, BigDecimal> byRole = new LinkedHashMap<>();
        if (pay != null) {
            byRole.put("support worker", pay);
        } else if (get("supportWorkerPay") == null) {
            problems.add(new FieldProblem("supportWorkerPay", "Enter a support worker's hourly pay"));
        }
        return new FairWorkDeclaration(byRole, FormInput.amount(get("sleepoverPay"), "sleepoverPay",
                LABELS.get("sleepoverPay"), problems), named(ZeroHoursUse.class, get("zeroHoursContracts")),
                named(WorkerVoice.class, get("workerVoice")), get("workerVoiceDescription"),
                action(get("workforceDevelopment")), action(get("genderPayGapAction")),
                ticked("flexibleWorkingFromDayOne"), ticked("fireAndRehire"), ticked("flowsDownToSubcontractors"),
                ticked("flowsDownToAgencyStaff"), null);
    }

    /**
     * The rows of one kind that have anything typed in them, in order; the request's paths of each row kept
     * ({@code partners[0].name} to {@code partner-0-name}) and the list's own problems put on its first row.
     */
    private <T> List<T> rows(int count, String prefix, String path, List<String> typedParts,
            Map<String, String> renamed, Function<Integer, T> read) {
        List<T> rows = new ArrayList<>();
        fields.put(path, prefix + "-0-" + typedParts.getFirst());
        for (int i = 0; i < count; i++) {
            int row = i;
            if (typedParts.stream().allMatch(part -> get(prefix + "-" + row + "-" + part) == null)) {
                continue;
            }
            for (String part : List.of("providerReference", "name", "email", "registerKind", "registerNumber",
                    "part", "who", "howMany", "how", "line", "partner", "amount", "reportDueOn", "payment")) {
                fields.put(path + "[" + rows.size() + "]." + part, prefix + "-" + i + "-"
                        + renamed.getOrDefault(part, part));
            }
            rows.add(read.apply(i));
        }
        if (rows.isEmpty()) {
            // Said against the first row, as a person fills it in, rather than as the list being empty.
            String first = prefix + "-0-" + typedParts.getFirst();
            String label = LABELS.getOrDefault(first, first);
            problems.add(new FieldProblem(first, "Enter " + Character.toLowerCase(label.charAt(0))
                    + label.substring(1)));
        }
        return rows;
    }

    private String get(String field) {
        String value = typed.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private boolean ticked(String field) {
        return "true".equals(get(field));
    }

    private static RegisterKind kind(String typed) {
        return named(RegisterKind.class, typed);
    }

    private static Participant participant(String typed) {
        return named(Participant.class, typed);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String typed) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(typed)).findFirst()
                .orElse(null);
    }

    private static DeclaredAction action(String words) {
        return words == null ? null : DeclaredAction.described(words);
    }

    /** The form's fields in the order it asks, with their labels, so the summary reads down the page. */
    private static Map<String, String> labels() {
        List<String> in = new ArrayList<>(List.of("title", "Title of the proposal", "leadName", "Your organisation's"
                + " name", "leadEmail", "Your organisation's email address", "leadRegisterKind", "The register your"
                + " organisation is on", "leadRegisterNumber", "Your register number", "leadPart", "Your part"));
        for (int i = 0; i < PARTNERS; i++) {
            String n = " of partner " + (i + 1);
            in.addAll(List.of("partner-" + i + "-reference", "The provider reference" + n, "partner-" + i + "-name",
                    "The name" + n, "partner-" + i + "-email", "The email address" + n,
                    "partner-" + i + "-registerKind", "The register" + n, "partner-" + i + "-registerNumber",
                    "The register number" + n, "partner-" + i + "-part", "The part" + n));
        }
        in.addAll(List.of("whoUsesSupport", "Who uses the support"));
        for (int i = 0; i < INVOLVED; i++) {
            in.addAll(List.of("involved-" + i + "-who", "Who took part (row " + (i + 1) + ")",
                    "involved-" + i + "-howMany", "How many took part (row " + (i + 1) + ")",
                    "involved-" + i + "-how", "How they took part (row " + (i + 1) + ")"));
        }
        in.addAll(List.of("outcomes", "Outcomes sought"));
        for (int i = 0; i < BUDGET_LINES; i++) {
            in.addAll(List.of("budget-" + i + "-line", "Budget line " + (i + 1), "budget-" + i + "-partner",
                    "Who spends budget line " + (i + 1), "budget-" + i + "-amount", "The amount of budget line "
                    + (i + 1)));
        }
        for (int i = 0; i < MILESTONES; i++) {
            in.addAll(List.of("milestone-" + i + "-name", "Milestone " + (i + 1), "milestone-" + i + "-due",
                    "The report date of milestone " + (i + 1), "milestone-" + i + "-payment",
                    "The payment for milestone " + (i + 1)));
        }
        // As the shared fair work fields (portal/fair-work.html) label them.
        in.addAll(List.of("supportWorkerPay", "Hourly pay of a support worker", "sleepoverPay",
                "Hourly pay for sleepovers", "zeroHoursContracts", "Whether you use zero-hours contracts",
                "workerVoice", "How your workers are heard", "workerVoiceDescription",
                "How workers are heard, in your words", "workforceDevelopment", "How you develop your workforce",
                "genderPayGapAction", "What you do about a gender pay gap"));
        return FormInput.inOrder(in.toArray(String[]::new));
    }
}
