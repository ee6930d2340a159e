package dev.sitrep.markdown;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs flexmark on threads with a deep stack. Several of flexmark's regular expressions (an inline HTML comment, a
 * link title, the attributes of an inline tag) make Java's regex engine recurse once per character they match; on a
 * thread's default stack of 1 MiB an HTML comment of 2,000 characters in one paragraph overflows it (measured on
 * flexmark 0.64 and Java 17). Nothing in a postmortem of sane size should fail that way, so every flexmark parse and
 * render runs here, where the stack is {@link #STACK_BYTES}; {@code MarkdownLimits} bounds the length of the text one
 * inline parse sees, so that even the deepest such recursion stays far inside it.
 *
 * <p>The threads are only reserved address space until a deep recursion touches their stack; they end after a few
 * idle seconds, so nothing lingers in a long-lived Maven process.
 */
public final class DeepStack {

    /**
     * The stack of each thread: 512 times the default. The deepest recursion measured is about 520 bytes per character
     * of one inline parse's text (an HTML comment of 990,000 characters still renders), so this holds the
     * {@code MarkdownLimits} bound of 100,000 characters ten times over.
     */
    public static final long STACK_BYTES = 512L << 20;

    private static final ThreadPoolExecutor THREADS = threads();

    private DeepStack() {
    }

    private static ThreadPoolExecutor threads() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor executor = new ThreadPoolExecutor(cores, cores, 3, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(null, runnable, "sitrep-markdown", STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /**
     * Runs {@code work} on a deep-stack thread and returns its result; whatever it throws is thrown here as it is.
     * Work that is already on such a thread runs in place.
     */
    public static <T> T call(Supplier<T> work) {
        if (Thread.currentThread().getName().equals("sitrep-markdown")) {
            return work.get();
        }
        Future<T> result = THREADS.submit(work::get);
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while rendering Markdown");
        }
    }
}
