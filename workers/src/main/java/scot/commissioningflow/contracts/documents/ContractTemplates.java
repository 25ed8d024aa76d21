package scot.commissioningflow.contracts.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The Word templates under contracts-templates/, looked up by file name. */
@Component
class ContractTemplates {

    private static final String LOCATION = "classpath:/contracts-templates/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.docx");

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    /** Templates ship inside the application, so one read serves every contract until the next start. */
    private final Map<String, PreparedTemplate> prepared = new ConcurrentHashMap<>();

    /**
     * The template ready to fill.
     *
     * @throws UnusableTemplate when there is no such template or it cannot be read as a Word document
     */
    PreparedTemplate prepared(String name) {
        PreparedTemplate template = prepared.get(name);
        if (template == null) {
            try (InputStream in = open(name)) {
                template = PreparedTemplate.read(name, in);
            } catch (IOException e) {
                throw new UnusableTemplate("The template " + name + " could not be read: " + e.getMessage(), e);
            }
            prepared.putIfAbsent(name, template);
        }
        return template;
    }

    InputStream open(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new UnusableTemplate("The contract template name '" + name
                    + "' is not a .docx file name under contracts-templates/.");
        }
        Resource template = resources.getResource(LOCATION + name);
        if (!template.exists()) {
            throw new UnusableTemplate("There is no contract template " + name
                    + " under contracts-templates/. Templates there: " + available() + ".");
        }
        try {
            return template.getInputStream();
        } catch (IOException e) {
            throw new UnusableTemplate("The contract template " + name + " could not be read: " + e.getMessage(), e);
        }
    }

    List<String> available() {
        try {
            return Arrays.stream(resources.getResources("classpath*:/contracts-templates/*.docx"))
                    .map(Resource::getFilename).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
