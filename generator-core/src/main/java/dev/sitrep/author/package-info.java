/**
 * Authoring: the tools the people handling an incident use to write its files, so that they pass the check the
 * first time. Opening an incident ({@link dev.sitrep.author.IncidentFactory}), appending a status update while
 * keeping the file's comments and layout ({@link dev.sitrep.author.UpdateWriter}), starting a postmortem with the
 * incident's facts filled in ({@link dev.sitrep.author.PostmortemTemplate}), and the words to send to the internal
 * channel and to customers ({@link dev.sitrep.author.Announcements}), and starting a whole new status repository
 * ({@link dev.sitrep.author.RepositoryScaffold}). Every file is written whole or not at all. Nothing here knows about
 * Maven.
 */
package dev.sitrep.author;
