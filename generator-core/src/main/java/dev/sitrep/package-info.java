/** The front door of sitrep: {@link dev.sitrep.Sitrep#check} and {@link dev.sitrep.Sitrep#generate}, their options and results. */
package dev.sitrep;
