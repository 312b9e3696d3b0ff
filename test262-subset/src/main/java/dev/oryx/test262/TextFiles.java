package dev.oryx.test262;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads test and harness files as INTERPRETING.md says (UTF-8 text), and writes the runner's
 * files. Both directions are lenient: a malformed byte or a lone surrogate in an error message
 * becomes a replacement character instead of ending the run.
 */
final class TextFiles {
    private TextFiles() {
    }

    /** The file as UTF-8; malformed bytes become U+FFFD. */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    }

    /** Writes the lines, each ended by a newline, as UTF-8 (lone surrogates become '?'). */
    static void writeLines(Path file, List<String> lines) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(line).append('\n');
        }
        write(file, sb.toString());
    }

    static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
