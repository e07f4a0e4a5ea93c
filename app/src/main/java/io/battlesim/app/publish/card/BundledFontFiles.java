package io.battlesim.app.publish.card;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the fonts bundled under {@code /fonts} on the classpath. They are copied to a temporary directory first
 * (Java2D reads fonts from files; {@code Font.createFont} with a stream would make the same copies).
 *
 * <p>On a machine with no fonts installed the JDK finds no font configuration and refuses to create any font at all,
 * even one read from a file ("Fontconfig head is null"). Only then, this points the JDK at a minimal configuration
 * that maps its logical fonts to the bundled Noto Sans ({@code sun.awt.fontconfig}) and tries again; a machine with
 * fonts keeps its own configuration.
 */
final class BundledFontFiles {

    static final String PROPERTY = "sun.awt.fontconfig";

    private static final Logger log = LoggerFactory.getLogger(BundledFontFiles.class);

    private BundledFontFiles() {}

    /** The fonts in these files of {@code /fonts}, in the same order; the first names a Latin font. */
    static List<Font> read(List<String> files) {
        Path directory = extract(files);
        Path first = directory.resolve(files.getFirst());
        try {
            create(first);
        } catch (RuntimeException fontSystemDidNotStart) {
            log.info(
                    "Java2D found no usable font configuration ({}); result cards use the bundled fonts alone",
                    fontSystemDidNotStart.getMessage());
            System.setProperty(PROPERTY, configuration(directory, first).toString());
        }
        return files.stream().map(file -> create(directory.resolve(file))).toList();
    }

    private static Font create(Path file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + file.getFileName(), e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font " + file.getFileName() + " is not TrueType/OpenType", e);
        }
    }

    /** The JDK's logical fonts all mapped to one font file, in the JDK's {@code fontconfig.properties} format. */
    private static Path configuration(Path directory, Path font) {
        StringBuilder properties = new StringBuilder("version=1\nsequence.allfonts=latin-1\n");
        for (String name : List.of("serif", "sansserif", "monospaced", "dialog", "dialoginput")) {
            for (String style : List.of("plain", "bold", "italic", "bolditalic")) {
                properties.append(name).append('.').append(style).append(".latin-1=Bundled Sans\n");
            }
        }
        properties
                .append("filename.Bundled_Sans=")
                .append(font.toAbsolutePath())
                .append('\n');
        Path file = directory.resolve("fontconfig.properties");
        try {
            Files.writeString(file, properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    private static Path extract(List<String> files) {
        try {
            Path directory = Files.createTempDirectory("card-fonts");
            directory.toFile().deleteOnExit(); // registered first, so deleted after its files
            for (String file : files) {
                String resource = "/fonts/" + file;
                try (InputStream in = Objects.requireNonNull(
                        BundledFontFiles.class.getResourceAsStream(resource), "missing " + resource)) {
                    Path copy = directory.resolve(file);
                    Files.copy(in, copy);
                    copy.toFile().deleteOnExit();
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the bundled fonts to a temporary directory", e);
        }
    }
}
