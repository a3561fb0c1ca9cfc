package io.accelforge.rtl.lint;

import java.nio.file.Path;
import java.util.List;

/** One linter's verdict on a design: its version, pass or fail, the problem lines and its log. */
public record LintResult(String tool, String version, boolean passed, List<String> problems, Path log) {}
