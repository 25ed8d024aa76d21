/**
 * Outcomes-based commissioning: a need and its outcomes, co-produced with the people who will use the support, turned
 * into a tender whose route, notices, clarifications, sealed responses, evaluation, award, standstill, debrief and
 * contract are all steps of processes/commissioning/outcomes-based-tender.bpmn.
 *
 * <p>One sub-package per stage: {@code tender} (the need and the tender record), {@code route}, {@code notices},
 * {@code clarifications} (interest, questions, answers), {@code responses} (the response period and sealed
 * responses), {@code evaluation} (scores, moderation, ranking), {@code award} (the award, standstill and its
 * challenges, debrief letters), {@code contract}, and {@code pricing} (the price sustainability check a s.12 direct
 * award and a quick quote make before money is committed). Each keeps its entities and repositories package-private
 * behind one public service; its workers are public classes only because the Camunda client invokes them by
 * reflection.
 * Element ids and message names of the process are named in {@link scot.commissioningflow.commissioning.TenderProcess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commissioning")
package scot.commissioningflow.commissioning;
