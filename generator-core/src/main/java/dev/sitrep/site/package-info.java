/** The site stage: every part of the generated site as output files, and their atomic publication. */
package dev.sitrep.site;
