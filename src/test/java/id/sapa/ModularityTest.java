package id.sapa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;

/**
 * Verifies the module structure of DESIGN.md §2, writes its documentation to
 * target/spring-modulith-docs, and keeps the module diagram in docs/ the one the code draws.
 */
class ModularityTest {

    /** The diagram docs/architecture.md shows, as Modulith writes it and as a picture of it. */
    static final Path DIAGRAM = Path.of("docs/modules/components.puml");
    static final Path PICTURE = Path.of("docs/modules/components.svg");

    private final ApplicationModules modules = ApplicationModules.of(SapaApplication.class);

    @Test
    void modulesKeepToTheirDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }

    /**
     * A change of the modules' arrows must show in docs/: run this test with
     * {@code -Dsapa.docs.update=true} to write the diagram and its picture again.
     */
    @Test
    void theModuleDiagramInDocsIsTheOneTheCodeDraws() throws IOException {
        new Documenter(modules).writeModulesAsPlantUml();
        String drawn = Files.readString(Path.of("target/spring-modulith-docs/components.puml"));
        if (Boolean.getBoolean("sapa.docs.update")) {
            Files.createDirectories(DIAGRAM.getParent());
            Files.writeString(DIAGRAM, drawn);
            render(drawn, PICTURE);
        }
        assertThat(lines(Files.readString(DIAGRAM)))
                .as("docs/modules/components.puml is stale: run ModularityTest with -Dsapa.docs.update=true")
                .isEqualTo(lines(drawn));
    }

    /** The diagram's statements in order: Modulith lists modules and arrows in no fixed order. */
    private static List<String> lines(String diagram) {
        return diagram.lines().map(String::strip).filter(line -> !line.isEmpty()).sorted().toList();
    }

    /** PlantUML's own Java layout (smetana), so no Graphviz needs installing. */
    private static void render(String diagram, Path svg) throws IOException {
        String withLayout = diagram.replaceFirst("@startuml\n", "@startuml\n!pragma layout smetana\n");
        try (OutputStream out = Files.newOutputStream(svg)) {
            new SourceStringReader(withLayout).outputImage(out, new FileFormatOption(FileFormat.SVG));
        }
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("<svg");
    }
}
