package dev.oryx.bytecode;

import java.util.List;

/** A tagged template call site: its cooked strings (null for invalid escapes) and raw strings. */
public record TemplateSite(List<String> cooked, List<String> raw) {
}
