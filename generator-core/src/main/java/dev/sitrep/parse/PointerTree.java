package dev.sitrep.parse;

import dev.sitrep.model.Positions;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON pointers of a run's documents, each made once: every incident has a {@code /updates/0/at}, and the
 * positions of ten thousand incidents can share one string for it instead of building and keeping ten thousand.
 * Finding a child's pointer allocates nothing once it exists. Safe for the reading threads to share.
 *
 * <p>The tree grows with the distinct keys and list lengths of the documents read, which the file size limits bound.
 */
final class PointerTree {

    private final Node root = new Node("");

    /** The pointer of a whole document, {@code ""}. */
    Node root() {
        return root;
    }

    /** One pointer, and its children by key and by list index. */
    static final class Node {
        private static final Node[] NONE = new Node[0];

        private final String pointer;
        private final ConcurrentHashMap<String, Node> fields = new ConcurrentHashMap<>(4);
        private volatile Node[] items = NONE;

        private Node(String pointer) {
            this.pointer = pointer;
        }

        /** This node's pointer. */
        String pointer() {
            return pointer;
        }

        /** The child under mapping key {@code key}. */
        Node field(String key) {
            Node child = fields.get(key);
            return child != null ? child : fields.computeIfAbsent(key, k -> new Node(pointer + "/" + Positions.token(k)));
        }

        /** The child at list index {@code index}; made when first asked for, so a long list costs one node per item. */
        Node item(int index) {
            Node[] known = items;
            if (index < known.length && known[index] != null) {
                return known[index];
            }
            synchronized (this) {
                known = items;
                if (index >= known.length) {
                    known = Arrays.copyOf(known, Math.max(index + 1, known.length * 2));
                    items = known;
                }
                if (known[index] == null) {
                    known[index] = new Node(pointer + "/" + index);
                }
                return known[index];
            }
        }
    }
}
