package dev.sitrep.site;

/**
 * Where the parts of a site put their files as soon as each is rendered, so that a site of a hundred thousand pages is
 * never held in memory at once. Implementations are safe for concurrent use: parts render on several threads.
 */
@FunctionalInterface
public interface SiteSink {

    /** Takes one finished file. Each path is given at most once per site. */
    void put(OutputFile file);
}
