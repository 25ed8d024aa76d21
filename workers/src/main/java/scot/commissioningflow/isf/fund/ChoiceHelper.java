package scot.commissioningflow.isf.fund;

/** Who helped the person make and put their choice into words: part of the record, never a gate. */
public enum ChoiceHelper {
    NOBODY,
    CARER,
    FAMILY_MEMBER,
    ADVOCATE,
    INDEPENDENT_SUPPORT_ORGANISATION,
    SOCIAL_WORKER
}
