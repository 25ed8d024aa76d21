package scot.commissioningflow.platform.web;

import java.util.List;

/**
 * Input that breaks a rule the domain owns rather than a bean-validation annotation: answered as 400 with one
 * sentence per problem, each naming its field.
 */
public class InvalidInput extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(ApiErrors.summarise(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
