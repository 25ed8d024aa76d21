/**
 * Outcomes-based commissioning: a need and its outcomes, co-produced with the people who will use the support, turned
 * into a tender whose route, notices, clarifications, sealed responses, evaluation, award, standstill, debrief and
 * contract are all steps of processes/commissioning/outcomes-based-tender.bpmn.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commissioning")
package scot.commissioningflow.commissioning;
