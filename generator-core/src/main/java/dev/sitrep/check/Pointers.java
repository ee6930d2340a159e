package dev.sitrep.check;

/** JSON-pointer helpers for {@link dev.sitrep.model.Positions} lookups. */
final class Pointers {

    private Pointers() {
    }

    /** One key as a JSON-pointer token: {@code ~} and {@code /} escaped. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
