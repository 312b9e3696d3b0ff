package dev.oryx.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

import dev.oryx.ast.Program;
import dev.oryx.ast.Statement;
import dev.oryx.parse.AstPrinter;
import dev.oryx.parse.Parser;

/**
 * Laws that need no reference engine, on generated programs run by Oryx alone:
 * <ul>
 * <li>the AST printer: a program compiled from its tree prints what its printed text prints,
 *     and printing is a fixpoint (print, parse, print gives the same text); the indirect eval of
 *     the printed text prints the same as running it as a script;</li>
 * <li>JSON: {@code JSON.parse(JSON.stringify(x))} stringifies like x, for the values of every
 *     top-level variable of a generated program;</li>
 * <li>generator suspension transparency: rewriting each function declaration as a generator
 *     driven to completion, with yields between its statements, changes no output.</li>
 * </ul>
 * {@code Number(String(x)) === x} is {@code NumberToStringPropertyTest.readsBackAsTheSameDouble}
 * and sort against a reference stable sort is {@code ArraySortPropertyTest}; they are not repeated here.
 */
@AddLifecycleHook(FuzzProfile.class)
class LawsPropertyTest {
    /** Replaces function source text, which a tree compiled without its text cannot have. */
    private static final String NO_SOURCE_TEXT = "Function.prototype.toString = function () { return \"<fn \" + this.name + \">\"; };\n";
    private static final long TIMEOUT = 10_000;

    @AfterContainer
    static void report() {
        Tally.print("Laws");
    }

    @Provide
    Arbitrary<GeneratedProgram> programs() {
        return ProgramShrinkable.programs(20, 250);
    }

    @Property(tries = 60, seed = "4211907741245166410", edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.BOUNDED)
    void printedProgramMeansWhatItsTreeMeans(@ForAll("programs") GeneratedProgram program) {
        Tally.count("Laws.printedProgramMeansWhatItsTreeMeans", "tried");
        String header = (program.strict() ? "\"use strict\";\n" : "") + Prelude.SOURCE + NO_SOURCE_TEXT;
        String text = AstPrinter.print(program.ast());
        Program parsedHeader = Parser.parseScript(header, "fuzz.js");
        List<Statement> body = new ArrayList<>(parsedHeader.body());
        body.addAll(program.ast().body());
        Program tree = new Program(parsedHeader.span(), body, false, parsedHeader.strict(), header, "fuzz.js");

        Outcome fromTree = OryxRunner.run(tree, TIMEOUT);
        Outcome fromText = OryxRunner.run(header + text, TIMEOUT);
        assertFalse(fromText.failedInEngine(), () -> fromText.status() + " " + fromText.failure() + " on\n" + program.body());
        assertEquals(fromText.transcript(), fromTree.transcript(), () -> "the tree and its printed text differ on\n" + program.body());

        String again = AstPrinter.print(Parser.parseScript(text, "fuzz.js"));
        assertEquals(text, again, "printing is not a fixpoint");
    }

    @Property(tries = 60, seed = "-2877453412089170347", edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.BOUNDED)
    void indirectEvalOfThePrintedProgramRunsTheSame(@ForAll("programs") GeneratedProgram program) {
        Tally.count("Laws.indirectEvalOfThePrintedProgramRunsTheSame", "tried");
        String directive = program.strict() ? "\"use strict\";\n" : "";
        String text = AstPrinter.print(program.ast());
        Outcome script = OryxRunner.run(directive + Prelude.SOURCE + text, TIMEOUT);
        Outcome eval = OryxRunner.run(Prelude.SOURCE + "(0, eval)(" + NodeRunner.quote(directive + text) + ");\n", TIMEOUT);
        assertFalse(script.failedInEngine(), () -> script.status() + " " + script.failure() + " on\n" + program.body());
        assertEquals(script.transcript(), eval.transcript(), () -> "indirect eval differs from the script on\n" + program.body());
    }

    @Provide
    Arbitrary<GeneratedProgram> programsWithJsonChecks() {
        return Arbitraries.fromGenerator(random -> new ProgramShrinkable(
            ProgramGenerator.generateWithJsonChecks(random, 20 + random.nextInt(200))));
    }

    @Property(tries = 80, seed = "5804126393514421397", edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.BOUNDED)
    void jsonRoundTripIsAFixpoint(@ForAll("programsWithJsonChecks") GeneratedProgram program) {
        Tally.count("Laws.jsonRoundTripIsAFixpoint", "tried");
        Outcome oryx = OryxRunner.run(program.source(), TIMEOUT);
        assertFalse(oryx.failedInEngine(), () -> oryx.status() + " " + oryx.failure() + " on\n" + program.body());
        for (String line : oryx.output().split("\n")) {
            assertFalse(line.startsWith("json ") && line.contains(" BROKEN "), () -> line + "\nin\n" + program.body());
        }
    }

    @Property(tries = 80, seed = "-6151792418329066123", edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.BOUNDED)
    void generatorSuspensionIsTransparent(@ForAll("programs") GeneratedProgram program) {
        Tally.count("Laws.generatorSuspensionIsTransparent", "tried");
        Program rewritten = GeneratorRewrite.rewrite(program.ast(), new Random(program.body().hashCode()));
        GeneratedProgram driven = program.withAst(rewritten);
        // the rewrite re-indents nested functions, so their source text (String(f)) changes
        Outcome plain = OryxRunner.run(withoutSourceText(program), TIMEOUT);
        Outcome generators = OryxRunner.run(withoutSourceText(driven), TIMEOUT);
        assertFalse(plain.failedInEngine(), () -> plain.status() + " " + plain.failure() + " on\n" + program.body());
        assertEquals(plain.transcript(), generators.transcript(), () -> "as generators the program prints otherwise:\n"
            + program.body() + "\n---- rewritten:\n" + driven.body());
    }

    private static String withoutSourceText(GeneratedProgram program) {
        return (program.strict() ? "\"use strict\";\n" : "") + Prelude.SOURCE + NO_SOURCE_TEXT + AstPrinter.print(program.ast());
    }
}
