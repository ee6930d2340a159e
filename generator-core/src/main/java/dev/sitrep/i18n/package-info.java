/**
 * The words sitrep writes, per language: the built-in strings files (English, German, French, Spanish), a
 * repository's additions and overrides in {@code templates/}, and {@link dev.sitrep.i18n.Strings}, one language's
 * resolved strings with its message formats, plurals and locale. Imports nothing of sitrep, so that the site and the
 * authoring goals can both use it.
 */
package dev.sitrep.i18n;
