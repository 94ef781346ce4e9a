package vn.congdoan.intranet.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congdoan.intranet.shared.BusinessException;

/** The password rule, without a database; the rest of the service is in AccountServicePersistenceTest. */
class AccountServiceTest {

    @ParameterizedTest
    @ValueSource(strings = {"Matkhau2026", "abcdefg1", "Mậtkhẩu9", "12345678x"})
    void acceptsEightCharactersWithALetterAndADigit(String password) {
        assertDoesNotThrow(() -> AccountService.checkPasswordStrength(password.toCharArray()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abcdef1", "matkhaumoi", "12345678", "!@#$%^&*()"})
    void refusesAWeakPasswordOnThePasswordField(String password) {
        BusinessException refusal = assertThrows(BusinessException.class,
                () -> AccountService.checkPasswordStrength(password.toCharArray()));

        assertEquals("password", refusal.getField());
        assertEquals("password.weak", refusal.getMessageKey());
        assertArrayEquals(new Object[] {AccountService.PASSWORD_MIN}, refusal.getArguments());
        assertEquals(8, AccountService.PASSWORD_MIN);
    }
}
