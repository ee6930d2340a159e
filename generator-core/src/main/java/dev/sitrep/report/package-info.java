/**
 * Reports of findings for people and tools: compiler-style text lines, GitHub workflow annotations,
 * SARIF 2.1.0 and GitLab Code Quality. Each is rendered from the findings alone; no Maven types.
 */
package dev.sitrep.report;
