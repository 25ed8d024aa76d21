package scot.commissioningflow.identity.signin;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * With product accounts off (profile oidc), there is no login page and no password sign-in: only the council's
 * provider lets people in, and its bearer tokens are still accepted.
 */
@WebMvcTest(controllers = SignedInController.class, properties = "commissioning.identity.accounts=false")
@Import({TestSignIn.class, SignInAccessRules.class})
class CouncilOnlySignInTest {

    @Autowired
    MockMvc http;

    @Test
    void thereIsNoLoginPageAndNoPasswordSignIn() throws Exception {
        http.perform(get("/login")).andExpect(status().isNotFound());
        String basic = Base64.getEncoder().encodeToString("admin:lighthouse-admin-70".getBytes());
        http.perform(get("/api/me").header("Authorization", "Basic " + basic)).andExpect(status().isUnauthorized());
    }

    @Test
    void aCouncilTokenStillSignsIn() throws Exception {
        http.perform(get("/api/me").header("Authorization", SignedTokens.bearer(new SignedInPerson("mairi.macleod",
                "Màiri", Set.of(Role.COMMISSIONER), "DEMO-HSCP", null)))).andExpect(status().isOk());
    }
}
