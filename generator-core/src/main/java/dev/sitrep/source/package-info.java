/** The source tree: which files are configuration, incidents, postmortems and maintenances, in sorted order. */
package dev.sitrep.source;
