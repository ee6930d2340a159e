/**
 * The front door of sitrep: {@link dev.sitrep.Sitrep#check} and {@link dev.sitrep.Sitrep#generate}, their options and
 * results. Below it, one package per stage, imports flowing one way: {@code source}, {@code parse}, {@code check},
 * {@code git}, {@code metrics}, {@code site}, over {@code model}, {@code finding} and {@code markdown}; {@code report}
 * and {@code author} serve the Maven plugin. {@code ArchitectureTest} holds the allowed graph.
 */
package dev.sitrep;
