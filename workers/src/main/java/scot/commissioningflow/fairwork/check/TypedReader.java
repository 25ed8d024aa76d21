package scot.commissioningflow.fairwork.check;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import scot.commissioningflow.platform.web.FieldProblem;

/**
 * Reads JSON (a job's variables, a request body) into a typed record, collecting every problem instead of stopping
 * at the first: values of the wrong kind as Jackson meets them, missing answers the record's primitives cannot
 * hold, and the record's bean-validation rules. Whoever corrects the input then sees all of it at once, in the
 * order the record lists its fields.
 */
final class TypedReader {

    // Other variables of the process (businessKey...) come along with the record's own: they are not its business.
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Reading<T>(T value, List<FieldProblem> problems) {
    }

    private TypedReader() {
    }

    static <T extends Record> Reading<T> read(JsonNode input, Class<T> type) {
        List<FieldProblem> problems = new ArrayList<>();
        missingAnswers(input, type, "", problems);
        T value;
        try {
            value = JSON.readerFor(type).withHandler(new Collector(problems)).readValue(input);
        } catch (IOException e) {
            problems.add(new FieldProblem("", "the input could not be read: " + e.getMessage()));
            return new Reading<>(null, problems);
        }
        if (value != null) {
            // A field already refused for what it held is not also reported as missing.
            Set<String> refused = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
            VALIDATOR.validate(value).forEach(violation -> {
                String field = path(violation.getPropertyPath());
                if (!refused.contains(field)) {
                    problems.add(new FieldProblem(field, field + " " + violation.getMessage()));
                }
            });
        }
        problems.sort(Comparator.comparing(FieldProblem::field, inOrderOf(type)));
        return new Reading<>(value, problems);
    }

    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getMessage(), e);
        }
    }

    /** A primitive (a yes/no answer) cannot say it was left out, so its absence is checked on the JSON itself. */
    private static void missingAnswers(JsonNode input, Class<?> type, String prefix, List<FieldProblem> problems) {
        if (input == null || !input.isObject()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            JsonNode given = input.get(component.getName());
            String field = prefix + component.getName();
            if (component.getType().isPrimitive() && (given == null || given.isNull())) {
                problems.add(new FieldProblem(field, field + " is required"));
            } else if (component.getType().isRecord()) {
                missingAnswers(given, component.getType(), field + ".", problems);
            }
        }
    }

    /** Problems sort by where their field comes in the record, nested records' fields in place. */
    private static Comparator<String> inOrderOf(Class<?> type) {
        return Comparator.comparing(field -> rank(type, field), (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int compared = Integer.compare(a.get(i), b.get(i));
                if (compared != 0) {
                    return compared;
                }
            }
            return Integer.compare(a.size(), b.size());
        });
    }

    private static List<Integer> rank(Class<?> type, String field) {
        List<Integer> rank = new ArrayList<>();
        Class<?> current = type;
        for (String name : field.split("\\.")) {
            if (current == null || !current.isRecord()) {
                break;
            }
            RecordComponent[] components = current.getRecordComponents();
            int position = components.length;
            Class<?> next = null;
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(name)) {
                    position = i;
                    next = components[i].getType();
                }
            }
            rank.add(position);
            current = next;
        }
        return rank;
    }

    /** "fairWorkDeclaration.hourlyPayByRole.Support worker", as the input names it. */
    private static String path(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                names.add(node.getName());
            }
            // A blank map key (a role with no name) is named by its map alone.
            if (node.getKey() != null && !String.valueOf(node.getKey()).isBlank()) {
                names.add(String.valueOf(node.getKey()));
            }
        }
        return String.join(".", names);
    }

    /** Notes a value of the wrong kind with its field and what was expected, and reads on. */
    private static final class Collector extends DeserializationProblemHandler {

        private final List<FieldProblem> problems;

        Collector(List<FieldProblem> problems) {
            this.problems = problems;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> target, String value,
                String failure) {
            return note(context.getParser(), target, value);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext context, Class<?> target, Number value,
                String failure) {
            return note(context.getParser(), target, value);
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType target, JsonToken token,
                JsonParser parser, String failure) throws IOException {
            String given = token == JsonToken.START_OBJECT ? "an object"
                    : token == JsonToken.START_ARRAY ? "a list" : parser.getText();
            parser.skipChildren();
            return note(parser, target.getRawClass(), given);
        }

        private Object note(JsonParser parser, Class<?> target, Object given) {
            String field = field(parser);
            problems.add(new FieldProblem(field, field + " must be " + expected(target) + ", not " + given));
            if (target == boolean.class) {
                return false;
            }
            return target.isPrimitive() ? 0 : null;
        }

        private static String field(JsonParser parser) {
            LinkedList<String> names = new LinkedList<>();
            for (JsonStreamContext context = parser.getParsingContext(); context != null;
                    context = context.getParent()) {
                if (context.getCurrentName() != null) {
                    names.addFirst(context.getCurrentName());
                }
            }
            return String.join(".", names);
        }

        private static String expected(Class<?> target) {
            if (target.isEnum()) {
                return "one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
            }
            if (target == LocalDate.class) {
                return "a date such as 2026-04-01";
            }
            if (target == BigDecimal.class) {
                return "an amount in pounds and pence such as 13.45";
            }
            if (target == boolean.class || target == Boolean.class) {
                return "true or false";
            }
            return target.isRecord() || java.util.Map.class.isAssignableFrom(target) ? "an object" : "a "
                    + target.getSimpleName();
        }
    }
}
