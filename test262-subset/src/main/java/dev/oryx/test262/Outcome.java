package dev.oryx.test262;

/**
 * The result of running one test variant.
 *
 * @param status what happened
 * @param reason one line saying why a test failed ("" for a pass)
 * @param javaTrace for {@link Status#JAVA_ESCAPE}: the Java exception and its first stack frames; else ""
 */
public record Outcome(Status status, String reason, String javaTrace) {

    /** PASS, or one of the three ways to fail. */
    public enum Status {
        PASS,
        /** The test's own verdict: wrong value, wrong or missing error, unsupported feature. */
        FAIL,
        /** Stopped by the per-test time limit. */
        TIMEOUT,
        /** A Java exception or error escaped the engine: an engine bug, counted separately. */
        JAVA_ESCAPE
    }

    static final int MAX_REASON = 240;

    public static Outcome pass() {
        return new Outcome(Status.PASS, "", "");
    }

    public static Outcome fail(String reason) {
        return new Outcome(Status.FAIL, oneLine(reason), "");
    }

    public static Outcome timeout(String reason) {
        return new Outcome(Status.TIMEOUT, oneLine(reason), "");
    }

    /** A Java-level failure: the reason names the exception, the trace keeps where it came from. */
    public static Outcome javaEscape(String context, Throwable t) {
        return new Outcome(Status.JAVA_ESCAPE, oneLine(context + ": " + t + firstFrame(t)), trace(t, 12));
    }

    public boolean passed() {
        return status == Status.PASS;
    }

    /** The reason as written to results and expectations files: the status prefix for non-FAIL. */
    public String describe() {
        return switch (status) {
            case PASS -> "pass";
            case FAIL -> reason;
            case TIMEOUT -> "timeout: " + reason;
            case JAVA_ESCAPE -> "java: " + reason;
        };
    }

    private static String firstFrame(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        return st.length == 0 ? "" : " at " + st[0];
    }

    /** The exception and up to {@code frames} frames of it and of each cause. */
    static String trace(Throwable t, int frames) {
        StringBuilder sb = new StringBuilder();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            sb.append(c == t ? "" : "Caused by: ").append(c).append('\n');
            StackTraceElement[] st = c.getStackTrace();
            for (int i = 0; i < Math.min(frames, st.length); i++) {
                sb.append("\tat ").append(st[i]).append('\n');
            }
            if (st.length > frames) {
                sb.append("\t... ").append(st.length - frames).append(" more\n");
            }
        }
        return sb.toString();
    }

    /** Newlines and tabs become spaces; long reasons are cut so that the files stay one line per test. */
    static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
                sb.append(' ');
            } else if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        String flat = sb.toString().replaceAll(" {2,}", " ").strip();
        return flat.length() <= MAX_REASON ? flat : flat.substring(0, MAX_REASON - 3) + "...";
    }
}
