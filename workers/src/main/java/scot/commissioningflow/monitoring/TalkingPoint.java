package scot.commissioningflow.monitoring;

/** The Talking Points outcome categories a person's outcome is recorded under. */
public enum TalkingPoint {
    // Quality of life
    FEELING_SAFE,
    HAVING_THINGS_TO_DO,
    SEEING_PEOPLE,
    STAYING_WELL,
    LIVING_AS_YOU_WANT,
    // Process: how the person was supported
    LISTENED_TO,
    HAVING_A_SAY,
    TREATED_WITH_RESPECT,
    RESPONDED_TO,
    RELIABILITY,
    // Change
    CONFIDENCE,
    SKILLS,
    MOBILITY,
    REDUCED_SYMPTOMS
}
