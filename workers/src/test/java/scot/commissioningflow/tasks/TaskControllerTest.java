package scot.commissioningflow.tasks;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;

/** The task inbox's endpoints: filters, who completes, and refusals as sentences. */
@WebMvcTest(controllers = TaskController.class)
class TaskControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private TaskInbox inbox;

    @Test
    void openTasksAreListedByDefaultAndFilteredAsAsked() throws Exception {
        when(inbox.find(new TaskQuery(TaskStatus.OPEN, "procurement-officers", null, null, null, null)))
                .thenReturn(List.of());

        mvc.perform(get("/api/tasks").param("group", "procurement-officers")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        verify(inbox).find(new TaskQuery(TaskStatus.OPEN, "procurement-officers", null, null, null, null));
    }

    @Test
    void aTaskIsCompletedInTheNameOfThePersonWhoSentIt() throws Exception {
        mvc.perform(post("/api/tasks/7/complete").header("X-User", "officer.moira")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"decision": "admit", "decisionNotes": "Fine."}""")).andExpect(status().isOk());
        verify(inbox).completeFromInbox(7L, Map.of("decision", "admit", "decisionNotes", "Fine."), "officer.moira");
    }

    @Test
    void aSubmissionMissingARequiredFieldIsRefusedNamingIt() throws Exception {
        when(inbox.completeFromInbox(anyLong(), anyMap(), anyString())).thenThrow(new InvalidInput(List.of(
                new FieldProblem("decisionNotes", "decisionNotes (Reasons) is required"))));

        mvc.perform(post("/api/tasks/7/complete").contentType(MediaType.APPLICATION_JSON).content("""
                {"decision": "admit"}""")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("The request has a problem: decisionNotes (Reasons) is required."))
                .andExpect(jsonPath("$.errors[0].field").value("decisionNotes"));
    }

    @Test
    void aTaskAlreadyDoneIsAConflictAndAnUnknownOneIsNotFound() throws Exception {
        when(inbox.completeFromInbox(anyLong(), anyMap(), anyString()))
                .thenThrow(new Conflict("Task 7 is completed and can no longer be completed."));
        when(inbox.get(8L)).thenThrow(new NotFound("There is no task 8."));

        mvc.perform(post("/api/tasks/7/complete").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Task 7 is completed and can no longer be completed."));
        mvc.perform(get("/api/tasks/8")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no task 8."));
    }

    @Test
    void aTaskKeyOrStatusThatIsNotOneIsABadRequestAndNothingIsCompleted() throws Exception {
        mvc.perform(get("/api/tasks/seven")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/tasks").param("status", "DONE")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/tasks/7/complete").contentType(MediaType.APPLICATION_JSON).content("[1, 2]"))
                .andExpect(status().isBadRequest());
        verify(inbox, never()).completeFromInbox(anyLong(), anyMap(), anyString());
    }
}
