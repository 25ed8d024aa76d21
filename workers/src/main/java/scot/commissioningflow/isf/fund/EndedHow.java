package scot.commissioningflow.isf.fund;

public enum EndedHow {
    MOVED_TO_ANOTHER_SDS_OPTION,
    MOVED_TO_ANOTHER_COUNCIL
}
