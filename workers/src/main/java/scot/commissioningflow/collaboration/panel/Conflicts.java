package scot.commissioningflow.collaboration.panel;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.collaboration.panel.PanelRules.Declared;

/** What panel members have declared: the one place that says whether a member may see and score an application. */
@Service
public class Conflicts {

    private final ConflictDeclarationRepository declarations;

    Conflicts(ConflictDeclarationRepository declarations) {
        this.declarations = declarations;
    }

    @Transactional(readOnly = true)
    public Declared declared(String applicationReference, String panelMember) {
        Optional<ConflictDeclaration> declaration = declarations.findByApplicationReferenceAndPanelMember(
                applicationReference, panelMember);
        return declaration.map(d -> d.conflicted() ? Declared.CONFLICTED : Declared.NO_CONFLICT)
                .orElse(Declared.NOT_YET);
    }

    /** Whether the member has declared no conflict in the application, and so may see and score it. */
    public boolean declaredFree(String applicationReference, String panelMember) {
        return declared(applicationReference, panelMember) == Declared.NO_CONFLICT;
    }

    /** The sentence a panel member reads when they may not see or score the application. */
    public String whyNotFree(String applicationReference, String panelMember) {
        return PanelRules.barrier(declared(applicationReference, panelMember), applicationReference);
    }
}
