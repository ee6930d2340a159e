/**
 * Reading source files into the model: UTF-8 text, YAML with a position for every value (jackson), front matter and
 * Markdown sections (flexmark). Schema problems become findings; a record is built from what could be read. For
 * {@code generate}, the site hands the reader its Markdown pipeline ({@link dev.sitrep.parse.BodyRenderer}), so that
 * a published postmortem's body is parsed once, for its sections and its page.
 */
package dev.sitrep.parse;
