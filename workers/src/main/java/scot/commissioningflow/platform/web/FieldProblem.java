package scot.commissioningflow.platform.web;

/** One thing wrong with a request, named by the field a person would correct. */
public record FieldProblem(String field, String message) {
}
