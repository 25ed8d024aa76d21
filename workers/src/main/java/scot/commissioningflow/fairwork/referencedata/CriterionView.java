package scot.commissioningflow.fairwork.referencedata;

import scot.commissioningflow.fairwork.Criterion;

/** A Fair Work First criterion's name and meaning. */
public record CriterionView(Criterion code, int position, String name, String description) {
}
