package dev.oryx.parse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * Fetches a package from the npm registry with {@code npm pack} into the build directory and
 * unpacks it, once. Used for third-party test corpora that are never committed. Fails with an
 * exception (never skips) when npm is missing or the registry cannot be reached.
 */
final class NpmPackage {
    private NpmPackage() {
    }

    /** The unpacked {@code package/} directory of {@code name@version} under {@code into}. */
    static synchronized Path fetch(String name, String version, Path into) throws IOException, InterruptedException {
        Path dir = into.resolve(name + "-" + version);
        Path unpacked = dir.resolve("package");
        if (Files.isRegularFile(dir.resolve(".complete"))) {
            return unpacked;
        }
        Files.createDirectories(dir);
        Path log = dir.resolve("npm-pack.log");
        Process npm = new ProcessBuilder("npm", "pack", name + "@" + version, "--silent")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            npm.destroyForcibly();
            throw new IOException("npm pack " + name + "@" + version + " failed; output: " + Files.readString(log));
        }
        Path tarball = dir.resolve(name + "-" + version + ".tgz");
        if (!Files.isRegularFile(tarball)) {
            throw new IOException("npm pack did not produce " + tarball + "; output: " + Files.readString(log));
        }
        untarGz(tarball, dir);
        Files.writeString(dir.resolve(".complete"), version);
        return unpacked;
    }

    /** Extracts the regular files of a gzip-compressed ustar archive (what npm pack writes). */
    private static void untarGz(Path tarball, Path into) throws IOException {
        Path root = into.toAbsolutePath().normalize();
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(tarball)))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512) {
                String name = field(header, 0, 100);
                if (name.isEmpty()) {
                    break;
                }
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                long size = Long.parseLong(field(header, 124, 12).strip().isEmpty() ? "0" : field(header, 124, 12).strip(), 8);
                char type = (char) header[156];
                long padded = (size + 511) / 512 * 512;
                if (type == '0' || type == 0) {
                    Path target = root.resolve(name).normalize();
                    if (!target.startsWith(root)) {
                        throw new IOException("archive entry outside the target directory: " + name);
                    }
                    Files.createDirectories(target.getParent());
                    Files.copy(new BoundedStream(in, size), target, StandardCopyOption.REPLACE_EXISTING);
                    in.skipNBytes(padded - size);
                } else {
                    in.skipNBytes(padded);
                }
            }
        }
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    /** The next {@code remaining} bytes of a stream, without closing it. */
    private static final class BoundedStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedStream(InputStream in, long size) {
            this.in = in;
            this.remaining = size;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() {
        }
    }
}
