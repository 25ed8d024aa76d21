package scot.commissioningflow.providers;

/**
 * The Care Inspectorate's key questions a service is graded on (6 excellent ... 1 unsatisfactory), each with the
 * column of the published datastore that holds its latest grade.
 */
public enum KeyQuestion {
    SUPPORT_WELLBEING("KQ_Support_Wellbeing"),
    CARE_AND_SUPPORT_PLANNING("KQ_Care_and_Support_Planning"),
    SETTING("KQ_Setting"),
    STAFF_TEAM("KQ_Staff_Team"),
    LEADERSHIP("KQ_Leadership"),
    CARE_PLAY_AND_LEARNING("KQ_Care_Play_and_Learning");

    private final String datastoreColumn;

    KeyQuestion(String datastoreColumn) {
        this.datastoreColumn = datastoreColumn;
    }

    public String datastoreColumn() {
        return datastoreColumn;
    }
}
