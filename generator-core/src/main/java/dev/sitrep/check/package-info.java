/** The check stage: rules over the whole model (references, ids, chronology, sections, deadlines, targets). */
package dev.sitrep.check;
