package org.mliadvisor.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The brand file: every field read and checked, logos embedded by their content, every problem at once. */
class BrandReaderTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @TempDir
    Path folder;

    @Test
    void shippedBrandReadsWithItsSvgLogoAndAccent() throws InputException {
        Brand brand = new BrandReader().read(Path.of("examples/brand/northwind.yaml"));

        assertThat(brand.firm()).isEqualTo("Northwind Advisory");
        assertThat(brand.consultant()).isEqualTo("Dilnoza Karimova");
        assertThat(brand.logo().kind()).isEqualTo(Brand.Logo.Kind.SVG);
        assertThat(brand.clientLogo()).isNull();
        assertThat(brand.accent()).isEqualTo("#0b6e4f");
        assertThat(brand.confidentiality()).startsWith("Confidential. Prepared for the client's management");
    }

    @Test
    void logosAreFoundBesideTheBrandFileAndKnownByTheirContent() throws Exception {
        Files.write(folder.resolve("client.png"), PNG);
        Files.write(folder.resolve("firm.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0});
        Path file = write("firm: F\nlogo: firm.jpg\nclient_logo: client.png\n");

        Brand brand = new BrandReader().read(file);

        assertThat(brand.logo().kind()).isEqualTo(Brand.Logo.Kind.JPEG);
        assertThat(brand.clientLogo().kind()).isEqualTo(Brand.Logo.Kind.PNG);
        assertThat(brand.clientLogo().dataUri()).startsWith("data:image/png;base64,iVBORw0KGgo");
        assertThat(brand.accent()).isEqualTo(Brand.DEFAULT_ACCENT);
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsLineAndField() throws Exception {
        Files.writeString(folder.resolve("notes.txt"), "not an image");
        Path file = write("firm: F\nlogo: missing.png\nclient_logo: notes.txt\naccent: green\ncolour: blue\n");

        InputException e = catchThrowableOfType(InputException.class, () -> new BrandReader().read(file));

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).extracting(Problem::toString).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).contains(":2:", "logo", "`missing.png` not found"),
                p -> assertThat(p).contains(":3:", "client_logo", "is not a PNG, JPEG or SVG image"),
                p -> assertThat(p).contains(":4:", "accent", "`green` is not a colour", "#0b6e4f"),
                p -> assertThat(p).contains(":5:", "colour"));
    }

    @Test
    void aLogoTooLargeToEmbedIsRefused() throws Exception {
        byte[] big = new byte[BrandReader.MAX_LOGO_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        Files.write(folder.resolve("big.png"), big);

        assertThatThrownBy(() -> new BrandReader().read(write("logo: big.png\n")))
                .isInstanceOf(InputException.class).extracting(t -> ((InputException) t).problems().get(0).toString()).asString()
                .contains("larger than 512 KB");
    }

    @Test
    void aMissingBrandFileIsMissingInput() {
        InputException e = catchThrowableOfType(InputException.class, () -> new BrandReader().read(folder.resolve("none.yaml")));

        assertThat(e.kind()).isEqualTo(InputException.Kind.MISSING);
    }

    @Test
    void contentDecidesTheKindAndAnythingElseIsNoImage() {
        assertThat(BrandReader.kind(PNG)).isEqualTo(Brand.Logo.Kind.PNG);
        assertThat(BrandReader.kind("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                .getBytes(StandardCharsets.UTF_8))).isEqualTo(Brand.Logo.Kind.SVG);
        assertThat(BrandReader.kind("<html><svg/></html>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(BrandReader.kind("GIF89a".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void anAccentIsSixHexDigitsAndKeptInLowerCase() {
        assertThat(new Brand(null, null, null, null, "#0B6E4F", null).accent()).isEqualTo("#0b6e4f");
        assertThatThrownBy(() -> new Brand(null, null, null, null, "red", null)).isInstanceOf(IllegalArgumentException.class);
    }

    private Path write(String yaml) throws IOException {
        Path file = folder.resolve("brand.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
