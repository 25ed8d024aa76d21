package scot.commissioningflow.commissioning.clarifications;

/** The commissioner's answer to one question (clarification-answer form), ready to share. */
record ClarificationAnswered(String tenderReference, Long clarificationId, String clarificationAnswer,
        String answeredBy) {
}
