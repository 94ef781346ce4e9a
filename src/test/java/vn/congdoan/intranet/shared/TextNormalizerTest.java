package vn.congdoan.intranet.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void foldsVietnameseToLowerCaseWithoutMarks() {
        assertEquals("cong doan nguyen thi", TextNormalizer.fold("Công Đoàn Nguyễn Thị"));
    }

    @Test
    void foldsTheLetterDWithStrokeInBothCases() {
        assertEquals("dang dinh duong", TextNormalizer.fold("Đặng Đình đường"));
    }

    @Test
    void foldsDecomposedInputLikeComposedInput() {
        String decomposed = Normalizer.normalize("Trường Tiểu học Võ Thị Sáu", Normalizer.Form.NFD);

        assertEquals(TextNormalizer.fold("Trường Tiểu học Võ Thị Sáu"), TextNormalizer.fold(decomposed));
        assertEquals("truong tieu hoc vo thi sau", TextNormalizer.fold(decomposed));
    }

    @Test
    void collapsesAndTrimsWhitespace() {
        assertEquals("truong thcs chu van an", TextNormalizer.fold("  Trường \t THCS\n  Chu   Văn An  "));
        assertEquals("", TextNormalizer.fold("   "));
    }

    @Test
    void keepsNullAsNull() {
        assertNull(TextNormalizer.fold(null));
    }

    @Test
    void containsPatternWrapsTheFoldedText() {
        assertEquals("%hoa lac%", TextNormalizer.containsPattern(" Hòa  Lạc "));
    }

    @Test
    void containsPatternEscapesLikeWildcardsAndTheEscapeCharacter() {
        assertEquals("%50!% giam!_gia!!%", TextNormalizer.containsPattern("50% giảm_giá!"));
        assertEquals('!', TextNormalizer.LIKE_ESCAPE);
    }

    @Test
    void blankMeansNullEmptyOrWhitespace() {
        assertTrue(TextNormalizer.isBlank(null));
        assertTrue(TextNormalizer.isBlank(""));
        assertTrue(TextNormalizer.isBlank(" \t"));
        assertFalse(TextNormalizer.isBlank(" a "));
    }
}
