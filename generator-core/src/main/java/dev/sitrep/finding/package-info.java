/** Findings: what is wrong with the input, where, and under which rule. Data, never exceptions. */
package dev.sitrep.finding;
