package scot.commissioningflow.commissioning.responses;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.commissioningflow.fairwork.DeclaredAction;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.fairwork.WorkerVoice;
import scot.commissioningflow.fairwork.ZeroHoursUse;

/**
 * A response's fair-work declaration as the provider typed it, read into the one {@link FairWorkDeclaration} the
 * fair-work check takes. Providers answer the worded criteria in words or with a yes or no, as the tender form asks.
 */
final class DeclarationAsGiven {

    /** What the fair-work check needs answered; sleepover pay may be absent where no sleepovers are worked. */
    private static final List<String> REQUIRED = List.of("hourlyPayByRole", "zeroHoursContracts", "workerVoice",
            "workforceDevelopment", "genderPayGapAction", "flexibleWorkingFromDayOne", "fireAndRehire",
            "flowsDownToSubcontractors", "flowsDownToAgencyStaff");

    private DeclarationAsGiven() {
    }

    /** Why the declaration cannot be checked or held to, as a sentence; empty when it can. */
    static Optional<String> problem(Map<String, Object> given) {
        List<String> unanswered = unanswered(given);
        if (!unanswered.isEmpty()) {
            return Optional.of("The fair-work declaration does not answer " + String.join(", ", unanswered) + ".");
        }
        try {
            typed(given);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("The fair-work declaration cannot be read: " + e.getMessage() + ".");
        }
    }

    /** The answers the check needs that the declaration leaves blank, by its own names, in the order it asks them. */
    static List<String> unanswered(Map<String, Object> given) {
        return REQUIRED.stream().filter(field -> blank(given.get(field))).toList();
    }

    /** @throws IllegalArgumentException naming the first answer that cannot be read */
    static FairWorkDeclaration typed(Map<String, Object> given) {
        if (!(given.get("hourlyPayByRole") instanceof Map<?, ?> payGiven)) {
            throw new IllegalArgumentException("hourlyPayByRole must name each role and its hourly pay");
        }
        Map<String, BigDecimal> pay = new LinkedHashMap<>();
        payGiven.forEach((role, amount) -> pay.put(role.toString(), money("hourlyPayByRole." + role, amount)));
        Object sleepover = given.get("sleepoverHourlyPay");
        Object voiceDescription = given.get("workerVoiceDescription");
        return new FairWorkDeclaration(pay, sleepover == null ? null : money("sleepoverHourlyPay", sleepover),
                choice("zeroHoursContracts", given.get("zeroHoursContracts"), ZeroHoursUse.class),
                choice("workerVoice", given.get("workerVoice"), WorkerVoice.class),
                voiceDescription == null ? null : voiceDescription.toString(),
                action(given.get("workforceDevelopment")), action(given.get("genderPayGapAction")),
                yes("flexibleWorkingFromDayOne", given.get("flexibleWorkingFromDayOne")),
                yes("fireAndRehire", given.get("fireAndRehire")),
                yes("flowsDownToSubcontractors", given.get("flowsDownToSubcontractors")),
                yes("flowsDownToAgencyStaff", given.get("flowsDownToAgencyStaff")), null);
    }

    private static DeclaredAction action(Object answer) {
        return answer instanceof Boolean committed ? new DeclaredAction(committed, null)
                : new DeclaredAction(true, answer.toString().strip());
    }

    private static boolean yes(String field, Object answer) {
        if (answer instanceof Boolean yes) {
            return yes;
        }
        throw new IllegalArgumentException(field + " must be true or false, not " + answer);
    }

    private static <E extends Enum<E>> E choice(String field, Object answer, Class<E> choices) {
        return Arrays.stream(choices.getEnumConstants()).filter(c -> c.name().equals(answer.toString())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field + " must be one of "
                        + String.join(", ", Arrays.stream(choices.getEnumConstants()).map(Enum::name).toList())
                        + ", not " + answer));
    }

    private static BigDecimal money(String field, Object amount) {
        try {
            return new BigDecimal(amount.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be an amount in pounds such as 13.45, not " + amount);
        }
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank() || (value instanceof Map<?, ?> map && map.isEmpty());
    }
}
