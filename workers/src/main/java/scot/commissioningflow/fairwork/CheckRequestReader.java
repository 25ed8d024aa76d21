package scot.commissioningflow.fairwork;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;

/**
 * Reads the check's inputs as they arrive from a process or the API (JSON values), collecting every problem before
 * refusing, so whoever corrects the declaration sees all the missing and malformed fields at once.
 */
final class CheckRequestReader {

    private static final String DECLARATION = "fairWorkDeclaration";

    private final List<FieldProblem> problems = new ArrayList<>();

    private CheckRequestReader() {
    }

    /**
     * @param grantFundingNeeded whether cumulative grant funding decides the evidence needed in this context on
     *        this date
     * @throws InvalidInput listing every problem found
     */
    static FairWorkCheckRequest read(Object checkKey, Object context, Object startDate, Object declaration,
            BiPredicate<FairWorkContext, LocalDate> grantFundingNeeded) {
        return new CheckRequestReader().readAll(checkKey, context, startDate, declaration, grantFundingNeeded);
    }

    private FairWorkCheckRequest readAll(Object checkKeyValue, Object contextValue, Object startDateValue,
            Object declarationValue, BiPredicate<FairWorkContext, LocalDate> grantFundingNeeded) {
        String checkKey = text("fairWorkCheckKey", checkKeyValue, true);
        FairWorkContext context = choice("fairWorkContext", contextValue, FairWorkContext.class);
        LocalDate startDate = date("contractStartDate", startDateValue);
        Map<String, Object> given = object(DECLARATION, declarationValue);
        FairWorkDeclaration declaration = null;
        if (given != null) {
            boolean fundingNeeded = context != null && startDate != null
                    && grantFundingNeeded.test(context, startDate);
            declaration = declaration(given, fundingNeeded);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new FairWorkCheckRequest(checkKey, context, startDate, declaration, given);
    }

    private FairWorkDeclaration declaration(Map<String, Object> given, boolean grantFundingNeeded) {
        Map<String, BigDecimal> pay = payByRole(given.get("hourlyPayByRole"));
        BigDecimal sleepover = given.get("sleepoverHourlyPay") == null ? null
                : money(field("sleepoverHourlyPay"), given.get("sleepoverHourlyPay"));
        ZeroHoursUse zeroHours = choice(field("zeroHoursContracts"), given.get("zeroHoursContracts"),
                ZeroHoursUse.class);
        WorkerVoice voice = choice(field("workerVoice"), given.get("workerVoice"), WorkerVoice.class);
        String voiceDescription = text(field("workerVoiceDescription"), given.get("workerVoiceDescription"), false);
        DeclaredAction development = action(field("workforceDevelopment"), given.get("workforceDevelopment"));
        DeclaredAction genderPayGap = action(field("genderPayGapAction"), given.get("genderPayGapAction"));
        Boolean flexible = yesNo(field("flexibleWorkingFromDayOne"), given.get("flexibleWorkingFromDayOne"));
        Boolean fireAndRehire = yesNo(field("fireAndRehire"), given.get("fireAndRehire"));
        Boolean subcontractors = yesNo(field("flowsDownToSubcontractors"), given.get("flowsDownToSubcontractors"));
        Boolean agency = yesNo(field("flowsDownToAgencyStaff"), given.get("flowsDownToAgencyStaff"));
        BigDecimal grantFunding = null;
        Object fundingValue = given.get("cumulativeGrantFunding");
        if (fundingValue != null) {
            grantFunding = money(field("cumulativeGrantFunding"), fundingValue);
        } else if (grantFundingNeeded) {
            problems.add(new FieldProblem(field("cumulativeGrantFunding"), field("cumulativeGrantFunding")
                    + " is required for a grant, to judge whether a self-declaration is enough"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new FairWorkDeclaration(pay, sleepover, zeroHours, voice, voiceDescription, development,
                genderPayGap, flexible, fireAndRehire, subcontractors, agency, grantFunding);
    }

    private Map<String, BigDecimal> payByRole(Object value) {
        String field = field("hourlyPayByRole");
        Map<String, Object> given = object(field, value);
        if (given == null) {
            return null;
        }
        if (given.isEmpty()) {
            problems.add(new FieldProblem(field, field + " must name at least one role and its hourly pay"));
            return null;
        }
        Map<String, BigDecimal> pay = new LinkedHashMap<>();
        given.forEach((role, amount) -> {
            if (role.isBlank()) {
                problems.add(new FieldProblem(field, field + " has a role with no name"));
            } else if (amount == null) {
                problems.add(new FieldProblem(field + "." + role, field + "." + role + " is required"));
            } else {
                pay.put(role.strip(), money(field + "." + role, amount));
            }
        });
        return pay;
    }

    private String text(String field, Object value, boolean required) {
        if (value == null || value.toString().isBlank()) {
            if (required) {
                missing(field);
            }
            return value == null ? null : "";
        }
        return value.toString();
    }

    private <E extends Enum<E>> E choice(String field, Object value, Class<E> type) {
        if (value == null || value.toString().isBlank()) {
            missing(field);
            return null;
        }
        try {
            return Enum.valueOf(type, value.toString());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, field + " must be one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
                    + ", not " + value));
            return null;
        }
    }

    private LocalDate date(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            missing(field);
            return null;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, field + " must be a date such as 2026-04-01, not " + value));
            return null;
        }
    }

    private BigDecimal money(String field, Object value) {
        try {
            BigDecimal amount = new BigDecimal(value.toString().strip());
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                throw new NumberFormatException();
            }
            return amount.setScale(2);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, field + " must be an amount in pounds and pence such as 13.45, not "
                    + value));
            return null;
        }
    }

    private Boolean yesNo(String field, Object value) {
        if (value instanceof Boolean answer) {
            return answer;
        }
        if (value == null) {
            missing(field);
        } else {
            problems.add(new FieldProblem(field, field + " must be true or false, not " + value));
        }
        return null;
    }

    private DeclaredAction action(String field, Object value) {
        if (value instanceof Boolean answer) {
            return DeclaredAction.answered(answer);
        }
        if (value == null) {
            missing(field);
            return null;
        }
        return DeclaredAction.described(value.toString());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(String field, Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (value == null) {
            missing(field);
        } else {
            problems.add(new FieldProblem(field, field + " must be an object"));
        }
        return null;
    }

    private void missing(String field) {
        problems.add(new FieldProblem(field, field + " is required"));
    }

    private static String field(String name) {
        return DECLARATION + "." + name;
    }
}
