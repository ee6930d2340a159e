/**
 * The Statuspage API v2 JSON files of the site ({@code api/v2/*.json}), written by Jackson from records in the
 * public Statuspage shapes.
 */
package dev.sitrep.site.api;
