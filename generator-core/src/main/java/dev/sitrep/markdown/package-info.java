/**
 * The Markdown dialect of postmortem bodies, shared by the parse stage (sections) and the site (rendering). Imports
 * nothing of sitrep.
 */
package dev.sitrep.markdown;
