/**
 * The product's own task inbox: every human step in every process (scoring a tender, reviewing a registration,
 * signing off a fair-work exception) is listed, shown with its form and completed here. Human tasks are modelled as
 * job-worker user tasks so that the same inbox works on the embedded engine and on any Camunda 8 cluster; the reasons
 * are in the README. Features depend only on {@link scot.commissioningflow.tasks.TaskInbox}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Task inbox")
package scot.commissioningflow.tasks;
