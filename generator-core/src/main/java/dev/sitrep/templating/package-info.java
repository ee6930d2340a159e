/**
 * How sitrep's FreeMarker templates are read: the settings that decide whether a template parses, shared by the
 * read stage, which checks the templates of a repository's {@code templates/} folder, and the site, which renders
 * with them. One configuration for both, so that {@code check} refuses exactly the templates {@code generate} would.
 */
package dev.sitrep.templating;
