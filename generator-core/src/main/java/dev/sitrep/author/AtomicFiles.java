package dev.sitrep.author;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * How the incident goals write files so that a crash, a full disk or a killed build never leaves half a file: the
 * bytes go to a hidden temporary file beside the target ({@code .<name>.*.sitrep-tmp}, which the source scan skips),
 * are forced to the disk, and the temporary file then replaces the target in one atomic rename, or, for a new file,
 * is hard-linked to the target's name, which fails when the name is taken. Readers see the old file or the new one.
 *
 * <p>A new file gets the permissions the user's umask gives any new file (not the owner-only ones of
 * {@link Files#createTempFile}, which would hide {@code sitrep.yaml} from the rest of a team on a shared machine); a
 * replaced file keeps the permissions it had.
 */
final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What writes a file's bytes. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Replaces {@code file} (or creates it) with {@code bytes}, atomically. */
    static void replace(Path file, byte[] bytes) throws IOException {
        replace(file, out -> out.write(bytes));
    }

    /** Replaces {@code file} (or creates it) with what {@code content} writes, atomically. */
    static void replace(Path file, Content content) throws IOException {
        Path temp = temporary(file, content);
        try {
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Creates {@code file} with {@code bytes}, atomically: it appears whole or not at all.
     *
     * @throws FileAlreadyExistsException when {@code file} exists; it is left as it is
     */
    static void create(Path file, byte[] bytes) throws IOException {
        create(file, out -> out.write(bytes));
    }

    /**
     * Creates {@code file} with what {@code content} writes, atomically: it appears whole or not at all.
     *
     * @throws FileAlreadyExistsException when {@code file} exists; it is left as it is
     */
    static void create(Path file, Content content) throws IOException {
        Path temp = temporary(file, content);
        try {
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | FileSystemException e) {
                Files.move(temp, file); // no hard links here: the move still refuses an existing file
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Gives {@code temp} the permissions of {@code file}, where it exists and the file system has them. */
    private static void keepPermissions(Path file, Path temp) throws IOException {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
        }
    }

    private static Path temporary(Path file, Content content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                    + ".sitrep-tmp");
            FileChannel channel;
            try {
                // CREATE_NEW without attributes: the mode the umask gives, and never a file that already exists
                channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
                continue;
            }
            write(temp, channel, content);
            return temp;
        }
    }

    private static void write(Path temp, FileChannel channel, Content content) throws IOException {
        try (channel; OutputStream out = Channels.newOutputStream(channel)) {
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }
}
