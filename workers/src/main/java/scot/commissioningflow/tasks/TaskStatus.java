package scot.commissioningflow.tasks;

public enum TaskStatus {
    OPEN,
    COMPLETED,
    /** The process moved on without the task (a timer or another path ended it). */
    WITHDRAWN
}
