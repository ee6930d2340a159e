/** The immutable model of an incident repository: configuration, incidents, postmortems, maintenances. Imports nothing of sitrep. */
package dev.sitrep.model;
