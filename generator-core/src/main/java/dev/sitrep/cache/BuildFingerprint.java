package dev.sitrep.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What identifies the sitrep that runs: a hash of the bytes of its engine and of its built-in templates and strings
 * (the two jars, or their class folders in a development build). A cache written by any other build of sitrep, even
 * one with the same version number (a snapshot), has another fingerprint and is not used.
 */
public final class BuildFingerprint {

    /** A resource of the templates jar, to find it. */
    private static final String TEMPLATES_RESOURCE = "dev/sitrep/templates/layout.ftlh";

    private static volatile String value;

    private BuildFingerprint() {
    }

    /** The fingerprint of the running sitrep, computed once per JVM. */
    public static String of() {
        String v = value;
        if (v == null) {
            synchronized (BuildFingerprint.class) {
                if (value == null) {
                    value = compute();
                }
                v = value;
            }
        }
        return v;
    }

    private static String compute() {
        MessageDigest digest = BuildCache.sha256();
        CodeSource engine = BuildFingerprint.class.getProtectionDomain().getCodeSource();
        URL templates = BuildFingerprint.class.getClassLoader().getResource(TEMPLATES_RESOURCE);
        try {
            add(digest, engine == null ? null : Path.of(engine.getLocation().toURI()));
            add(digest, templates == null ? null : root(templates));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sitrep's own files", e);
        } catch (URISyntaxException | RuntimeException e) {
            // an unusual class loader: a fingerprint no other run shares, so that the cache is never trusted
            digest.update(Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The jar or class folder that holds {@code resource}. */
    private static Path root(URL resource) throws URISyntaxException {
        String url = resource.toString();
        if (url.startsWith("jar:file:")) {
            return Path.of(new java.net.URI(url.substring(4, url.indexOf("!/"))));
        }
        Path file = Path.of(resource.toURI());
        int depth = (int) TEMPLATES_RESOURCE.chars().filter(c -> c == '/').count() + 1;
        for (int i = 0; i < depth; i++) {
            file = file.getParent();
        }
        return file;
    }

    private static void add(MessageDigest digest, Path path) throws IOException {
        if (path == null) {
            digest.update((byte) 0);
            return;
        }
        if (Files.isRegularFile(path)) {
            digest.update(Files.readAllBytes(path));
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(path.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
    }
}
