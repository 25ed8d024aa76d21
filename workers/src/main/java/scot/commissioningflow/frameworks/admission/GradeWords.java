package scot.commissioningflow.frameworks.admission;

/** The Care Inspectorate's words for its grades, for sentences a provider reads. */
final class GradeWords {

    private static final String[] WORDS = {"", "unsatisfactory", "weak", "adequate", "good", "very good",
        "excellent"};

    private GradeWords() {
    }

    static String of(int grade) {
        return grade + " (" + (grade >= 1 && grade <= 6 ? WORDS[grade] : "not a grade") + ")";
    }
}
