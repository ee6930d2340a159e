package dev.sitrep.site;

import dev.sitrep.SitrepException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TasksTest {

    @Test
    void everyTaskRunsOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(1000);
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < runs.length(); i++) {
            int n = i;
            tasks.add(() -> runs.incrementAndGet(n));
        }
        Tasks.runAll(tasks);
        for (int i = 0; i < runs.length(); i++) {
            assertEquals(1, runs.get(i), "task " + i);
        }
    }

    @Test
    void theNextTaskGoesToTheThreadThatIsFree() {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return; // one core runs them one after another
        }
        // the first task waits until the second has run: a thread that took a run of neighbouring tasks (as a
        // parallel stream's do) would wait for itself
        CountDownLatch secondRan = new CountDownLatch(1);
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> {
            try {
                assertTrue(secondRan.await(10, TimeUnit.SECONDS), "the second task ran while the first was running");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        tasks.add(secondRan::countDown);
        for (int i = 0; i < 1000; i++) {
            tasks.add(() -> { });
        }
        Tasks.runAll(tasks);
    }

    @Test
    void aFailureIsThrownAsItWasAndStopsTheTasksNotYetStarted() {
        SitrepException failure = new SitrepException("broken template");
        AtomicInteger started = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> {
            started.incrementAndGet();
            throw failure;
        });
        for (int i = 0; i < 10_000; i++) {
            tasks.add(() -> {
                started.incrementAndGet();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        SitrepException thrown = assertThrows(SitrepException.class, () -> Tasks.runAll(tasks));
        assertSame(failure, thrown);
        assertTrue(started.get() < 100, "tasks started after the failure: " + started.get());
    }
}
