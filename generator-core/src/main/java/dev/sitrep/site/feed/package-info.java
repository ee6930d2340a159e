/** The incident history feeds of the site, {@code history.atom} (Atom 1.0) and {@code history.rss} (RSS 2.0). */
package dev.sitrep.site.feed;
