package scot.commissioningflow.fairwork;

/** A Fair Work First criterion's name and meaning. */
public record CriterionView(Criterion code, int position, String name, String description) {
}
