package scot.commissioningflow.contracts;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.TraversalUtil;
import org.docx4j.XmlUtils;
import org.docx4j.finders.ClassFinder;
import org.docx4j.model.datastorage.migration.VariablePrepare;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.springframework.stereotype.Component;

/**
 * Fills a Word template: {@code ${name}} becomes the value of field {@code name} (dotted names reach into nested
 * objects), and a table row mentioning {@code ${list.field}} is repeated once for each item of the list
 * {@code list}. Commissioners edit the templates in Word; this keeps the placeholder language that small.
 */
@Component
class TemplateFiller {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    byte[] fill(String templateName, InputStream template, Map<String, Object> fields) {
        try {
            WordprocessingMLPackage document = WordprocessingMLPackage.load(template);
            // Word splits text into runs at whim (spell-check, edits); placeholders must sit in one run to be found.
            VariablePrepare.prepare(document);
            List<Object> body = document.getMainDocumentPart().getContent();
            TreeSet<String> missing = new TreeSet<>();
            repeatRows(body, fields, missing);
            replace(body, fields, missing);
            if (!missing.isEmpty()) {
                throw new MissingContractFields(templateName, List.copyOf(missing));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (MissingContractFields e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The template " + templateName + " could not be read as a Word document", e);
        }
    }

    private void repeatRows(List<Object> body, Map<String, Object> fields, TreeSet<String> missing) {
        ClassFinder rows = new ClassFinder(Tr.class);
        new TraversalUtil(body, rows);
        for (Object found : rows.results) {
            Tr row = (Tr) found;
            String list = listNamedIn(row);
            if (list == null) {
                continue;
            }
            Object items = valueAt(fields, list);
            if (!(items instanceof Collection<?> collection)) {
                missing.add(list);
                continue;
            }
            List<Object> table = ((ContentAccessor) row.getParent()).getContent();
            int at = indexOf(table, row);
            table.remove(at);
            for (Object item : collection) {
                Tr copy = XmlUtils.deepCopy(row);
                replace(List.of(copy), Map.of(list, item), missing);
                table.add(at++, copy);
            }
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

    private void replace(List<Object> content, Map<String, Object> fields, TreeSet<String> missing) {
        for (Text text : texts(content)) {
            Matcher matcher = PLACEHOLDER.matcher(text.getValue());
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                Object value = valueAt(fields, matcher.group(1));
                if (value == null || value instanceof Collection<?> || value instanceof Map<?, ?>) {
                    // Missing, or a list outside a repeating row: there is no single text to put here.
                    missing.add(matcher.group(1));
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
    }

    private static Object valueAt(Map<String, Object> fields, String path) {
        Object current = fields;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static String format(Object value) {
        if (value instanceof LocalDate date) {
            return date.format(DATE);
        }
        if (value instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(s).format(DATE);
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            // JSON numbers arrive as doubles: 1500.0 reads as 1500 in a contract.
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean flag) {
            return flag ? "Yes" : "No";
        }
        return value.toString();
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
