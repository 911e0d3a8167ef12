package vn.congdoan.baocao.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredTextTest {

    @Test
    void aTextFitsByItsCharactersNotItsUtf16Units() {
        String emoji = "😀".repeat(10);
        assertThat(emoji.length()).isEqualTo(20);
        assertThat(StoredText.problem(emoji, 10)).isEmpty();
        assertThat(StoredText.problem(emoji + "a", 10)).get().extracting(StoredText.Problem::description)
                .isEqualTo("dài 11 ký tự, quá giới hạn 10 ký tự");
        assertThat(StoredText.problem("x".repeat(200_001), 200_000)).get()
                .isEqualTo(new StoredText.Problem("dài 200 001 ký tự, quá giới hạn 200 000 ký tự", true));
    }

    @Test
    void aNulOrABrokenCharacterIsNoLengthButIsNotStored() {
        assertThat(StoredText.problem("a\u0000b", 100)).get().extracting(StoredText.Problem::tooLong).isEqualTo(false);
        assertThat(StoredText.problem("a\ud800b", 100)).get().extracting(StoredText.Problem::tooLong).isEqualTo(false);
        assertThat(StoredText.problem("a\udc00", 100)).isPresent();
        assertThat(StoredText.problem("Đối thoại 😀", 100)).isEmpty();
    }

    @Test
    void aQuotedValueIsShortAndPrintable() {
        assertThat(StoredText.quote("9".repeat(1_000_000))).isEqualTo("9".repeat(60) + "… (1 000 000 ký tự)");
        assertThat(StoredText.quote("a\u0000b\nc\ud800")).isEqualTo("a�b�c�");
        assertThat(StoredText.quote(null)).isEmpty();
    }
}
