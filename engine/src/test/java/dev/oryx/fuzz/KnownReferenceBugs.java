package dev.oryx.fuzz;

import java.util.List;

/**
 * Where node (the differential reference) disagrees with ECMA-262, found by the differential
 * property and checked by hand against the specification. The generator avoids each case (the
 * comment at the avoidance names the entry); {@code KnownReferenceBugsTest} checks that Oryx
 * gives the specified answer and that node still gives its own, so that an avoidance can go
 * once node is fixed.
 */
final class KnownReferenceBugs {
    /**
     * @param name     what goes wrong
     * @param section  the ECMA-262 sections that decide it
     * @param program  a minimal program (prints with print)
     * @param expected the output the specification requires
     * @param node     the output node gives
     */
    record Entry(String name, String section, String program, String expected, String node) {
    }

    static final List<Entry> ENTRIES = List.of(
        new Entry("object literal starting with a spread: accessors listed after the data properties that follow them",
            "13.2.5.4 (members are defined in order), 10.1.11.1 OrdinaryOwnPropertyKeys (chronological order)",
            "var o = { ...{}, get a() { return 1; }, b: 2 };\nprint(Object.keys(o).join());\n",
            "a,b\n",
            "b,a\n"));

    private KnownReferenceBugs() {
    }
}
