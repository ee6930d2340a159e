package dev.sitrep.parse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class PointerTreeTest {

    @Test
    void pointersAreJsonPointersWithEscapedKeys() {
        PointerTree tree = new PointerTree();
        assertEquals("", tree.root().pointer());
        assertEquals("/updates/2/at", tree.root().field("updates").item(2).field("at").pointer());
        assertEquals("/a~1b/c~0d", tree.root().field("a/b").field("c~d").pointer());
    }

    @Test
    void eachPointerIsMadeOnceAndShared() {
        PointerTree tree = new PointerTree();
        String first = tree.root().field("updates").item(0).field("at").pointer();
        assertSame(first, tree.root().field("updates").item(0).field("at").pointer());
        assertSame(tree.root().field("updates").item(1), tree.root().field("updates").item(1));
    }

    @Test
    void threadsShareOneNodePerPointer() {
        PointerTree tree = new PointerTree();
        ConcurrentHashMap<Object, Boolean> seen = new ConcurrentHashMap<>();
        IntStream.range(0, 2000).parallel().forEach(i ->
                seen.put(tree.root().field("updates").item(i % 50).field("k" + i % 7), true));
        assertEquals(50 * 7, seen.size());
        List<String> some = List.of(tree.root().field("updates").item(49).field("k6").pointer());
        assertEquals(List.of("/updates/49/k6"), some);
    }
}
