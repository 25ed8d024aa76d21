package scot.commissioningflow.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import scot.commissioningflow.identity.signin.TestSignIn;

/** The sign-in page warns of the lockout as it is configured, not as it is by default. */
@WebMvcTest(controllers = HomePage.class, properties = {"commissioning.identity.lockout.attempts=3",
        "commissioning.identity.lockout.duration=PT1H"})
@Import({TestSignIn.class, PortalAccessRules.class, Words.class})
class SignInPageTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void aWrongPasswordIsAnsweredWithTheConfiguredTriesAndTime() throws Exception {
        mvc.perform(get("/login").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "After 3 wrong tries in a row an account is locked for 1 hour.")))
                .andExpect(content().string(not(containsString("15 minutes"))));
    }
}
