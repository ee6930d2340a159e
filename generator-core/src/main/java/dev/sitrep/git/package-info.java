/**
 * What git knows about the source tree, read with JGit (no git binary): the files a pull request changes, and when
 * each postmortem was first committed as published. Without a git repository, this package says nothing.
 */
package dev.sitrep.git;
