package org.cba.fidelity;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.run.Failure;
import org.cba.run.Problem;
import org.cba.source.SourceFile;

/**
 * A source text of the agreement as read for fidelity: its file, whether it is a redline, and each
 * side's words and sections, made once when first asked for.
 */
public final class SourceTexts {
    private final SourceFile file;
    private final boolean redline;
    private final Map<Side, SourceText> texts = new EnumMap<>(Side.class);
    private final Map<Side, Sections> sections = new EnumMap<>(Side.class);

    public SourceTexts(SourceFile file) {
        this.file = file;
        this.redline = Redline.of(file.text()).isRedline();
    }

    /** The source file a --source option names (U016 when it cannot be read as UTF-8 text). */
    public static SourceTexts read(Path path) throws Failure {
        try {
            return new SourceTexts(new SourceFile(path.toString(), Files.readString(path)));
        } catch (CharacterCodingException e) {
            throw new Failure(Problem.usage("U016", "cannot read the source text " + path + ": it is not UTF-8 text"));
        } catch (IOException e) {
            throw new Failure(Problem.usage("U016", "cannot read the source text " + path + ": "
                    + (Files.exists(path) ? e.getMessage() : "no such file")));
        }
    }

    public SourceFile file() {
        return file;
    }

    public boolean isRedline() {
        return redline;
    }

    public synchronized SourceText text(Side side) {
        return texts.computeIfAbsent(side, s -> SourceText.of(file, s));
    }

    public synchronized Sections sections(Side side) {
        return sections.computeIfAbsent(side, s -> Sections.of(text(s)));
    }

    /**
     * The side a version takes: the one asked for; else, for a text that is no redline, either (they
     * read the same); else the proposal for a version that amends another (it is the redline's
     * changes to its base). Otherwise the command cannot know, and says so (U017).
     */
    public Side side(Side asked, Checked version, String shown) throws Failure {
        if (asked != null) {
            return asked;
        }
        if (!redline || version.contract().header() != null && version.contract().header().base() != null) {
            return Side.PROPOSAL;
        }
        throw new Failure(Problem.usage("U017", file.name() + " is a redline, and " + shown
                + " does not say which side of it it takes; give --side existing (struck text kept) or --side proposal (additions kept)"));
    }
}
