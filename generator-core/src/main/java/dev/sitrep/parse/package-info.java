/**
 * Reading source files into the model: UTF-8 text, YAML with a position for every value (jackson), front matter and
 * Markdown sections (flexmark). Schema problems become findings; a record is built from what could be read.
 */
package dev.sitrep.parse;
