package scot.commissioningflow.contracts.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.TextUtils;
import org.docx4j.TraversalUtil;
import org.docx4j.finders.ClassFinder;
import org.docx4j.model.datastorage.migration.VariablePrepare;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents per second from the ISF agreement template, filled with the same fields by our filler and by poi-tl (a
 * well-known docx templating library) in one run. Not part of the test suite (the class name does not end in Test);
 * run it with
 *
 * <pre>./mvnw -B -q test -pl workers -Dtest=ContractGenerationBenchmark -Dcontracts.benchmark.documents=300</pre>
 *
 * poi-tl reads {@code {{name}}} placeholders and repeats a table row for {@code {{list}}} with {@code [field]} in its
 * cells, so it is given a copy of our template rewritten that way, made here in a temporary folder. Both start from
 * the template's bytes in memory and end with the filled document's bytes.
 */
class ContractGenerationBenchmark {

    private static final String TEMPLATE = "option2-isf-agreement.docx";
    private static final Pattern OURS = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?:\\.([A-Za-z0-9_]+))?}");

    @TempDir
    Path folder;

    private final ContractTemplates templates = new ContractTemplates();
    private final TemplateFiller filler = new TemplateFiller(JsonMapper.builder().findAndAddModules().build());

    @Test
    void ourFillerIsAtLeastAsFastAsPoiTlOnTheSameTemplateAndData() throws Exception {
        int documents = Integer.getInteger("contracts.benchmark.documents", 200);
        Map<String, Object> fields = SampleAgreement.fields();
        byte[] poiTemplate = poiTlCopy();
        Configure poiConfig = Configure.builder().bind("outcomes", new LoopRowTableRenderPolicy(true)).build();

        String oursText = text(ours(fields));
        String poiText = text(poiTl(poiTemplate, poiConfig, fields));
        assertThat(oursText).isEqualTo(poiText).contains("sample personName", "Get out and about", "See friends")
                .doesNotContain("${", "{{", "[number]");

        for (int i = 0; i < Math.max(20, documents / 5); i++) {
            ours(fields);
            poiTl(poiTemplate, poiConfig, fields);
        }
        double oursPerSecond = perSecond(documents, () -> ours(fields));
        double poiPerSecond = perSecond(documents, () -> poiTl(poiTemplate, poiConfig, fields));
        System.out.printf("%nContract generation, %s, %d documents each, one thread%n", TEMPLATE, documents);
        System.out.printf("  ours (docx4j, template prepared once): %7.1f documents/s%n", oursPerSecond);
        System.out.printf("  poi-tl (compile, render, write)      : %7.1f documents/s%n", poiPerSecond);
        System.out.printf("  ratio ours / poi-tl: %.2f%n%n", oursPerSecond / poiPerSecond);
        assertThat(oursPerSecond).as("documents per second, ours against poi-tl").isGreaterThanOrEqualTo(poiPerSecond);
    }

    interface Generation {
        byte[] run() throws Exception;
    }

    private static double perSecond(int documents, Generation generation) throws Exception {
        long started = System.nanoTime();
        for (int i = 0; i < documents; i++) {
            generation.run();
        }
        return documents / ((System.nanoTime() - started) / 1e9);
    }

    private byte[] ours(Map<String, Object> fields) {
        return filler.fill(templates.prepared(TEMPLATE), fields);
    }

    private static byte[] poiTl(byte[] template, Configure config, Map<String, Object> fields) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(template), config).render(fields)) {
            filled.write(out);
        }
        return out.toByteArray();
    }

    /**
     * Our template with {@code ${name}} as {@code {{name}}}, and in the repeated row the first {@code ${list.field}}
     * as {@code {{list}}[field]} and the others as {@code [field]}.
     */
    private byte[] poiTlCopy() throws Exception {
        WordprocessingMLPackage document;
        try (InputStream in = templates.open(TEMPLATE)) {
            document = WordprocessingMLPackage.load(in);
        }
        VariablePrepare.prepare(document);
        ClassFinder finder = new ClassFinder(Text.class);
        new TraversalUtil(document.getMainDocumentPart().getContent(), finder);
        boolean listTagged = false;
        for (Object found : finder.results) {
            Text text = (Text) found;
            Matcher matcher = OURS.matcher(text.getValue());
            StringBuilder rewritten = new StringBuilder();
            while (matcher.find()) {
                String replacement;
                if (matcher.group(2) == null) {
                    replacement = "{{" + matcher.group(1) + "}}";
                } else {
                    replacement = (listTagged ? "" : "{{" + matcher.group(1) + "}}") + "[" + matcher.group(2) + "]";
                    listTagged = true;
                }
                matcher.appendReplacement(rewritten, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(rewritten);
            text.setValue(rewritten.toString());
        }
        Path copy = folder.resolve("poi-tl-" + TEMPLATE);
        document.save(copy.toFile());
        return Files.readAllBytes(copy);
    }

    private static String text(byte[] docx) throws Exception {
        WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        return TextUtils.getText(document.getMainDocumentPart().getJaxbElement());
    }
}
