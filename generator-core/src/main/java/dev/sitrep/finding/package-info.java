/**
 * Findings: what is wrong with the input, where, and under which rule. Data, never exceptions. Also the "did you
 * mean" {@link dev.sitrep.finding.Suggestions} that their messages offer.
 */
package dev.sitrep.finding;
