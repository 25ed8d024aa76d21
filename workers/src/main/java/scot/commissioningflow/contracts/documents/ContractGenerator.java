package scot.commissioningflow.contracts.documents;

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
     * @throws UnusableTemplate when there is no such template or it cannot be read as a Word document
     */
    public GeneratedDocument generate(String template, Object fields) {
        return GeneratedDocument.of(filler.fill(templates.prepared(template), fields));
    }
}
