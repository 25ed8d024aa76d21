package scot.commissioningflow.contracts.documents;

import java.util.List;

/** The template asks for fields the contract request did not provide: no half-filled contract is ever produced. */
public class MissingContractFields extends RuntimeException {

    private final List<String> fields;

    MissingContractFields(String template, List<String> fields) {
        super("The template " + template + " needs " + (fields.size() == 1 ? "a field" : fields.size() + " fields")
                + " the process did not provide: " + String.join(", ", fields)
                + ". Add them to the fields of the contract request, or correct the template's placeholders.");
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }
}
