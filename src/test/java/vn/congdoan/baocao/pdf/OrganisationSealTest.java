package vn.congdoan.baocao.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisation's keystore as configured: read, chosen, refused when weak or wrong, or made as a demo. */
class OrganisationSealTest {

    private static final String ORGANISATION = "CN=Liên đoàn Lao động tỉnh Ninh Bình,O=Liên đoàn Lao động tỉnh Ninh Bình,C=VN";

    @TempDir
    Path directory;

    @Test
    void aConfiguredKeystoreSignsAsTheOrganisationItNames() throws Exception {
        Path keystore = TestKeystores.write(directory.resolve("seal.p12"), "bí mật",
                TestKeystores.rsa("seal", 2048, ORGANISATION));
        OrganisationSeal seal = new OrganisationSeal(configured(keystore, "bí mật", null));
        assertThat(seal.key()).isPresent();
        assertThat(seal.demo()).isFalse();
        assertThat(seal.organisation()).isEqualTo("Liên đoàn Lao động tỉnh Ninh Bình");
    }

    @Test
    void anEcdsaP256KeyIsStrongEnough() throws Exception {
        Path keystore = TestKeystores.write(directory.resolve("ec.p12"), "pw", TestKeystores.ec("seal", "secp256r1", ORGANISATION));
        assertThat(new OrganisationSeal(configured(keystore, "pw", null)).key()).isPresent();
    }

    @Test
    void aKeyWeakerThanRsa2048StopsTheStart() throws Exception {
        Path keystore = TestKeystores.write(directory.resolve("weak.p12"), "pw", TestKeystores.rsa("seal", 1024, ORGANISATION));
        assertThatThrownBy(() -> new OrganisationSeal(configured(keystore, "pw", null)))
                .hasMessageContaining("weaker than RSA 2048 or ECDSA 256");
    }

    @Test
    void aWrongPasswordStopsTheStartAndSaysWhichSetting() throws Exception {
        Path keystore = TestKeystores.write(directory.resolve("seal.p12"), "right", TestKeystores.rsa("seal", 2048, ORGANISATION));
        assertThatThrownBy(() -> new OrganisationSeal(configured(keystore, "wrong", null)))
                .hasMessageContaining("app.signing.password");
        assertThatThrownBy(() -> new OrganisationSeal(configured(directory.resolve("none.p12"), "right", null)))
                .hasMessageContaining("cannot be read");
    }

    @Test
    void ofSeveralKeysTheAliasChooses() throws Exception {
        Path keystore = TestKeystores.write(directory.resolve("two.p12"), "pw",
                TestKeystores.rsa("cu", 2048, "CN=Cũ,O=Tổ chức cũ,C=VN"), TestKeystores.rsa("moi", 2048, ORGANISATION));
        assertThatThrownBy(() -> new OrganisationSeal(configured(keystore, "pw", null)))
                .hasMessageContaining("holds 2 keys: name one with app.signing.alias");
        assertThat(new OrganisationSeal(configured(keystore, "pw", "moi")).organisation())
                .isEqualTo("Liên đoàn Lao động tỉnh Ninh Bình");
        assertThatThrownBy(() -> new OrganisationSeal(configured(keystore, "pw", "khac")))
                .hasMessageContaining("no key named khac");
    }

    @Test
    void withoutAKeystoreTheEmbeddedDefaultMakesADemoOneNamedAsSuch() {
        Path demo = directory.resolve("signing/demo-seal.p12");
        OrganisationSeal seal = new OrganisationSeal(new SigningProperties(null, null, null, null, demo.toString(),
                "Liên đoàn Lao động tỉnh Ninh Bình (thử nghiệm)"));
        assertThat(demo).exists();
        assertThat(seal.demo()).isTrue();
        assertThat(seal.organisation()).isEqualTo("Liên đoàn Lao động tỉnh Ninh Bình (thử nghiệm)");
        assertThat(seal.key().orElseThrow().getCertificate().getSubject().getPrincipal().getName())
                .contains("CHỨNG THƯ THỬ NGHIỆM - KHÔNG CÓ GIÁ TRỊ PHÁP LÝ");
        // the next start takes the same certificate
        assertThat(new OrganisationSeal(new SigningProperties(null, null, null, null, demo.toString(), "khác"))
                .key().orElseThrow().getCertificate()).isEqualTo(seal.key().orElseThrow().getCertificate());
    }

    @Test
    void productionWithoutAKeystoreSignsNothing() {
        OrganisationSeal seal = new OrganisationSeal(new SigningProperties("", "", "", "", "", null));
        assertThat(seal.key()).isEmpty();
        assertThat(seal.token()).isEmpty();
    }

    private static SigningProperties configured(Path keystore, String password, String alias) {
        return new SigningProperties(keystore.toString(), password, alias, null, null, null);
    }
}
