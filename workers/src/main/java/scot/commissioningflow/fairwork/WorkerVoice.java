package scot.commissioningflow.fairwork;

public enum WorkerVoice {
    RECOGNISED_TRADE_UNION,
    /** Another channel (a staff forum, elected representatives...), which the declaration describes. */
    OTHER_CHANNEL,
    NONE
}
