package scot.commissioningflow.contracts.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/** Generates a contract document from a template under contracts-templates/ and the caller's own record of fields. */
@Component
public class ContractGenerator {

    private final ContractTemplates templates;
    private final TemplateFiller filler;

    ContractGenerator(ContractTemplates templates, TemplateFiller filler) {
        this.templates = templates;
        this.filler = filler;
    }

    /**
     * @throws MissingContractFields when the template asks for a field the record does not give
     * @throws IllegalArgumentException when there is no such template
     */
    public GeneratedDocument generate(String template, Object fields) {
        try (InputStream in = templates.open(template)) {
            return GeneratedDocument.of(filler.fill(template, in, fields));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
