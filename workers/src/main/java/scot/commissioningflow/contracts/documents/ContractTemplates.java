package scot.commissioningflow.contracts.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
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

    InputStream open(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("The contract template name '" + name
                    + "' is not a .docx file name under contracts-templates/.");
        }
        Resource template = resources.getResource(LOCATION + name);
        if (!template.exists()) {
            throw new IllegalArgumentException("There is no contract template " + name
                    + " under contracts-templates/. Templates there: " + available() + ".");
        }
        try {
            return template.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The contract template " + name + " could not be read", e);
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
