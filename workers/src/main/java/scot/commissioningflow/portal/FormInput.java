package scot.commissioningflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.util.WebUtils;
import scot.commissioningflow.platform.web.FieldProblem;

/**
 * What a person typed into a portal form, read as the services' requests need it, with each problem said in words
 * against the field the person corrects: amounts as typed ("1,250.00", "£13.45"), dates in GOV.UK's three boxes,
 * and the request's own constraints named by the field's label rather than its Java name.
 */
public final class FormInput {

    private FormInput() {
    }

    /**
     * The file a form sent in this field, or null when it sent none (or was not a multipart form at all). Multipart
     * requests are resolved lazily, so a body over the server's upload limit is met here, as
     * {@link MaxUploadSizeExceededException}, for the page to say on its form; its form sends its token in the
     * address, since an unread body cannot carry it.
     */
    public static MultipartFile file(HttpServletRequest request, String field) {
        MultipartRequest parts = WebUtils.getNativeRequest(request, MultipartRequest.class);
        return parts == null ? null : parts.getFile(field);
    }

    /** An amount as typed, or null when blank or unreadable (then a problem names the field). */
    public static BigDecimal amount(String typed, String field, String label, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(",", "").replace("£", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, label + " must be a number, such as 13.45"));
            return null;
        }
    }

    /**
     * A date typed as day, month and year (GOV.UK's date input), or null when all three are blank or it is not a
     * real date (then a problem names the field).
     */
    public static LocalDate date(String day, String month, String year, String field, String label,
            List<FieldProblem> problems) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            problems.add(new FieldProblem(field, label + " must be a real date, such as 27 3 2027"));
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * The request's constraint violations as problems of the form's fields: a missing value as "Enter ...", any
     * other as the label followed by the constraint's sentence; one problem per field, none for a field already said.
     *
     * @param fields the request's property path (such as {@code participants[0].how}) to the form field
     * @param labels the form field to the words it is labelled with, in the order the form asks (see {@link #inOrder})
     */
    public static <T> List<FieldProblem> problems(Set<ConstraintViolation<T>> violations, Map<String, String> fields,
            Map<String, String> labels, List<FieldProblem> already) {
        List<FieldProblem> problems = new ArrayList<>(already);
        for (ConstraintViolation<T> violation : violations) {
            String path = violation.getPropertyPath().toString();
            String field = fields.getOrDefault(path, path);
            if (problems.stream().anyMatch(problem -> problem.field().equals(field))) {
                continue;
            }
            String label = labels.getOrDefault(field, field);
            Object constraint = violation.getConstraintDescriptor().getAnnotation();
            boolean missing = (constraint instanceof NotBlank || constraint instanceof NotNull
                    || constraint instanceof NotEmpty) && violation.getInvalidValue() == null
                    || constraint instanceof NotBlank;
            problems.add(new FieldProblem(field, missing
                    ? "Enter " + Character.toLowerCase(label.charAt(0)) + label.substring(1)
                    : label + " " + violation.getMessage()));
        }
        // In the order the form asks, as the labels are given, so the summary reads down the page.
        List<String> order = List.copyOf(labels.keySet());
        problems.sort(java.util.Comparator.comparingInt(problem -> order.contains(problem.field())
                ? order.indexOf(problem.field()) : order.size()));
        return problems;
    }

    /**
     * A service's problems said with the form's labels: the request's field names inside a message are replaced by
     * their labels, and a message that does not name its own field gets the label in front.
     */
    public static List<FieldProblem> fromService(List<FieldProblem> problems, Map<String, String> labels) {
        return problems.stream().map(problem -> {
            String message = problem.message();
            for (Map.Entry<String, String> label : labels.entrySet()) {
                message = message.replaceAll("\\b" + label.getKey() + "\\b", java.util.regex.Matcher.quoteReplacement(
                        label.getValue().toLowerCase(Locale.UK)));
            }
            String label = labels.getOrDefault(problem.field(), problem.field());
            boolean namesItsField = message.toLowerCase(Locale.UK).contains(label.toLowerCase(Locale.UK));
            return new FieldProblem(problem.field(), namesItsField
                    ? Character.toUpperCase(message.charAt(0)) + message.substring(1) : label + " " + message);
        }).toList();
    }

    /** A whole number as typed, or null when blank or not one (then a problem names the field). */
    public static Integer whole(String typed, String field, String label, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, label + " must be a whole number, such as 12"));
            return null;
        }
    }

    /** Labels by field, in the order given: alternately a field's name and its label. */
    public static Map<String, String> inOrder(String... fieldsAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldsAndLabels.length; i += 2) {
            labels.put(fieldsAndLabels[i], fieldsAndLabels[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** Problems by field, the first for each, for the form to mark its fields. */
    public static Map<String, String> byField(List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.putIfAbsent(problem.field(), problem.message()));
        return byField;
    }
}
