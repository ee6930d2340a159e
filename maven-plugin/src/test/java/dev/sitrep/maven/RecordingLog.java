package dev.sitrep.maven;

import org.apache.maven.plugin.logging.Log;

import java.util.ArrayList;
import java.util.List;

/** A Maven log that records each line as {@code level: text}. */
final class RecordingLog implements Log {

    final List<String> lines = new ArrayList<>();

    private void add(String level, CharSequence content) {
        lines.add(level + ": " + content);
    }

    @Override public boolean isDebugEnabled() { return true; }
    @Override public void debug(CharSequence content) { add("debug", content); }
    @Override public void debug(CharSequence content, Throwable error) { add("debug", content); }
    @Override public void debug(Throwable error) { add("debug", error.toString()); }
    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence content) { add("info", content); }
    @Override public void info(CharSequence content, Throwable error) { add("info", content); }
    @Override public void info(Throwable error) { add("info", error.toString()); }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence content) { add("warn", content); }
    @Override public void warn(CharSequence content, Throwable error) { add("warn", content); }
    @Override public void warn(Throwable error) { add("warn", error.toString()); }
    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence content) { add("error", content); }
    @Override public void error(CharSequence content, Throwable error) { add("error", content); }
    @Override public void error(Throwable error) { add("error", error.toString()); }
}
