package scot.commissioningflow.tasks;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;

/** The task inbox's endpoints: filters, who completes, and refusals as sentences. */
@WebMvcTest(controllers = TaskController.class)
@Import({TestSignIn.class, TaskAccessRules.class})
class TaskControllerTest {

    private static final SignedInPerson MOIRA = new SignedInPerson("officer.moira", "officer.moira",
            Set.of(Role.PROCUREMENT_OFFICER), "DEMO-HSCP", null);
    private static final String AS_MOIRA = SignedTokens.bearer(MOIRA);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private TaskInbox inbox;

    @Test
    void openTasksAreListedByDefaultAndFilteredAsAsked() throws Exception {
        when(inbox.findFor(MOIRA, new TaskQuery(TaskStatus.OPEN, "procurement-officers", null, null, null, null)))
                .thenReturn(List.of());

        mvc.perform(get("/api/tasks").param("group", "procurement-officers").header("Authorization", AS_MOIRA))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        verify(inbox).findFor(MOIRA, new TaskQuery(TaskStatus.OPEN, "procurement-officers", null, null, null, null));
    }

    @Test
    void aTaskIsCompletedInTheNameOfThePersonSignedIn() throws Exception {
        mvc.perform(post("/api/tasks/7/complete").header("Authorization", AS_MOIRA)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"decision": "admit", "decisionNotes": "Fine."}""")).andExpect(status().isOk());
        verify(inbox).completeFromInbox(7L, Map.of("decision", "admit", "decisionNotes", "Fine."), MOIRA);
    }

    @Test
    void nobodyCompletesATaskWithoutSigningInAndARoleWithoutTasksIsRefused() throws Exception {
        mvc.perform(post("/api/tasks/7/complete").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/tasks").header("Authorization", SignedTokens.bearer("seonaid", null,
                Role.SUPPORTED_PERSON))).andExpect(status().isForbidden());
        verify(inbox, never()).completeFromInbox(anyLong(), anyMap(), any());
        verify(inbox, never()).findFor(any(), any());
    }

    @Test
    void aTaskForSomeoneElseIsRefusedInASentence() throws Exception {
        when(inbox.getFor(MOIRA, 9L)).thenThrow(new Refused("Task 9 (Agree pay uplifts) waits for commissioners;"
                + " only they can see or complete it."));

        mvc.perform(get("/api/tasks/9").header("Authorization", AS_MOIRA)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Task 9 (Agree pay uplifts) waits for commissioners;"
                        + " only they can see or complete it."));
    }

    @Test
    void aSubmissionMissingARequiredFieldIsRefusedNamingIt() throws Exception {
        when(inbox.completeFromInbox(anyLong(), anyMap(), any())).thenThrow(new InvalidInput(List.of(
                new FieldProblem("decisionNotes", "decisionNotes (Reasons) is required"))));

        mvc.perform(post("/api/tasks/7/complete").header("Authorization", AS_MOIRA)
                .contentType(MediaType.APPLICATION_JSON).content("""
                {"decision": "admit"}""")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("The request has a problem: decisionNotes (Reasons) is required."))
                .andExpect(jsonPath("$.errors[0].field").value("decisionNotes"));
    }

    @Test
    void aTaskAlreadyDoneIsAConflictAndAnUnknownOneIsNotFound() throws Exception {
        when(inbox.completeFromInbox(anyLong(), anyMap(), any()))
                .thenThrow(new Conflict("Task 7 is completed and can no longer be completed."));
        when(inbox.getFor(MOIRA, 8L)).thenThrow(new NotFound("There is no task 8."));

        mvc.perform(post("/api/tasks/7/complete").header("Authorization", AS_MOIRA)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Task 7 is completed and can no longer be completed."));
        mvc.perform(get("/api/tasks/8").header("Authorization", AS_MOIRA)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no task 8."));
    }

    @Test
    void aTaskKeyOrStatusThatIsNotOneIsABadRequestAndNothingIsCompleted() throws Exception {
        mvc.perform(get("/api/tasks/seven").header("Authorization", AS_MOIRA)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/tasks").param("status", "DONE").header("Authorization", AS_MOIRA))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/tasks/7/complete").header("Authorization", AS_MOIRA)
                        .contentType(MediaType.APPLICATION_JSON).content("[1, 2]"))
                .andExpect(status().isBadRequest());
        verify(inbox, never()).completeFromInbox(anyLong(), anyMap(), any());
    }
}
