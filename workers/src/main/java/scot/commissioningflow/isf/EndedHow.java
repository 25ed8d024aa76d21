package scot.commissioningflow.isf;

public enum EndedHow {
    MOVED_TO_ANOTHER_SDS_OPTION,
    MOVED_TO_ANOTHER_COUNCIL
}
