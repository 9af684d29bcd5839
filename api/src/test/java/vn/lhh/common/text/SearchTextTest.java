package vn.lhh.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {
    @Test
    void foldsVietnameseToPlainLowerCase() {
        assertEquals("nguyen van hung", SearchText.normalize("Nguyễn Văn Hùng"));
        assertEquals("da nang", SearchText.normalize("  Đà   Nẵng "));
        // decomposed input (as pasted from some editors) folds the same way
        assertEquals("hoi y hoc", SearchText.normalize("Ho\u0302\u0323i Y ho\u0323c"));
        assertEquals("hoi", SearchText.normalize("Hộ\u200Bi"));
    }

    @Test
    void tokensAreDistinctAndBounded() {
        assertEquals(List.of("hoi", "y", "hoc"), SearchText.tokens("Hội Y học hội"));
        assertEquals(8, SearchText.tokens("a b c d e f g h i j").size());
        assertEquals(List.of(), SearchText.tokens("   "));
    }

    @Test
    void likeWildcardsAreEscaped() {
        assertEquals("%50\\%\\_x\\\\%", SearchText.containsPattern("50%_x\\"));
    }

    @Test
    void storedTextIsComposed() {
        assertEquals("Nghệ An", SearchText.clean(" Nghe\u0323\u0302 An "));
        assertEquals(null, SearchText.cleanOptional("  "));
    }

    @Test
    void wordsDropPunctuationSoThatTheTextQueryIsAlwaysValid() {
        assertEquals(List.of("nguyen", "van", "hun"), SearchText.words("Nguyễn, Văn-Hùn'"));
        assertEquals(List.of("drop", "table", "expert"), SearchText.words("'; drop table expert; --"));
        assertEquals("'nguyen' & 'van' & 'hun':*", SearchText.prefixQuery("nguyen  van hun"));
        assertEquals("'thuy':*", SearchText.prefixQuery("Thủy"));
        assertEquals(null, SearchText.prefixQuery("%_\\ ';"));
    }
}
