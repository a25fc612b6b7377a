package dev.ajp.benchreport;

/** A problem the user can fix (no results yet, a broken file, a README without markers), told in one message. */
public final class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
