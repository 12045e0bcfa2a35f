package io.github.amigovernance.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the fenced code blocks of the project's documentation. */
final class Markdown {

    /** The repository root, seen from the examples module where the tests run. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern FENCE = Pattern.compile("^( *)```(.*)$");

    /**
     * One fenced block.
     *
     * @param file the document, relative to the repository root
     * @param line the line of the opening fence, from 1
     * @param info the info string after the fence, such as {@code bash} or {@code text output}
     * @param text the block's lines, without the fence's indentation
     */
    record Block(String file, int line, String info, String text) {

        /** Returns where the block is, for messages. */
        String where() {
            return file + ":" + line;
        }
    }

    private Markdown() {
    }

    /** Returns README.md and every Markdown file under docs/, sorted. */
    static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(ROOT.resolve("README.md"));
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** Returns the fenced blocks of {@code document}, in order. */
    static List<Block> blocks(Path document) throws IOException {
        List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
        String name = ROOT.relativize(document).toString();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int indent = open.group(1).length();
            StringBuilder text = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).strip().equals("```")) {
                String line = lines.get(j);
                int strip = Math.min(indent, line.length() - line.stripLeading().length());
                text.append(line.substring(strip)).append('\n');
                j++;
            }
            assertTrue(j < lines.size(), name + ":" + (i + 1) + ": the code block is never closed");
            blocks.add(new Block(name, i + 1, open.group(2).strip(), text.toString()));
            i = j;
        }
        return blocks;
    }
}
