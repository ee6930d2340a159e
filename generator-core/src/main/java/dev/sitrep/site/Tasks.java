package dev.sitrep.site;

import dev.sitrep.SitrepException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs independent tasks on all cores, each taken by the next thread that is free, in the order given. A parallel
 * stream hands each thread a run of neighbouring tasks instead: the twenty site-wide pages, which come first and
 * take most of the time, all landed in one thread's run while the other went through thousands of incident pages
 * that were kept unchanged, and then waited.
 */
public final class Tasks {

    private Tasks() {
    }

    /**
     * Runs every task, the calling thread and as many more as there are other cores taking the next one in turn;
     * returns when all have run. Once one fails, no further task is started, and its exception is thrown as it was
     * (a checked one within a {@link SitrepException}).
     */
    public static void runAll(List<Runnable> tasks) {
        int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size() && failure.get() == null;
                 i = next.getAndIncrement()) {
                try {
                    tasks.get(i).run();
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread helper = new Thread(worker, "sitrep-render");
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                failure.compareAndSet(null, e);
                Thread.currentThread().interrupt();
            }
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
        if (failed != null) {
            throw new SitrepException("interrupted while rendering the site", failed);
        }
    }
}
