// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Replaces files atomically, the one way every save and export in Araxes writes: a temporary file
 * in the target's folder, written, flushed and forced to disk, then moved over the target in one
 * rename. A reader, or a crash at any moment, sees the old file or the new one, never a broken one.
 *
 * <p>What the user sees of it is the target alone:
 * <ul>
 *   <li>the target is checked first ({@link #checkTarget}): a folder, a special file (FIFO, device),
 *       a read-only file or a missing folder is refused with a message naming the target, before
 *       anything is written (and, for an export, before anything is rendered);</li>
 *   <li>the new file gets the permissions the old one had, or, when there was none, those any
 *       program gets from the user's umask (0666 minus the umask: {@code -rw-r--r--} under the
 *       usual 022), never the owner-only ones of {@link Files#createTempFile};</li>
 *   <li>the temporary file has a short name of its own ({@code .araxes-<8 hex>.tmp}), so a target
 *       whose name is as long as the file system allows can still be written; a kill can leave
 *       one behind, which nothing reads;</li>
 *   <li>a failure names the target, never the temporary file.</li>
 * </ul>
 */
public final class AtomicFiles {

    /** Writes content to a stream; may throw. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The temporary file's name: {@value} then 8 hex digits and ".tmp". */
    static final String TEMPORARY_PREFIX = ".araxes-";

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Refuses a target that cannot or must not be replaced, with a message naming it: a folder, a
     * special file, a read-only file (its permissions give no one write access, or this user has
     * none, or the read-only attribute is set), or a target whose folder does not exist. Call it
     * before long work whose result goes to the file.
     *
     * @throws IOException saying why the file cannot be written
     */
    public static void checkTarget(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new IOException("cannot write " + file + ": it is a folder; give a file name in it, like "
                    + file.resolve("map.png"));
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + file + ": no such folder " + folder);
        }
        if (Files.exists(file)) {
            InputFiles.requireRegular(file);
            if (readOnly(file)) {
                throw new IOException("cannot write " + file + ": the file is read-only; choose another name, "
                        + "or make it writable first");
            }
        }
        if (!Files.isWritable(folder)) {
            throw new IOException("cannot write " + file + ": the folder " + folder + " is not writable");
        }
    }

    /**
     * Replaces a file's content atomically, after {@link #checkTarget}. The target's folder must
     * exist.
     *
     * @throws IOException when the file cannot be written, with a message naming the target; the
     *                     old content is then untouched and the temporary file removed
     */
    public static void write(Path file, Writer writer) throws IOException {
        checkTarget(file);
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Set<PosixFilePermission> kept = Files.exists(target) ? posixPermissions(target) : null;
        Path temporary = null;
        try {
            temporary = createTemporary(folder);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (kept != null) {
                Files.setPosixFilePermissions(temporary, kept);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // still a single rename on every common file system
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(folder);
        } catch (FileSystemException e) {
            throw new IOException("cannot write " + file + ": " + reason(e), e);
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * A new empty file in the folder, created as any program creates a file (mode 0666 less the
     * umask), under a short name no other file has.
     */
    private static Path createTemporary(Path folder) throws IOException {
        while (true) {
            Path candidate = folder.resolve(TEMPORARY_PREFIX + String.format("%08x", RANDOM.nextInt()) + ".tmp");
            try {
                Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return candidate;
            } catch (FileAlreadyExistsException e) {
                // another writer's name: draw again
            }
        }
    }

    /** Whether a file's attributes make it read-only (root can write it anyway: it is still refused). */
    static boolean readOnly(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        Set<PosixFilePermission> permissions = posixPermissions(file);
        if (permissions != null) {
            return !permissions.contains(PosixFilePermission.OWNER_WRITE)
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        }
        DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
        return dos != null && dos.readAttributes().isReadOnly();
    }

    /** A file's POSIX permissions, or null where the file system has none (Windows). */
    private static Set<PosixFilePermission> posixPermissions(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return posix == null ? null : posix.readAttributes().permissions();
    }

    /** The system's reason, without the file names (which would name the temporary file). */
    private static String reason(FileSystemException e) {
        if (e.getReason() != null && !e.getReason().isBlank()) {
            return e.getReason();
        }
        return e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; the rename is still atomic there.
        }
    }
}
