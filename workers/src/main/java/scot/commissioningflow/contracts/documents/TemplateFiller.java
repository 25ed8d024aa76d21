package scot.commissioningflow.contracts.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.xml.bind.JAXBElement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.TraversalUtil;
import org.docx4j.XmlUtils;
import org.docx4j.finders.ClassFinder;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Document;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.springframework.stereotype.Component;

/**
 * Fills a Word template: {@code ${name}} becomes the value of field {@code name} (dotted names reach into nested
 * objects), and a table row mentioning {@code ${list.field}} is repeated once for each item of the list
 * {@code list}. The fields are read by property name from their JSON, so a feature passes its own record.
 * Commissioners edit the templates in Word; this keeps the placeholder language that small.
 *
 * <p>Each piece of the template's own text is filled exactly once. What people wrote (an outcome such as "Manage my
 * own ${money}") is data: a placeholder inside an inserted value is never expanded.
 */
@Component
class TemplateFiller {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ObjectMapper json;

    TemplateFiller(ObjectMapper json) {
        // Amounts keep the digits they were given: 12.50 stays 12.50 in a contract, not 12.5.
        this.json = json.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    byte[] fill(PreparedTemplate template, Object fields) {
        JsonNode values = fields == null ? json.createObjectNode() : json.valueToTree(fields);
        Document document = template.body();
        List<Object> body = document.getBody().getContent();
        TreeSet<String> missing = new TreeSet<>();
        // Collected before any row is repeated, so text inserted by the repeated rows is not filled a second time.
        List<Text> ownText = texts(body);
        for (Tr row : repeatingRows(body)) {
            ownText.removeAll(identitySet(texts(List.of(row))));
            repeat(row, values, missing);
        }
        for (Text text : ownText) {
            fill(text, null, null, values, missing);
        }
        if (!missing.isEmpty()) {
            throw new MissingContractFields(template.name(), List.copyOf(missing));
        }
        return template.with(document);
    }

    private static List<Tr> repeatingRows(List<Object> body) {
        ClassFinder rows = new ClassFinder(Tr.class);
        new TraversalUtil(body, rows);
        List<Tr> repeating = new ArrayList<>();
        for (Object found : rows.results) {
            if (listNamedIn((Tr) found) != null) {
                repeating.add((Tr) found);
            }
        }
        return repeating;
    }

    private void repeat(Tr row, JsonNode values, TreeSet<String> missing) {
        String list = listNamedIn(row);
        JsonNode items = valueAt(values, list);
        if (items == null || !items.isArray()) {
            missing.add(list);
            return;
        }
        List<Object> table = ((ContentAccessor) row.getParent()).getContent();
        int at = indexOf(table, row);
        table.remove(at);
        for (JsonNode item : items) {
            Tr copy = XmlUtils.deepCopy(row);
            for (Text text : texts(List.of(copy))) {
                fill(text, list, item, values, missing);
            }
            table.add(at++, copy);
        }
    }

    private static String listNamedIn(Tr row) {
        for (Text text : texts(List.of(row))) {
            Matcher matcher = PLACEHOLDER.matcher(text.getValue());
            while (matcher.find()) {
                String name = matcher.group(1);
                if (name.contains(".")) {
                    return name.substring(0, name.indexOf('.'));
                }
            }
        }
        return null;
    }

    /** One pass over the text: {@code ${list.x}} reads the row's item, any other placeholder the fields. */
    private static void fill(Text text, String list, JsonNode item, JsonNode values, TreeSet<String> missing) {
        Matcher matcher = PLACEHOLDER.matcher(text.getValue());
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            JsonNode value = list != null && name.startsWith(list + ".")
                    ? valueAt(item, name.substring(list.length() + 1))
                    : valueAt(values, name);
            if (value == null || value.isNull() || value.isContainerNode()) {
                // Missing, or a list outside a repeating row: there is no single text to put here.
                missing.add(name);
                matcher.appendReplacement(filled, Matcher.quoteReplacement(matcher.group()));
            } else {
                matcher.appendReplacement(filled, Matcher.quoteReplacement(format(value)));
            }
        }
        matcher.appendTail(filled);
        text.setValue(filled.toString());
        if (filled.toString().startsWith(" ") || filled.toString().endsWith(" ")) {
            text.setSpace("preserve");
        }
    }

    private static JsonNode valueAt(JsonNode values, String path) {
        JsonNode current = values;
        for (String part : path.split("\\.")) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(part);
        }
        return current;
    }

    private static String format(JsonNode value) {
        if (value.isTextual() && ISO_DATE.matcher(value.textValue()).matches()) {
            return LocalDate.parse(value.textValue()).format(DATE);
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "Yes" : "No";
        }
        if (value.isBigDecimal()) {
            return value.decimalValue().toPlainString();
        }
        if (value.isFloatingPointNumber()) {
            // Numbers that went through the engine arrive as doubles: 1500.0 reads as 1500 in a contract.
            return BigDecimal.valueOf(value.doubleValue()).stripTrailingZeros().toPlainString();
        }
        return printable(value.asText());
    }

    /**
     * The text without the characters a Word document (XML 1.0) cannot hold: control characters pasted from older
     * systems, which print as nothing. Left in, they make a document no one can open; the record keeps them as given.
     */
    static String printable(String text) {
        if (text.codePoints().allMatch(TemplateFiller::allowedInXml)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(TemplateFiller::allowedInXml).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    private static List<Text> texts(List<Object> content) {
        ClassFinder finder = new ClassFinder(Text.class);
        new TraversalUtil(content, finder);
        List<Text> texts = new ArrayList<>();
        for (Object found : finder.results) {
            texts.add((Text) found);
        }
        return texts;
    }

    private static Set<Text> identitySet(List<Text> texts) {
        Set<Text> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(texts);
        return set;
    }

    private static int indexOf(List<Object> content, Object element) {
        for (int i = 0; i < content.size(); i++) {
            Object candidate = content.get(i);
            if (candidate == element
                    || candidate instanceof JAXBElement<?> wrapped && wrapped.getValue() == element) {
                return i;
            }
        }
        throw new IllegalStateException("A table row was not found in its own table");
    }
}
