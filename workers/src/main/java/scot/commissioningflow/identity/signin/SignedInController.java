package scot.commissioningflow.identity.signin;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.commissioningflow.identity.SignedInPerson;

@RestController
class SignedInController {

    @GetMapping("/api/me")
    @Operation(summary = "Who is signed in: name, roles, organisation, and whom they represent")
    SignedInPerson me(SignedInPerson person) {
        return person;
    }
}
