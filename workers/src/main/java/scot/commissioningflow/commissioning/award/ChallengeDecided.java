package scot.commissioningflow.commissioning.award;

/** The commissioner's response to a challenge (challenge-review form): upheld or dismissed, and why. */
record ChallengeDecided(String tenderReference, Long challengeId, String challengeOutcome, String challengeReasons,
        String challengeDecidedBy) {

    boolean upheld() {
        return "upheld".equals(challengeOutcome);
    }
}
