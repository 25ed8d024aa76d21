package scot.commissioningflow.contracts.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.docx4j.TraversalUtil;
import org.docx4j.finders.ClassFinder;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.Text;
import org.junit.jupiter.api.Test;

/**
 * Every template under contracts-templates/ as it is committed: each placeholder whole inside one run of text (so
 * it is filled even without merging runs), and each placeholder listed in contracts-templates/README.md, which
 * lists nothing the template does not ask for.
 */
class TemplatesTest {

    private static final Pattern SECTION = Pattern.compile("^## `([^`]+\\.docx)`$", Pattern.MULTILINE);
    private static final Pattern FIELD_ROW = Pattern.compile("^\\| `([A-Za-z0-9_.]+)` \\|", Pattern.MULTILINE);

    private final ContractTemplates templates = new ContractTemplates();

    @Test
    void everyPlaceholderSitsWholeInOneRunOfText() throws Exception {
        List<String> broken = new ArrayList<>();
        for (String template : templates.available()) {
            for (P paragraph : paragraphs(template)) {
                List<String> runs = texts(paragraph);
                String line = String.join("", runs);
                long inRuns = runs.stream().mapToLong(TemplatesTest::placeholderCount).sum();
                if (placeholderCount(line) != inRuns || TemplateFiller.PLACEHOLDER.matcher(line).replaceAll("")
                        .contains("${")) {
                    broken.add(template + ": " + line);
                }
            }
        }
        assertThat(broken).as("paragraphs with a placeholder split across runs or lines").isEmpty();
    }

    @Test
    void theReadmeListsEveryTemplateAndExactlyTheFieldsItTakes() throws Exception {
        Map<String, Set<String>> documented = readmeFields();
        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(templates.available());
        for (String template : templates.available()) {
            assertThat(documented.get(template)).as("fields of " + template + " in contracts-templates/README.md")
                    .containsExactlyInAnyOrderElementsOf(placeholders(template));
        }
    }

    private Set<String> placeholders(String template) throws Exception {
        Set<String> names = new TreeSet<>();
        for (P paragraph : paragraphs(template)) {
            Matcher matcher = TemplateFiller.PLACEHOLDER.matcher(String.join("", texts(paragraph)));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private List<P> paragraphs(String template) throws Exception {
        try (InputStream in = templates.open(template)) {
            WordprocessingMLPackage document = WordprocessingMLPackage.load(in);
            ClassFinder finder = new ClassFinder(P.class);
            new TraversalUtil(document.getMainDocumentPart().getContent(), finder);
            return finder.results.stream().map(P.class::cast).toList();
        }
    }

    private static List<String> texts(P paragraph) {
        ClassFinder finder = new ClassFinder(Text.class);
        new TraversalUtil(paragraph.getContent(), finder);
        return finder.results.stream().map(found -> ((Text) found).getValue()).toList();
    }

    private static long placeholderCount(String text) {
        return TemplateFiller.PLACEHOLDER.matcher(text).results().count();
    }

    private static Map<String, Set<String>> readmeFields() throws Exception {
        String readme;
        try (InputStream in = TemplatesTest.class.getResourceAsStream("/contracts-templates/README.md")) {
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        for (String section : readme.split("\n(?=## )")) {
            Matcher heading = SECTION.matcher(section);
            if (heading.find()) {
                fields.put(heading.group(1), FIELD_ROW.matcher(section).results().map(row -> row.group(1))
                        .collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        return fields;
    }
}
