/**
 * Reports of findings for people and tools: compiler-style text lines, GitHub workflow annotations and
 * SARIF 2.1.0. Pure functions of the findings; no Maven types.
 */
package dev.sitrep.report;
