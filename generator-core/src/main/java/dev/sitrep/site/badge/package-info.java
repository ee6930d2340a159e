/**
 * The badges of the site: {@code status.svg} and {@code shields.json} for the overall status, and per component its
 * status and 90-day uptime as SVG and its status as a shields.io endpoint, for embedding in a README.
 */
package dev.sitrep.site.badge;
