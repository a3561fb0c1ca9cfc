package io.accelforge.rtl.lower;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.testing.Elab.failing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Wire;
import io.accelforge.rtl.testing.Elab.Failure;
import io.accelforge.rtl.testing.Here;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How elaboration errors reach a person: all at once, in a fixed order, each with its line and a fix, then a count. */
class ErrorReportTest {
    private static final String F = "ErrorReportTest.java:";

    static final class ManyMistakes extends Module {
        final Input a = input(UInt(4)), en = input(Bool());
        final Output wide, open, partial;
        final Wire loopA, loopB;
        final Reg stuck;
        final int wideAt, openAt, partialAt, stuckAt, loopAAt, loopBAt;

        ManyMistakes() {
            wide = output(UInt(4));
            open = output(UInt(4)); openAt = Here.line();
            partial = output(UInt(4));
            loopA = wire(UInt(4));
            loopB = wire(UInt(4));
            stuck = reg(UInt(4)); stuckAt = Here.line();
            wide.set(a.addGrow(a)); wideAt = Here.line();
            when(en, () -> partial.set(a)); partialAt = Here.line();
            loopA.set(loopB.xor(a)); loopAAt = Here.line();
            loopB.set(loopA.add(stuck)); loopBAt = Here.line();
        }
    }

    @Test void everyErrorOfADesignIsReportedTogetherCheckByCheck() {
        Failure<ManyMistakes> f = failing(ManyMistakes::new);
        ManyMistakes t = f.top();
        List<String> heads = f.diagnostics().stream().map(d -> d.toString().lines().findFirst().orElseThrow()).toList();
        List<String> want = List.of(
                "error: width mismatch at " + F + t.wideAt + ": assigning 5 bits to 'wide' (4 bits)",
                "error: undriven at " + F + t.openAt + ": output 'open' in ManyMistakes is never driven",
                "error: latch at " + F + t.partialAt + ": 'partial' in ManyMistakes not assigned when the condition is false",
                "error: register never assigned at " + F + t.stuckAt + ": register 'stuck' in ManyMistakes is never assigned",
                "error: combinational loop at " + F + t.loopAAt + ": ManyMistakes.loopA (" + F + t.loopAAt + ") -> ManyMistakes.loopB ("
                        + F + t.loopBAt + ") -> ManyMistakes.loopA");
        assertEquals(String.join("\n", want), String.join("\n", heads), "all diagnostics, in order");
    }

    @Test void theMessageEndsWithTheErrorCountAndThatNoFilesWereWritten() {
        String msg = failing(ManyMistakes::new).error().getMessage();
        assertTrue(msg.endsWith("\n5 errors; no files written"), "last line of:\n" + msg);
        assertEquals(5, msg.lines().filter(l -> l.startsWith("error: ")).count(), "error lines in:\n" + msg);
        assertEquals(5, msg.lines().filter(l -> l.startsWith("       fix: ")).count(), "every error has a fix line:\n" + msg);
    }

    static final class OneMistake extends Module {
        final Output y = output(UInt(4));
        final int at;

        OneMistake() {
            y.set(UInt(5).lit(17)); at = Here.line();
        }
    }

    @Test void aSingleErrorReadsAsErrorLineFixLineAndOneErrorSummary() {
        Failure<OneMistake> f = failing(OneMistake::new);
        assertEquals("error: width mismatch at " + F + f.top().at + ": assigning 5 bits to 'y' (4 bits)\n"
                + "       fix: .trunc(4) to drop the top bits on purpose, or widen 'y'\n"
                + "1 error; no files written", f.error().getMessage());
    }

    static final class Leaky extends Module {
        final Input a = input(UInt(4));
        final Output y = output(UInt(4)), never;
        final int neverAt;

        Leaky() {
            never = output(Bool()); neverAt = Here.line();
            y.set(a);
        }
    }

    static final class TwoLeaky extends Module {
        final Input a = input(UInt(4));
        final Output y = output(UInt(4));

        TwoLeaky() {
            Leaky l0 = instance(new Leaky());
            Leaky l1 = instance(new Leaky());
            l0.a.set(a);
            l1.a.set(l0.y);
            y.set(l1.y);
        }
    }

    @Test void anErrorInsideAModuleInstantiatedTwiceIsReportedOnce() {
        Failure<TwoLeaky> f = failing(TwoLeaky::new);
        int line = ((Leaky) f.top().body().children().getFirst()).neverAt;
        assertEquals("error: undriven at " + F + line + ": output 'never' in Leaky is never driven",
                f.only().toString().lines().findFirst().orElseThrow());
    }
}
